import { IMPORT_COLUMNS } from "@/lib/import/columns";
import type { I18n } from "@/lib/i18n/server";
import { ATTENDANCE_QUALIFIERS, MEETING_KINDS, ORGANIZATION_KINDS, type ImportKind } from "@/lib/vocabulary";

/** The columns of one kind of import, as the templates have them, with what each holds. */
export function ColumnGuide({ kind, i18n }: { kind: ImportKind; i18n: I18n }) {
  const d = i18n.m.dataImport;
  const values: Record<string, string> = {
    kind: (kind === "organization" ? ORGANIZATION_KINDS : MEETING_KINDS).join(", "),
    attendance_qualifier: ATTENDANCE_QUALIFIERS.join(", "),
  };
  const help = (name: string) => {
    const key = kind === "meeting" && name === "country" ? "meeting_country" : name;
    return i18n.t(d.columnHelp[key] ?? "", { values: values[name] ?? "", example: "sre-2014-06-16-working-group-arizona" });
  };
  const cell = "px-3 py-1.5 align-top";
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full text-left text-sm">
        <caption className="px-3 py-2 text-left font-semibold text-ink">{d.kinds[kind]}</caption>
        <thead className="bg-surface text-muted">
          <tr>
            <th scope="col" className={cell}>
              {d.column}
            </th>
            <th scope="col" className={cell}>
              {d.meaning}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {IMPORT_COLUMNS[kind].map((column) => (
            <tr key={column.name}>
              <th scope="row" className={`${cell} whitespace-nowrap font-mono text-xs font-semibold text-ink`}>
                {column.name}
                {column.required && <span className="ml-1 font-sans font-normal text-muted">({d.requiredColumn})</span>}
              </th>
              <td className={cell}>{help(column.name)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
