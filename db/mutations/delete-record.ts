/**
 * Deleting a record that others point to is refused, naming what points to it,
 * instead of cascading silently. The references are read from the schema's own
 * foreign keys, so a new table is covered the day it is added.
 *
 * This is the data layer's primitive; the editing actions wrap it with
 * authorization and history.
 */
import { count, eq, getTableName, is, type Column } from "drizzle-orm";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { DbExecutor } from "@/db/connection";
import * as schema from "@/db/schema";
import { AppError } from "@/lib/errors";

type EntityTable =
  | typeof schema.organizations
  | typeof schema.programs
  | typeof schema.meetings
  | typeof schema.meetingSeries
  | typeof schema.agreements
  | typeof schema.people
  | typeof schema.topics
  | typeof schema.sources;

/** How a referencing table reads in a sentence ("3 meeting participations"). */
const REFERENCE_LABELS: Record<string, string> = {
  organizations: "child organization",
  programs: "sub-program",
  positions: "position",
  program_organizations: "program participation",
  program_topics: "program topic",
  meeting_series: "meeting series",
  meetings: "meeting",
  meeting_organizations: "meeting participation",
  meeting_people: "meeting role",
  meeting_topics: "meeting topic",
  meeting_programs: "meeting–program link",
  agreements: "agreement",
  agreement_parties: "agreement party",
  agreement_signatories: "agreement signature",
  agreement_lineage: "agreement lineage link",
  alternate_names: "alternate name",
  citations: "citation",
  imports: "spreadsheet import",
};

export interface RecordReference {
  table: string;
  column: string;
  count: number;
}

const allTables: SQLiteTable[] = Object.values(schema).flatMap((value) => (is(value, SQLiteTable) ? [value] : []));

/** Every (table, column) whose foreign key points at `target`. */
function referencingColumns(target: SQLiteTable): { table: SQLiteTable; column: Column }[] {
  const result: { table: SQLiteTable; column: Column }[] = [];
  for (const table of allTables) {
    for (const fk of getTableConfig(table).foreignKeys) {
      const ref = fk.reference();
      if (ref.foreignTable === target) result.push({ table, column: ref.columns[0]! });
    }
  }
  return result;
}

/** `ownColumns`: link columns that belong to the record itself (its participants, its citations), which are not "others". */
export function findReferences(db: DbExecutor, target: EntityTable, id: number, ownColumns: readonly Column[] = []): RecordReference[] {
  const references: RecordReference[] = [];
  for (const { table, column } of referencingColumns(target)) {
    if (ownColumns.includes(column)) continue;
    const n = db.select({ n: count() }).from(table).where(eq(column, id)).get()?.n ?? 0;
    if (n > 0) references.push({ table: getTableName(table), column: column.name, count: n });
  }
  return references;
}

export function describeReferences(references: RecordReference[]): string {
  return references
    .map((r) => {
      const label = REFERENCE_LABELS[r.table] ?? r.table.replaceAll("_", " ");
      return `${r.count} ${label}${r.count === 1 ? "" : "s"}`;
    })
    .join(", ");
}

/** Throws `record_in_use` naming everything (besides the record's own links) that still refers to it. */
export function assertUnreferenced(
  db: DbExecutor,
  target: EntityTable,
  id: number,
  label: string,
  ownColumns: readonly Column[] = [],
): void {
  const references = findReferences(db, target, id, ownColumns);
  if (references.length === 0) return;
  throw new AppError(
    "record_in_use",
    `“${label}” cannot be deleted: it is still referenced by ${describeReferences(references)}. Remove those links first, or archive it instead.`,
    references,
  );
}

/** Deletes the row, or throws `record_in_use` naming everything that still refers to it. */
export function deleteUnreferencedRecord(
  db: DbExecutor,
  target: EntityTable,
  id: number,
  label: string,
  ownColumns: readonly Column[] = [],
): void {
  assertUnreferenced(db, target, id, label, ownColumns);
  const deleted = db.delete(target).where(eq(target.id, id)).run();
  if (deleted.changes === 0) throw new AppError("not_found", `“${label}” no longer exists.`);
}
