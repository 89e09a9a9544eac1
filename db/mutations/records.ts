/**
 * Every write to a record goes through here: authorize → validate → one
 * transaction (optimistic version check, write, history) → result. Server
 * actions and route handlers call these functions; so do the tests, to prove
 * that nothing reaches the database without passing the gate.
 */
import { and, eq, getTableColumns, ne, type Column } from "drizzle-orm";
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import type { z } from "zod";
import { AGGREGATES, normalizeSnapshot, readSnapshot, writeLinks, type Snapshot } from "@/db/aggregates";
import { authorize, type Actor, type RecordAction } from "@/db/authorize";
import type { Db, DbExecutor } from "@/db/connection";
import { revisions, type RecordKind } from "@/db/schema";
import { reindexAfterChange } from "@/db/search/indexer";
import { assertUnreferenced, deleteUnreferencedRecord } from "./delete-record";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { inEnglish, msg, renderMessage } from "@/lib/i18n/message-ref";
import { slugify } from "@/lib/slug";
import { RECORD_SCHEMAS } from "@/lib/validation/records";

export interface SaveResult {
  kind: RecordKind;
  id: number;
  slug: string;
  version: number;
  /** False when the save changed nothing (no new revision, same version). */
  changed: boolean;
}

/** Field errors keyed by the input path ("fields.endDate", "links.organizations.0.organizationId"). */
export type FieldErrors = Record<string, string>;

export interface ConflictDetails {
  kind: RecordKind;
  id: number;
  yourVersion: number;
  currentVersion: number;
  current: Snapshot;
}

export class ValidationError extends AppError {
  /** In English (logs, tests); `fieldErrorRefs` keeps them as raised, for the reader's language. */
  readonly fieldErrors: FieldErrors;

  constructor(
    message: string,
    readonly fieldErrorRefs: FieldErrors,
  ) {
    const english = Object.fromEntries(Object.entries(fieldErrorRefs).map(([k, v]) => [k, inEnglish(v)]));
    super("bad_request", message, english);
    this.fieldErrors = english;
  }

  fieldErrorsIn(locale: Locale): FieldErrors {
    return Object.fromEntries(Object.entries(this.fieldErrorRefs).map(([k, v]) => [k, renderMessage(v, locale)]));
  }
}

export class ConflictError extends AppError {
  constructor(readonly conflict: ConflictDetails) {
    super("conflict", msg("errors.conflict"), conflict);
  }
}

// ---------------------------------------------------------------- validation

/** Any kind's validated input, as the engine handles it (the schemas give each kind's exact type). */
export interface ParsedRecord {
  slug: string | null;
  fields: Record<string, unknown>;
  links: Record<string, Record<string, unknown>[]>;
}

export function parseRecordInput(kind: RecordKind, input: unknown): ParsedRecord {
  const parsed = RECORD_SCHEMAS[kind].safeParse(input);
  if (!parsed.success) throw new ValidationError(msg("errors.fixFields"), toFieldErrors(parsed.error));
  return parsed.data as unknown as ParsedRecord;
}

export function toFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    errors[path] ??= issue.message;
  }
  return errors;
}

/** Columns holding record ids, with the table they must exist in, read from the schema's foreign keys. */
function referenceColumns(table: SQLiteTable): Map<string, SQLiteTable> {
  const keys = new Map(Object.entries(getTableColumns(table)).map(([key, column]) => [column, key] as const));
  const result = new Map<string, SQLiteTable>();
  for (const fk of getTableConfig(table).foreignKeys) {
    const ref = fk.reference();
    const key = keys.get(ref.columns[0] as Column);
    if (key) result.set(key, ref.foreignTable);
  }
  return result;
}

function exists(db: DbExecutor, table: SQLiteTable, id: number): boolean {
  const idColumn = getTableColumns(table).id;
  return idColumn !== undefined && db.select({ id: idColumn }).from(table).where(eq(idColumn, id)).get() !== undefined;
}

