import { CELL, DataTable } from "@/components/ui/data-table";
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
  return (
    <DataTable caption={d.kinds[kind] ?? kind} showCaption columns={[d.column, d.meaning]}>
      {IMPORT_COLUMNS[kind].map((column) => (
        <tr key={column.name}>
          <th scope="row" className={`${CELL} whitespace-nowrap font-mono text-xs font-semibold text-ink`}>
            {column.name}
            {column.required && <span className="ml-1 font-sans font-normal text-muted">({d.requiredColumn})</span>}
          </th>
          <td className={CELL}>{help(column.name)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
