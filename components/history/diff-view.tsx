import type { ReferenceLabels } from "@/db/queries/history";
import { isEmptyDiff, type RecordKind, type SnapshotDiff } from "@/lib/history/diff";
import type { I18n } from "@/lib/i18n/server";
import { FieldValue, LinkRowText } from "./values";
import { TableScroll } from "@/components/ui/table-scroll";

/**
 * A readable comparison of two versions: changed fields side by side, then each
 * link set's additions and removals. `created` shows a new record's content alone.
 */
export function DiffView({
  kind,
  diff,
  labels,
  i18n,
  created = false,
  createdIntro,
}: {
  kind: RecordKind;
  diff: SnapshotDiff;
  labels: ReferenceLabels;
  i18n: I18n;
  created?: boolean;
  /** What introduces a new record's content; empty for none (a record not yet created). */
  createdIntro?: string;
}) {
  const { m } = i18n;
  if (isEmptyDiff(diff)) return <p className="text-sm text-muted">{m.history.noDifferences}</p>;
  const cell = "px-3 py-2 align-top";
  return (
    <div className="space-y-6">
      {created && (createdIntro ?? m.history.created) && <p>{createdIntro ?? m.history.created}</p>}
      {(diff.slugChanged || diff.archivedChanged) && (
        <ul className="list-disc space-y-1 pl-5">
          {diff.slugChanged && <li>{i18n.t(m.history.addressChanged, diff.slugChanged)}</li>}
          {diff.archivedChanged && <li>{diff.archivedChanged.after ? m.history.archived : m.history.unarchived}</li>}
        </ul>
      )}

      {diff.fields.length > 0 && (
        <TableScroll label={m.history.changesTable}>
          <table className="w-full text-left text-sm">
            <thead className="bg-surface text-muted">
              <tr>
                <th scope="col" className={cell}>
                  {m.history.field}
                </th>
                {!created && (
                  <th scope="col" className={cell}>
                    {m.history.before}
                  </th>
                )}
                <th scope="col" className={cell}>
                  {m.history.after}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {diff.fields.map((change) => (
                <tr key={change.field}>
                  <th scope="row" className={`${cell} font-semibold text-ink`}>
                    {m.history.fields[change.field] ?? m.discovery.history[change.field] ?? change.field}
                  </th>
                  {!created && (
                    <td className={cell}>
                      <FieldValue kind={kind} field={change.field} value={change.before} labels={labels} i18n={i18n} />
                    </td>
                  )}
                  <td className={cell}>
                    <FieldValue kind={kind} field={change.field} value={change.after} labels={labels} i18n={i18n} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      {diff.links.map((change) => (
        <section key={change.linkSet} aria-labelledby={`changes-${change.linkSet}`}>
          <h3 id={`changes-${change.linkSet}`} className="font-semibold text-ink">
            {m.history.linkSets[change.linkSet] ?? change.linkSet}
          </h3>
          <ul className="mt-2 space-y-1.5 text-sm">
            {change.removed.map((row, i) => (
              <li key={`removed-${i}`} className="border-l-4 border-warn/60 pl-3">
                <strong className="text-warn">{m.history.removed}:</strong>{" "}
                <LinkRowText kind={kind} linkSet={change.linkSet} row={row} labels={labels} i18n={i18n} />
              </li>
            ))}
            {change.added.map((row, i) => (
              <li key={`added-${i}`} className="border-l-4 border-brand/60 pl-3">
                <strong className="text-brand-strong">{m.history.added}:</strong>{" "}
                <LinkRowText kind={kind} linkSet={change.linkSet} row={row} labels={labels} i18n={i18n} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