/** Unknown references are a form error naming the field, never a foreign-key failure. */
function checkReferences(db: DbExecutor, kind: RecordKind, input: ParsedRecord): void {
  const spec = AGGREGATES[kind];
  const errors: FieldErrors = {};
  const check = (table: SQLiteTable, row: Record<string, unknown>, path: string) => {
    for (const [key, target] of referenceColumns(table)) {
      const value = row[key];
      if (typeof value === "number" && !exists(db, target, value)) errors[`${path}.${key}`] = msg("errors.noSuchRecord");
    }
  };
  check(spec.table, input.fields, "fields");
  for (const [name, link] of Object.entries(spec.links)) {
    (input.links[name] ?? []).forEach((row, i) => check(link.table, row, `links.${name}.${i}`));
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(msg("errors.danglingLinks"), errors);
}

/** Organizations and programs nest; a record may not become its own ancestor. */
function checkParent(db: DbExecutor, kind: RecordKind, id: number | null, input: ParsedRecord): void {
  if (kind !== "organization" && kind !== "program") return;
  const table = AGGREGATES[kind].table as typeof import("@/db/schema").organizations;
  let parentId = (input.fields as { parentId: number | null }).parentId;
  for (let depth = 0; parentId !== null && depth < 50; depth++) {
    if (parentId === id) throw new ValidationError(msg("errors.ownParent"), { "fields.parentId": msg("errors.ownParentField") });
    parentId = db.select({ parentId: table.parentId }).from(table).where(eq(table.id, parentId)).get()?.parentId ?? null;
  }
}

function checkSlugFree(db: DbExecutor, kind: RecordKind, slug: string, id: number | null): void {
  const table = AGGREGATES[kind].table;
  const taken = db
    .select({ id: table.id })
    .from(table)
    .where(id === null ? eq(table.slug, slug) : and(eq(table.slug, slug), ne(table.id, id)))
    .get();
  if (taken) throw new ValidationError(msg("errors.slugTaken"), { slug: msg("errors.slugTakenField", { slug }) });
}

function uniqueSlug(db: DbExecutor, kind: RecordKind, base: string): string {
  const table = AGGREGATES[kind].table;
  const root = base || kind;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!db.select({ id: table.id }).from(table).where(eq(table.slug, candidate)).get()) return candidate;
  }
}

// ---------------------------------------------------------------- writes

type EntityRow = { id: number; slug: string; version: number; archivedAt: Date | null };

function loadRow(db: DbExecutor, kind: RecordKind, id: number): EntityRow {
  const table = AGGREGATES[kind].table;
  const row = db
    .select({ id: table.id, slug: table.slug, version: table.version, archivedAt: table.archivedAt })
    .from(table)
    .where(eq(table.id, id))
    .get();
  if (!row) throw new AppError("not_found", msg("errors.noRecordWithId", { kind: msg(`editor.kinds.${kind}`), id: String(id) }));
  return row;
}

function gate(db: DbExecutor, actor: Actor | null, action: RecordAction, kind: RecordKind, id?: number): void {
  authorize(db, actor, action, kind, id);
}

function checkVersion(db: DbExecutor, kind: RecordKind, row: EntityRow, expectedVersion: number): void {
  if (row.version !== expectedVersion) {
    throw new ConflictError({
      kind,
      id: row.id,
      yourVersion: expectedVersion,
      currentVersion: row.version,
      current: readSnapshot(db, kind, row.id)!,
    });
  }
}

function recordRevision(
  db: DbExecutor,
  actor: Actor,
  kind: RecordKind,
  id: number,
  version: number,
  action: (typeof revisions.$inferInsert)["action"],
  before: Snapshot | null,
  after: Snapshot,
  restoredFromId: number | null = null,
): void {
  db.insert(revisions)
    .values({
      recordKind: kind,
      recordId: id,
      version,
      action,
      userId: actor.id,
      label: AGGREGATES[kind].label(after.fields),
      before,
      after,
      restoredFromId,
    })
    .run();
}

function sameSnapshot(a: Snapshot | null, b: Snapshot): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

/** Writes immediately take the write lock, so concurrent saves queue (busy_timeout) instead of failing. */
const WRITE = { behavior: "immediate" } as const;

export function createRecord(db: Db, actor: Actor | null, kind: RecordKind, rawInput: unknown): SaveResult {
  return db.transaction((tx) => {
    gate(tx, actor, "create", kind);
    const input = parseRecordInput(kind, rawInput);
    checkReferences(tx, kind, input);
    checkParent(tx, kind, null, input);
    const spec = AGGREGATES[kind];
    const slug = input.slug ?? uniqueSlug(tx, kind, slugify(spec.label(input.fields)));
    checkSlugFree(tx, kind, slug, null);
    const [row] = tx
      .insert(spec.table)
      .values({ ...input.fields, slug } as never)
      .returning({ id: spec.table.id })
      .all();
    const id = (row as { id: number }).id;
    writeLinks(tx, kind, id, input.links);
    const after = readSnapshot(tx, kind, id)!;
    recordRevision(tx, actor!, kind, id, 1, "create", null, after);
    reindexAfterChange(tx, kind, id, [after]);
    return { kind, id, slug, version: 1, changed: true };
  }, WRITE);
}

export function updateRecord(
  db: Db,
  actor: Actor | null,
  kind: RecordKind,
  id: number,
  expectedVersion: number,
  rawInput: unknown,
): SaveResult {
  return db.transaction((tx) => {
    const row = loadRow(tx, kind, id);
    gate(tx, actor, "update", kind, id);
    const input = parseRecordInput(kind, rawInput);
    checkReferences(tx, kind, input);
    checkParent(tx, kind, id, input);
    checkVersion(tx, kind, row, expectedVersion);
    const slug = input.slug ?? row.slug;
    checkSlugFree(tx, kind, slug, id);
    return applySnapshot(
      tx,
      actor!,
      kind,
      row,
      { slug, archived: row.archivedAt !== null, fields: input.fields, links: input.links },
      "update",
    );
  }, WRITE);
}

