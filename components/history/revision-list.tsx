import Link from "next/link";
import type { RevisionSummary } from "@/db/queries/history";
import { formatChangeTime } from "@/lib/history/format";
import type { I18n } from "@/lib/i18n/server";
import { Badge } from "@/components/ui/badge";
import { RestoreButton, type RestoreAction } from "./restore-button";
import { TableScroll } from "@/components/ui/table-scroll";

const COMPARE_FORM = "compare-versions";

/**
 * Every version of a record, newest first. Two columns of radio buttons choose
 * the versions to compare and submit a GET form (?from=…&to=…), so comparing
 * works without JavaScript; the radios sit in the table and join the form by its id,
 * because the restore forms in the same rows cannot nest inside it.
 */
export function RevisionList({
  revisions,
  historyHref,
  selected,
  restore,
  i18n,
}: {
  revisions: RevisionSummary[];
  historyHref: string;
  selected: { from: number | null; to: number | null };
  /** Offered only to those allowed to restore; null for everyone else. */
  restore: { action: RestoreAction; expectedVersion: number } | null;
  i18n: I18n;
}) {
  const { m } = i18n;
  if (revisions.length === 0) return <p className="text-sm text-muted">{m.history.noRevisions}</p>;
  const newest = revisions[0]!;
  // A record that existed before its first recorded change (the forum's seed) can go back to that state.
  const oldest = revisions.at(-1)!;
  const original = oldest.action !== "create" && oldest.version > 1 ? oldest : null;
  const from = selected.from ?? revisions[1]?.id ?? null;
  const to = selected.to ?? newest.id;
  const versionById = new Map(revisions.map((r) => [r.id, r.version]));
  const canCompare = revisions.length > 1;
  const cell = "px-3 py-2 align-top";

  return (
    <div>
      <TableScroll>
        <table className="w-full text-left text-sm">
          <thead className="bg-surface text-muted">
            <tr>
              {canCompare && (
                <>
                  <th scope="col" className={cell}>
                    {m.history.compareFrom}
                  </th>
                  <th scope="col" className={cell}>
                    {m.history.compareTo}
                  </th>
                </>
              )}
              <th scope="col" className={cell}>
                {m.history.when}
              </th>
              <th scope="col" className={cell}>
                {m.history.who}
              </th>
              <th scope="col" className={cell}>
                {m.history.what}
              </th>
              <th scope="col" className={cell}>
                <span className="sr-only">{m.history.viewChanges}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {revisions.map((r) => {
              const version = i18n.t(m.history.version, { version: r.version });
              const restoredVersion = r.restoredFromId === null ? undefined : versionById.get(r.restoredFromId);
              return (
                <tr key={r.id}>
                  {canCompare && (
                    <>
                      <td className={cell}>
                        <input
                          type="radio"
                          name="from"
                          value={r.id}
                          form={COMPARE_FORM}
                          defaultChecked={r.id === from}
                          aria-label={i18n.t(m.history.compareFromLabel, { version: r.version })}
                        />
                      </td>
                      <td className={cell}>
                        <input
                          type="radio"
                          name="to"
                          value={r.id}
                          form={COMPARE_FORM}
                          defaultChecked={r.id === to}
                          aria-label={i18n.t(m.history.compareToLabel, { version: r.version })}
                        />
                      </td>
                    </>
                  )}
                  <td className={cell}>
                    <span className="block font-medium text-ink">
                      {version}
                      {r.id === newest.id && <span className="font-normal text-muted"> ({m.history.current})</span>}
                    </span>
                    <time dateTime={r.createdAt.toISOString()} className="text-muted">
                      {formatChangeTime(r.createdAt, i18n.locale)}
                    </time>
                  </td>
                  <td className={cell}>{r.author}</td>
                  <td className={cell}>
                    <Badge tone={r.action === "restore" ? "warn" : "brand"}>{m.history.action[r.action] ?? r.action}</Badge>
                    {restoredVersion !== undefined && (
                      <span className="ml-1 text-muted">{i18n.t(m.history.restoredFrom, { version: restoredVersion })}</span>
                    )}
                    <span className="mt-1 block">{r.label}</span>
                    {r.importFile && <span className="block text-muted">{i18n.t(m.dataImport.viaImport, { file: r.importFile })}</span>}
                  </td>
                  <td className={`${cell} space-y-2`}>
                    <Link
                      href={`${historyHref}?to=${r.id}#changes`}
                      aria-label={i18n.t(m.history.viewChangesOf, { version: r.version })}
                      className="block whitespace-nowrap"
                    >
                      {m.history.viewChanges}
                    </Link>
                    {restore && r.id !== newest.id && (
                      <RestoreButton
                        action={restore.action}
                        revisionId={r.id}
                        expectedVersion={restore.expectedVersion}
                        locale={i18n.locale}
                        label={m.history.restore}
                        pendingLabel={m.history.restoring}
                        versionLabel={version}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
            {original && (
              <tr>
                {canCompare && <td className={cell} colSpan={2} />}
                <td className={cell}>
                  <span className="block font-medium text-ink">{i18n.t(m.history.version, { version: original.version - 1 })}</span>
                  <span className="text-muted">{m.history.original}</span>
                </td>
                <td className={cell} />
                <td className={cell} />
                <td className={`${cell} space-y-2`}>
                  {restore && (
                    <RestoreButton
                      action={restore.action}
                      revisionId={original.id}
                      expectedVersion={restore.expectedVersion}
                      locale={i18n.locale}
                      label={m.history.restore}
                      pendingLabel={m.history.restoring}
                      versionLabel={i18n.t(m.history.version, { version: original.version - 1 })}
                      side="before"
                    />
                  )}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
      {canCompare && (
        <form id={COMPARE_FORM} action={historyHref} method="get" className="mt-3">
          <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong">
            {m.history.compare}
          </button>
        </form>
      )}
    </div>
  );
}
