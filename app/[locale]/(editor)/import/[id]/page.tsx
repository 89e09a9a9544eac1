import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ImportRowsTable } from "@/components/import/import-rows-table";
import { ActionForm } from "@/components/ui/action-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { getImportOf, listImportRows, type ImportSummary } from "@/db/queries/imports";
import { getCurrentActor } from "@/lib/auth/session";
import { formatChangeTime } from "@/lib/history/format";
import { describeNotice } from "@/lib/import/describe";
import type { I18n } from "@/lib/i18n/server";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { buildQuery, oneOf, parseSearchParams } from "@/lib/search-params";
import { IMPORT_ROW_STATUSES, type ImportRowStatus } from "@/lib/vocabulary";
import { confirmImportAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

const PAGE_SIZE = 50;

/** The counts and the links that show one status at a time. */
function StatusFilter({ summary, status, i18n }: { summary: ImportSummary; status: ImportRowStatus | undefined; i18n: I18n }) {
  const d = i18n.m.dataImport;
  const applied = summary.status === "applied";
  const counts = applied ? d.countsApplied : d.counts;
  const link = (to: ImportRowStatus | undefined, text: string) =>
    to === status ? (
      <span aria-current="true" className="rounded-full bg-brand-soft px-3 py-1 font-semibold text-brand-strong">
        {text}
      </span>
    ) : (
      <Link href={routes.importOf(i18n.locale, summary.id, buildQuery({ status: to }))} className="rounded-full px-3 py-1 hover:bg-surface">
        {text}
      </Link>
    );
  return (
    <nav aria-label={d.show} className="flex flex-wrap items-center gap-2 text-sm">
      {link(undefined, i18n.t(d.allRows, { count: summary.rowCount }))}
      {IMPORT_ROW_STATUSES.filter((s) => counts[s] !== undefined && summary.counts[s] > 0).map((s) => (
        <span key={s}>{link(s, i18n.t(counts[s]!, { count: summary.counts[s] }))}</span>
      ))}
    </nav>
  );
}

/** "Rows without their own source cite <the source>.", the source linked wherever the sentence puts it. */
function FileSource({ source, i18n }: { source: { slug: string; title: string }; i18n: I18n }) {
  const [before, after] = i18n.m.dataImport.sourceForFile.split("{source}");
  return (
    <p className="mb-4 text-sm">
      {before}
      <Link href={routes.source(i18n.locale, source.slug)}>{source.title}</Link>
      {after}
    </p>
  );
}

export default async function ImportPreviewPage({ params, searchParams }: PageProps<"/[locale]/import/[id]">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const d = m.dataImport;
  const { id: rawId } = await params;
  const id = Number(rawId);
  const actor = await getCurrentActor();
  if (!actor) redirect(routes.signIn(locale, routes.importOf(locale, Number.isSafeInteger(id) ? id : 0)));
  const summary = Number.isSafeInteger(id) && id > 0 ? getImportOf(actor, id) : null;
  if (!summary) notFound();

  const { values, page } = parseSearchParams(await searchParams, { status: oneOf(IMPORT_ROW_STATUSES) });
  const rows = listImportRows(summary.id, summary.kind, values.status, { page, pageSize: PAGE_SIZE });
  const applied = summary.status === "applied";
  const changes = summary.counts.create + summary.counts.update;
  const confirmable = !applied && !summary.expired && summary.counts.error === 0 && changes > 0;

  return (
    <>
      <Breadcrumbs
        label={m.common.breadcrumb}
        items={[
          { label: m.nav.home, href: routes.home(locale) },
          { label: d.title, href: routes.imports(locale) },
          { label: summary.fileName },
        ]}
      />
      <PageHeader
        title={i18n.t(applied ? d.resultTitle : d.previewTitle, { file: summary.fileName })}
        subtitle={i18n.t(d.readAs, {
          kind: d.kinds[summary.kind] ?? summary.kind,
          rows: summary.rowCount,
          encoding: summary.encoding.toUpperCase(),
        })}
      />

      {summary.notices.map((notice, i) => (
        <Notice key={i} tone={notice.code === "windows_1252" || notice.code === "imported_before" ? "warn" : "info"}>
          {describeNotice(i18n, notice)}
        </Notice>
      ))}
      {summary.source && <FileSource source={summary.source} i18n={i18n} />}

      <section aria-labelledby="import-status" className="mb-8 space-y-4">
        <h2 id="import-status" className="sr-only">
          {d.status}
        </h2>
        {applied ? (
          <div role="status" className="rounded-md border border-brand/30 bg-brand-soft px-4 py-3 text-sm text-brand-strong">
            <p className="font-semibold">{i18n.t(d.applied, { date: formatChangeTime(summary.appliedAt!, locale) })}</p>
            <p>
              {[
                i18n.t(d.countsApplied.create!, { count: summary.counts.create }),
                i18n.t(d.countsApplied.update!, { count: summary.counts.update }),
                i18n.t(d.countsApplied.unchanged!, { count: summary.counts.unchanged }),
              ].join(" · ")}
            </p>
            <p className="mt-2 flex flex-wrap gap-4">
              <Link href={routes.recentChanges(locale)}>{d.seeRecentChanges}</Link>
              <Link href={routes.imports(locale)}>{d.another}</Link>
            </p>
          </div>
        ) : summary.expired ? (
          <Notice tone="warn">{d.expired}</Notice>
        ) : (
          <>
            <p className="font-semibold text-ink">{d.nothingWritten}</p>
            {summary.counts.error > 0 ? (
              <div role="alert" className="rounded-md border border-accent/40 bg-red-50 px-4 py-3 text-sm text-accent">
                {i18n.t(d.fixErrors, { count: summary.counts.error })}
              </div>
            ) : changes === 0 ? (
              <Notice>{d.nothingToDo}</Notice>
            ) : null}
            {confirmable && (
              <div className="rounded-md border border-line bg-surface px-4 py-4">
                <p className="mb-3 text-sm">{d.confirmHint}</p>
                <ActionForm
                  action={confirmImportAction.bind(null, locale, summary.id)}
                  submitLabel={i18n.t(d.confirm, { count: changes })}
                  pendingLabel={d.confirming}
                >
                  {null}
                </ActionForm>
                <p className="mt-3 text-xs text-muted">{i18n.t(d.expiresAt, { date: formatChangeTime(summary.expiresAt, locale) })}</p>
              </div>
            )}
          </>
        )}
      </section>

      <div className="mb-4">
        <StatusFilter summary={summary} status={values.status} i18n={i18n} />
      </div>
      <ImportRowsTable rows={rows} kind={summary.kind} applied={applied} i18n={i18n} />
      <Pagination
        page={rows}
        i18n={i18n}
        hrefFor={(p) => routes.importOf(locale, summary.id, buildQuery({ status: values.status, page: p }))}
      />
      <p className="mt-6 text-sm">
        <Link href={routes.imports(locale)}>{d.back}</Link>
      </p>
    </>
  );
}
