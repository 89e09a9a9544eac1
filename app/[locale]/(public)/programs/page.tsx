import type { Metadata } from "next";
import { IgnoredParams } from "@/components/records/ignored-params";
import { ProgramLink, TopicLink } from "@/components/records/record-links";
import { UncertainMark } from "@/components/records/uncertain";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilterForm } from "@/components/ui/filter-form";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listPrograms } from "@/db/queries/programs";
import { listTopics } from "@/db/queries/topics";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { buildQuery } from "@/lib/search-params";
import { parseListParams, programListParams } from "@/lib/validation/list-params";
import { PROGRAM_KINDS } from "@/lib/vocabulary";

const PAGE_SIZE = 25;

export async function generateMetadata({ params }: PageProps<"/[locale]/programs">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  const { m } = i18n;
  return i18n.meta(routes.programs(i18n.locale), { title: m.programs.title, description: m.programs.description });
}

export default async function ProgramsPage({ params, searchParams }: PageProps<"/[locale]/programs">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const topics = listTopics();
  const { values, page, ignored } = parseListParams(await searchParams, programListParams);
  const result = listPrograms(values, { page, pageSize: PAGE_SIZE });

  return (
    <>
      <Breadcrumbs label={m.common.breadcrumb} items={[{ label: m.nav.home, href: routes.home(locale) }, { label: m.programs.title }]} />
      <PageHeader title={m.programs.title} subtitle={m.programs.description} />
      <IgnoredParams ignored={ignored} i18n={i18n} />
      <FilterForm
        action={routes.programs(locale)}
        i18n={i18n}
        fields={[
          {
            name: "kind",
            label: m.programs.kind,
            selected: values.kind,
            options: PROGRAM_KINDS.map((k) => ({ value: k, label: m.vocabulary.programKind[k] })),
          },
          {
            name: "topic",
            label: m.programs.topic,
            selected: values.topic,
            options: topics.map((t) => ({ value: t.slug, label: i18n.name(t.name) })),
          },
        ]}
      />
      <p className="mb-3 text-sm text-muted" role="status">
        {i18n.t(m.common.results, { count: result.total })}
      </p>
      <LinkList
        items={result.items}
        empty={i18n.t(m.common.results, { count: 0 })}
        keyOf={(p) => p.id}
        render={(p) => (
          <div className="flex flex-col gap-2">
            <div className="flex flex-wrap items-center gap-2">
              <ProgramLink program={p} i18n={i18n} />
              <Badge tone="brand">{m.vocabulary.programKind[p.kind]}</Badge>
              <UncertainMark value={p} i18n={i18n} />
            </div>
            <p className="text-sm text-muted">
              {[
                i18n.t(m.programs.organizationsCount, { count: p.organizationCount }),
                p.startDate ? `${m.programs.started} ${i18n.date(p.startDate)}` : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {p.topics.length > 0 && (
              <ul className="flex flex-wrap gap-2">
                {p.topics.map((t) => (
                  <li key={t.id}>
                    <TopicLink topic={t} i18n={i18n} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      />
      <Pagination page={result} i18n={i18n} hrefFor={(p) => `${routes.programs(locale)}${buildQuery({ ...values, page: p })}`} />
    </>
  );
}
