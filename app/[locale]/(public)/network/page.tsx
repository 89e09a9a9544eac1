import type { Metadata } from "next";
import Link from "next/link";
import { NetworkGraph, type GraphNode } from "@/components/network/network-graph";
import { NetworkLegend } from "@/components/network/network-legend";
import { NetworkTable, networkRows } from "@/components/network/network-table";
import { IgnoredParams } from "@/components/records/ignored-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilterForm, type FilterField } from "@/components/ui/filter-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { listMeetingYears } from "@/db/queries/meetings";
import { findNetworkRecord, getNetwork, type NetworkFilters } from "@/db/queries/network";
import { pageOf } from "@/db/queries/shared";
import { listTopics } from "@/db/queries/topics";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { buildQuery, oneOf, parseSearchParams, yearSchema } from "@/lib/search-params";
import { formatRecordRef, recordRefSchema } from "@/lib/validation/record-ref";
import { COUNTRIES } from "@/lib/vocabulary";

const PAGE_SIZE = 50;
const KIND_CODE = { organization: "o", program: "p", meeting: "m" } as const;

export async function generateMetadata({ params }: PageProps<"/[locale]/network">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  const { m } = i18n;
  return i18n.meta(routes.network(i18n.locale), { title: m.network.title, description: m.network.description });
}

export default async function NetworkPage({ params, searchParams }: PageProps<"/[locale]/network">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const topics = listTopics();
  const { values, page, ignored } = parseSearchParams(await searchParams, {
    topic: oneOf(topics.map((t) => t.slug)),
    country: oneOf(COUNTRIES),
    year: yearSchema,
    focus: recordRefSchema(["organization", "program", "meeting"]),
  });
  const focusRecord = values.focus ? findNetworkRecord(values.focus) : null;
  if (values.focus && !focusRecord) {
    ignored.push({ name: "focus", value: formatRecordRef(values.focus), reason: m.network.unknownFocus });
    delete values.focus;
  }
  const filters: NetworkFilters = values;
  // The record was just found, so a graph is always returned; the fallback only satisfies the type.
  const graph = getNetwork(filters).graph ?? getNetwork({ ...filters, focus: undefined }).graph!;

  const rows = networkRows(graph, i18n);
  const lastPage = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, lastPage);
  const tablePage = pageOf(rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), rows.length, {
    page: current,
    pageSize: PAGE_SIZE,
  });
  const query = {
    topic: values.topic,
    country: values.country,
    year: values.year,
    focus: values.focus && formatRecordRef(values.focus),
  };

  const nodes: GraphNode[] = graph.nodes.map((n) => [
    KIND_CODE[n.kind],
    routes.record(locale, n.kind, n.slug),
    i18n.name(n.name),
    n.country,
    n.x,
    n.y,
    n.degree,
  ]);
  const edges = graph.edges.flatMap((e) => [e.source, e.target, e.relation === "takes_part_in" ? 1 : 0]);

  const fields: FilterField[] = [
    {
      name: "topic",
      label: m.network.topic,
      selected: values.topic,
      options: topics.map((t) => ({ value: t.slug, label: i18n.name(t.name) })),
    },
    {
      name: "country",
      label: m.network.country,
      selected: values.country,
      options: COUNTRIES.map((c) => ({ value: c, label: m.country[c] ?? c })),
    },
    {
      name: "year",
      label: m.network.year,
      selected: values.year ? String(values.year) : undefined,
      options: listMeetingYears().map((y) => ({ value: String(y), label: String(y) })),
    },
  ];
  if (values.focus && focusRecord) {
    // Kept as a choice so applying other filters stays centred; "Any" shows the whole network again.
    fields.push({
      name: "focus",
      label: m.network.focus,
      selected: formatRecordRef(values.focus),
      options: [{ value: formatRecordRef(values.focus), label: i18n.name(focusRecord.name) }],
    });
  }

  return (
    <>
      <Breadcrumbs label={m.common.breadcrumb} items={[{ label: m.nav.home, href: routes.home(locale) }, { label: m.network.title }]} />
      <PageHeader title={m.network.title} subtitle={m.network.description} />
      <IgnoredParams ignored={ignored} i18n={i18n} />
      <FilterForm action={routes.network(locale)} i18n={i18n} fields={fields} />
      {focusRecord && (
        <Notice>
          {i18n.t(m.network.focused, { name: i18n.name(focusRecord.name) })}{" "}
          <Link href={routes.record(locale, focusRecord.kind, focusRecord.slug)}>{m.network.focusProfile}</Link>
        </Notice>
      )}
      <p className="mb-3 text-sm text-muted" role="status">
        {i18n.t(m.network.summary, { nodes: graph.nodes.length, links: graph.edges.length })}
      </p>
      {graph.capped && (
        <Notice tone="warn">
          {i18n.t(m.network.capped, {
            total: i18n.number(graph.totalNodes),
            links: i18n.number(graph.totalEdges),
            shown: i18n.number(graph.nodes.length),
          })}
        </Notice>
      )}

      <Section id="graph" title={m.network.graph}>
        <NetworkGraph
          nodes={nodes}
          edges={edges}
          focusIndex={graph.focusIndex}
          locale={locale}
          labels={{
            graphLabel: m.network.graphLabel,
            needsScript: m.network.graphNeedsScript,
            loading: m.network.graphLoading,
            help: m.network.graphHelp,
            selected: m.network.selected,
            kind: { o: m.network.kind.organization!, p: m.network.kind.program!, m: m.network.kind.meeting! },
          }}
        />
        <NetworkLegend i18n={i18n} />
      </Section>

      <Section id="links" title={m.network.table} intro={m.network.tableIntro}>
        <NetworkTable page={tablePage} i18n={i18n} />
        <Pagination
          page={tablePage}
          i18n={i18n}
          hrefFor={(p) => `${routes.network(locale)}${buildQuery({ ...query, page: p })}#links-title`}
        />
      </Section>
    </>
  );
}
