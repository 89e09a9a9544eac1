import Link from "next/link";
import { DiffView } from "@/components/history/diff-view";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { CELL, DataTable } from "@/components/ui/data-table";
import type { ImportRowsPage } from "@/db/queries/imports";
import { describeIssue } from "@/lib/import/describe";
import type { I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import type { ImportKind, ImportRowStatus } from "@/lib/vocabulary";

const TONES: Record<ImportRowStatus, BadgeTone> = { create: "brand", update: "brand", unchanged: "neutral", error: "warn" };

/**
 * The rows of an import as the spreadsheet numbers them: what each will do (or
 * did), the record it is about, and either its errors by column, the change
 * field by field (history's own comparison), or the new record's content.
 */
export function ImportRowsTable({ rows, kind, applied, i18n }: { rows: ImportRowsPage; kind: ImportKind; applied: boolean; i18n: I18n }) {
  const d = i18n.m.dataImport;
  const statusWords = applied ? d.rowStatusApplied : d.rowStatus;
  return (
    <DataTable caption={d.rowsCaption} columns={[d.row, d.status, d.record, d.details]}>
      {rows.items.map((row) => {
        const { plan } = row;
        const label = row.label || d.untitled;
        return (
          <tr key={row.line}>
            <th scope="row" className={`${CELL} font-semibold tabular-nums text-ink`}>
              {row.line}
            </th>
            <td className={CELL}>
              <Badge tone={TONES[row.status]}>{statusWords[row.status] ?? row.status}</Badge>
            </td>
            <td className={CELL}>
              {row.recordSlug ? (
                <span className="flex flex-col gap-1">
                  <Link href={routes.record(i18n.locale, kind, row.recordSlug)} className="font-medium">
                    {label}
                  </Link>
                  {applied && row.status !== "unchanged" && (
                    <Link href={routes.history(i18n.locale, kind, row.recordSlug)} className="text-xs">
                      {d.history}
                    </Link>
                  )}
                </span>
              ) : (
                <span className="font-medium">{label}</span>
              )}
            </td>
            <td className={`${CELL} space-y-2`}>
              {plan.matchedBy && (
                <p className="text-muted">{i18n.t(d.matchedBy, { key: d.matchKeys[plan.matchedBy] ?? plan.matchedBy })}</p>
              )}
              {plan.issues.length > 0 && (
                <ul className="space-y-1">
                  {plan.issues.map((issue, i) => (
                    <li key={i} className="border-l-4 border-warn/60 pl-3">
                      <strong className="font-mono text-xs text-warn">{issue.column ?? d.wholeRow}</strong>{" "}
                      {describeIssue(i18n, kind, issue)}
                    </li>
                  ))}
                </ul>
              )}
              {plan.diff && row.status === "update" && <DiffView kind={kind} diff={plan.diff} labels={rows.labels} i18n={i18n} />}
              {plan.diff && row.status === "create" && (
                <details>
                  <summary className="cursor-pointer text-brand-strong">{d.newContent}</summary>
                  <div className="mt-2">
                    <DiffView kind={kind} diff={plan.diff} labels={rows.labels} i18n={i18n} created createdIntro="" />
                  </div>
                </details>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
