/**
 * The history page every kind of record shares (app/[locale]/(public)/<kind>/[slug]/history):
 * the changes between two versions, then every version with who made it and when.
 * ?from=<revision>&to=<revision> chooses the versions; ids of another record's
 * revisions are ignored and reported, like any bad query parameter.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { IgnoredParams } from "@/components/records/ignored-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import {
  canRestore,
  getHistoryRecord,
  getRevision,
  labelReferences,
  listRevisionsOf,
  viewerFor,
  type HistoryRecord,
  type RevisionDetail,
} from "@/db/queries/history";
import { getCurrentActor } from "@/lib/auth/session";
import { diffSnapshots } from "@/lib/history/diff";
import { formatChangeTime } from "@/lib/history/format";
import { resolveLocale, type I18n } from "@/lib/i18n/server";
import { KIND_SEGMENTS, routes, type EditableKind } from "@/lib/routes";
import { parseSearchParams, type IgnoredParam, type RawSearchParams } from "@/lib/search-params";
import { DiffView } from "./diff-view";
import type { RestoreAction } from "./restore-button";
import { RevisionList } from "./revision-list";

export interface HistoryPageProps {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<RawSearchParams>;
}

const revisionId = z.coerce
  .number({ error: "must be a version number" })
  .int("must be a version number")
  .positive("must be a version number");

async function load(kind: EditableKind, params: HistoryPageProps["params"]) {
  const i18n = await resolveLocale(params);
  const { slug } = await params;
  const actor = await getCurrentActor();
  const viewer = viewerFor(actor);
  const record = getHistoryRecord(kind, slug, viewer);
  if (!record) notFound();
  return { i18n, actor, viewer, record };
}

export async function historyMetadata(kind: EditableKind, { params }: HistoryPageProps): Promise<Metadata> {
  const { i18n, record } = await load(kind, params);
  const name = i18n.name(record.name);
  return i18n.meta(routes.history(i18n.locale, kind, record.slug), {
    title: i18n.t(i18n.m.history.titleOf, { name }),
    description: i18n.t(i18n.m.history.description, { name }),
    // The record's own page is the one to find; its history is for reviewing changes.
    robots: { index: false, follow: true },
  });
}

interface Comparison {
  base: RevisionDetail["before"];
  target: RevisionDetail["after"];
  heading: string;
  created: boolean;
  sameVersion: boolean;
}

function compare(i18n: I18n, from: RevisionDetail | null, to: RevisionDetail | null, newest: RevisionDetail | null): Comparison | null {
  const { m } = i18n;
  const single = (r: RevisionDetail): Comparison => ({
    base: r.before,
    target: r.after,
    heading: i18n.t(m.history.changesIn, {
      version: r.version,
      action: m.history.actionVerb[r.action] ?? r.action,
      author: r.author,
      date: formatChangeTime(r.createdAt, i18n.locale),
    }),
    created: r.before === null,
    sameVersion: false,
  });
  const between = (a: RevisionDetail, b: RevisionDetail): Comparison => {
    // Read older → newer whichever way round the versions were picked.
    const [older, newer] = a.version <= b.version ? [a, b] : [b, a];
    return {
      base: older.after,
      target: newer.after,
      heading: i18n.t(m.history.changesBetween, { from: older.version, to: newer.version }),
      created: false,
      sameVersion: older.id === newer.id,
    };
  };
  if (from && to) return between(from, to);
  if (to) return single(to);
  if (from && newest) return between(from, newest);
  return newest ? single(newest) : null;
}

/** A revision named in the query string, if it belongs to this record; otherwise reported and ignored. */
function revisionOf(
  record: HistoryRecord,
  name: string,
  id: number | undefined,
  ignored: IgnoredParam[],
  i18n: I18n,
): RevisionDetail | null {
  if (id === undefined) return null;
  const revision = getRevision(id);
  if (revision && revision.recordKind === record.kind && revision.recordId === record.id) return revision;
  ignored.push({ name, value: String(id), reason: i18n.m.history.notThisRecord });
  return null;
}

export async function RecordHistoryPage({
  kind,
  restoreAction,
  params,
  searchParams,
}: HistoryPageProps & { kind: EditableKind; restoreAction: RestoreAction }) {
  const { i18n, actor, viewer, record } = await load(kind, params);
  const { m, locale } = i18n;
  const name = i18n.name(record.name);
  const historyHref = routes.history(locale, kind, record.slug);
  const segment = KIND_SEGMENTS[kind] as "organizations" | "programs" | "meetings" | "agreements" | "people" | "topics" | "sources";

  const revisions = listRevisionsOf(kind, record.id);
  const { values, ignored } = parseSearchParams(await searchParams, { from: revisionId, to: revisionId });
  const from = revisionOf(record, "from", values.from, ignored, i18n);
  const to = revisionOf(record, "to", values.to, ignored, i18n);
  const newest = revisions[0] ? getRevision(revisions[0].id) : null;
  const comparison = compare(i18n, from, to, newest);
  const diff = comparison ? diffSnapshots(kind, comparison.base, comparison.target) : null;
  const labels = comparison ? labelReferences(kind, [comparison.base, comparison.target], viewer) : {};
  // One revision of a seeded record still has a version to go back to: the record as first loaded.
  const restorable = revisions.length > 1 || (revisions[0] !== undefined && revisions[0].action !== "create");
  const mayRestore = restorable && canRestore(actor, kind, record.id);

  return (
    <article>
      <Breadcrumbs
        label={m.common.breadcrumb}
        items={[
          { label: m.nav.home, href: routes.home(locale) },
          { label: m.nav[segment], href: routes[segment](locale) },
          { label: name, href: routes.record(locale, kind, record.slug) },
          { label: m.history.title },
        ]}
      />
      <PageHeader title={i18n.t(m.history.titleOf, { name })} subtitle={m.history.linkIntro} />
      <IgnoredParams ignored={ignored} i18n={i18n} />
      {record.archived && <Notice tone="warn">{m.common.archived}</Notice>}

      {comparison && diff && (
        <Section id="changes" title={m.history.changes} intro={comparison.heading}>
          {comparison.sameVersion ? (
            <p className="text-sm text-muted">{i18n.t(m.history.sameVersion, { version: from?.version ?? 0 })}</p>
          ) : (
            <DiffView kind={kind} diff={diff} labels={labels} i18n={i18n} created={comparison.created} />
          )}
        </Section>
      )}

      <Section id="versions" title={m.history.revisions}>
        <RevisionList
          revisions={revisions}
          historyHref={historyHref}
          selected={{ from: from?.id ?? null, to: to?.id ?? null }}
          restore={mayRestore ? { action: restoreAction, expectedVersion: record.version } : null}
          i18n={i18n}
        />
      </Section>
    </article>
  );
}