export function setRecordArchived(
  db: Db,
  actor: Actor | null,
  kind: RecordKind,
  id: number,
  expectedVersion: number,
  archived: boolean,
): SaveResult {
  return db.transaction((tx) => {
    const row = loadRow(tx, kind, id);
    gate(tx, actor, "archive", kind, id);
    checkVersion(tx, kind, row, expectedVersion);
    const current = readSnapshot(tx, kind, id)!;
    return applySnapshot(tx, actor!, kind, row, { ...current, archived }, archived ? "archive" : "unarchive");
  }, WRITE);
}

/**
 * Puts an earlier revision's content back, as a new revision. `side: "before"`
 * restores what the record was before that revision — the only way back to a
 * record as it was first loaded (the forum's seed has no revision of its own).
 */
export function restoreRevision(
  db: Db,
  actor: Actor | null,
  revisionId: number,
  expectedVersion: number,
  side: "after" | "before" = "after",
): SaveResult {
  return db.transaction((tx) => {
    const revision = tx.select().from(revisions).where(eq(revisions.id, revisionId)).get();
    if (!revision) throw new AppError("not_found", msg("errors.noRevision", { id: String(revisionId) }));
    const kind = revision.recordKind;
    const row = loadRow(tx, kind, revision.recordId);
    gate(tx, actor, "restore", kind, row.id);
    checkVersion(tx, kind, row, expectedVersion);
    const target = (side === "after" ? revision.after : revision.before) as Snapshot | null;
    if (!target) throw new AppError("bad_request", msg("errors.nothingBefore"));
    // The old content must still be valid and point at records that still exist.
    const input = parseRecordInput(kind, { slug: null, fields: target.fields, links: target.links });
    checkReferences(tx, kind, input);
    const slugFree = !tx
      .select({ id: AGGREGATES[kind].table.id })
      .from(AGGREGATES[kind].table)
      .where(and(eq(AGGREGATES[kind].table.slug, target.slug), ne(AGGREGATES[kind].table.id, row.id)))
      .get();
    const snapshot: Snapshot = {
      slug: slugFree ? target.slug : row.slug,
      archived: target.archived,
      fields: input.fields,
      links: input.links,
    };
    return applySnapshot(tx, actor!, kind, row, snapshot, "restore", revision.id);
  }, WRITE);
}

/**
 * Deletes a record that nothing else refers to, with its own links (a meeting's
 * participants, its citations). Anything referring to it from elsewhere makes
 * the delete fail with a message naming it; archiving is the usual way out.
 */
export function deleteRecord(
  db: Db,
  actor: Actor | null,
  kind: RecordKind,
  id: number,
  expectedVersion: number,
): { kind: RecordKind; label: string } {
  return db.transaction((tx) => {
    const row = loadRow(tx, kind, id);
    gate(tx, actor, "delete", kind, id);
    checkVersion(tx, kind, row, expectedVersion);
    const spec = AGGREGATES[kind];
    const before = readSnapshot(tx, kind, id)!;
    const label = spec.label(before.fields);
    const own = Object.values(spec.links).map((link) => link.owner);
    // Refuse before touching anything, so a refused delete leaves every row in place.
    assertUnreferenced(tx, spec.table, id, label, own);
    writeLinks(tx, kind, id, {});
    deleteUnreferencedRecord(tx, spec.table, id, label, own);
    recordRevision(tx, actor!, kind, id, row.version + 1, "delete", before, before);
    reindexAfterChange(tx, kind, id, [before]);
    return { kind, label };
  }, WRITE);
}

function applySnapshot(
  tx: DbExecutor,
  actor: Actor,
  kind: RecordKind,
  row: EntityRow,
  target: Snapshot,
  action: "update" | "archive" | "unarchive" | "restore",
  restoredFromId: number | null = null,
): SaveResult {
  const spec = AGGREGATES[kind];
  const before = readSnapshot(tx, kind, row.id);
  // Nothing to change: no write, no new version, no revision.
  if (sameSnapshot(before, normalizeSnapshot(kind, target)))
    return { kind, id: row.id, slug: row.slug, version: row.version, changed: false };
  const archivedAt = target.archived ? (row.archivedAt ?? new Date()) : null;
  const version = row.version + 1;
  tx.update(spec.table)
    .set({ ...target.fields, slug: target.slug, archivedAt, version } as never)
    .where(eq(spec.table.id, row.id))
    .run();
  writeLinks(tx, kind, row.id, target.links);
  const after = readSnapshot(tx, kind, row.id)!;
  recordRevision(tx, actor, kind, row.id, version, action, before, after, restoredFromId);
  reindexAfterChange(tx, kind, row.id, [before, after]);
  return { kind, id: row.id, slug: target.slug, version, changed: true };
}
