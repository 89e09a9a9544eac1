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
import { msg, type MessageKey } from "@/lib/i18n/message-ref";

type EntityTable =
  | typeof schema.organizations
  | typeof schema.programs
  | typeof schema.meetings
  | typeof schema.meetingSeries
  | typeof schema.agreements
  | typeof schema.people
  | typeof schema.topics
  | typeof schema.sources;

/** Referencing tables with a phrase of their own in the messages ("3 meeting participations"): errors.references. */
const REFERENCE_LABELS = new Set([
  "organizations",
  "programs",
  "positions",
  "program_organizations",
  "program_topics",
  "meeting_series",
  "meetings",
  "meeting_organizations",
  "meeting_people",
  "meeting_topics",
  "meeting_programs",
  "agreements",
  "agreement_parties",
  "agreement_signatories",
  "agreement_lineage",
  "alternate_names",
  "citations",
  "imports",
]);

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

/** Message references, one per referencing table ("2 agreements"), for a list in the reader's language. */
export function describeReferences(references: RecordReference[]): string[] {
  return references.map((r) =>
    REFERENCE_LABELS.has(r.table)
      ? msg(`errors.references.${r.table}` as MessageKey, { count: r.count })
      : msg("errors.references.other", { count: r.count, table: r.table.replaceAll("_", " ") }),
  );
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
  throw new AppError("record_in_use", msg("errors.recordInUse", { label, references: describeReferences(references) }), references);
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
  if (deleted.changes === 0) throw new AppError("not_found", msg("errors.noLongerExists", { label }));
}
