/**
 * Every write to a record goes through here: authorize → validate → one
 * transaction (optimistic version check, write, history) → result. Server
 * actions and route handlers call these functions; so do the tests, to prove
 * that nothing reaches the database without passing the gate.
 */
import { and, eq, getTableColumns, getTableName, ne, sql, type Column } from "drizzle-orm";
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import type { z } from "zod";
import { AGGREGATES, normalizeSnapshot, readSnapshot, writeLinks, type Snapshot } from "@/db/aggregates";
import { authorize, type Actor, type RecordAction } from "@/db/authorize";
import type { Db, DbExecutor } from "@/db/connection";
import { prepared } from "@/db/prepared";
import { revisions, type RecordKind } from "@/db/schema";
import { queueReindex, reindexAfterChange, type ReindexQueue } from "@/db/search/indexer";
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

const referenceColumnsOf = new WeakMap<SQLiteTable, Map<string, SQLiteTable>>();

/** Columns holding record ids, with the table they must exist in, read from the schema's foreign keys (once per table). */
function referenceColumns(table: SQLiteTable): Map<string, SQLiteTable> {
  const known = referenceColumnsOf.get(table);
  if (known) return known;
  const keys = new Map(Object.entries(getTableColumns(table)).map(([key, column]) => [column, key] as const));
  const result = new Map<string, SQLiteTable>();
  for (const fk of getTableConfig(table).foreignKeys) {
    const ref = fk.reference();
    const key = keys.get(ref.columns[0] as Column);
    if (key) result.set(key, ref.foreignTable);
  }
  referenceColumnsOf.set(table, result);
  return result;
}

function exists(db: DbExecutor, table: SQLiteTable, id: number): boolean {
  const idColumn = getTableColumns(table).id;
  if (idColumn === undefined) return false;
  const query = prepared(db, `exists:${getTableName(table)}`, () =>
    db
      .select({ id: idColumn })
      .from(table)
      .where(eq(idColumn, sql.placeholder("id")))
      .prepare(),
  );
  return query.get({ id }) !== undefined;
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

/** Registry identifiers name one record each (unique indexes in db/schema.ts): a taken one is a field error, not a failed insert. */
const UNIQUE_IDENTIFIERS: Partial<Record<RecordKind, readonly ("rorId" | "wikidataId")[]>> = {
  organization: ["rorId", "wikidataId"],
};

function checkIdentifiersFree(db: DbExecutor, kind: RecordKind, id: number | null, fields: Record<string, unknown>): void {
  const spec = AGGREGATES[kind];
  const columns = getTableColumns(spec.table) as Record<string, Column>;
  const errors: FieldErrors = {};
  for (const field of UNIQUE_IDENTIFIERS[kind] ?? []) {
    const value = fields[field];
    if (typeof value !== "string") continue;
    const holder = db
      .select()
      .from(spec.table)
      .where(id === null ? eq(columns[field]!, value) : and(eq(columns[field]!, value), ne(spec.table.id, id)))
      .get();
    if (holder) {
      errors[`fields.${field}`] = msg("validation.identifierTaken", {
        value,
        identifier: msg(`validation.field.${field}`),
        holder: spec.label(holder),
      });
    }
  }
  const first = Object.values(errors)[0];
  if (first) throw new ValidationError(first, errors);
}

function uniqueSlug(db: DbExecutor, kind: RecordKind, base: string): string {
  const table = AGGREGATES[kind].table;
  const root = base || kind;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    const taken = prepared(db, `slug:${kind}`, () =>
      db
        .select({ id: table.id })
        .from(table)
        .where(eq(table.slug, sql.placeholder("slug")))
        .prepare(),
    );
    if (!taken.get({ slug: candidate })) return candidate;
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

/** Every column a placeholder, the timestamps too: a prepared insert would otherwise keep the time it was built at. */
const placeholders = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, sql.placeholder(k)]));

function insertEntity(db: DbExecutor, kind: RecordKind, fields: Record<string, unknown>, slug: string): number {
  const spec = AGGREGATES[kind];
  const columns = [...spec.fields, "slug", "createdAt", "updatedAt"];
  const insert = prepared(db, `entity:${kind}`, () =>
    db
      .insert(spec.table)
      .values(placeholders(columns) as never)
      .returning({ id: spec.table.id })
      .prepare(),
  );
  const now = new Date();
  const values = Object.fromEntries(spec.fields.map((k) => [k, fields[k] ?? null]));
  return (insert.get({ ...values, slug, createdAt: now, updatedAt: now }) as { id: number }).id;
}

const REVISION_COLUMNS = ["recordKind", "recordId", "version", "action", "userId", "label", "restoredFromId", "importId", "createdAt"];

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
  importId: number | null = null,
): void {
  const insert = prepared(db, "revision", () =>
    db
      .insert(revisions)
      .values({
        ...placeholders(REVISION_COLUMNS),
        // Raw placeholders: the snapshots are written as JSON here, and a missing one stays NULL.
        before: sql`${sql.placeholder("before")}`,
        after: sql`${sql.placeholder("after")}`,
      } as never)
      .prepare(),
  );
  insert.run({
    recordKind: kind,
    recordId: id,
    version,
    action,
    userId: actor.id,
    label: AGGREGATES[kind].label(after.fields),
    before: before === null ? null : JSON.stringify(before),
    after: JSON.stringify(after),
    restoredFromId,
    importId,
    createdAt: new Date(),
  });
}

export function sameSnapshot(a: Snapshot | null, b: Snapshot): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}

/** Writes immediately take the write lock, so concurrent saves queue (busy_timeout) instead of failing. */
const WRITE = { behavior: "immediate" } as const;

/**
 * How a save is recorded when it is one of many in a caller's transaction (an
 * import): the revision names the import, and the search index is rebuilt once
 * for the whole batch from `reindex` (the caller flushes it before committing).
 */
export interface SaveOptions {
  importId?: number;
  reindex?: ReindexQueue;
}

function reindex(
  tx: DbExecutor,
  kind: RecordKind,
  id: number,
  snapshots: (Snapshot | null)[],
  options: SaveOptions,
  created = false,
): void {
  if (options.reindex) queueReindex(tx, options.reindex, kind, id, snapshots, created);
  else reindexAfterChange(tx, kind, id, snapshots, created);
}

export function createRecord(db: Db, actor: Actor | null, kind: RecordKind, rawInput: unknown): SaveResult {
  return db.transaction((tx) => createInTransaction(tx, actor, kind, rawInput), WRITE);
}

/** createRecord inside a transaction the caller holds: everything or nothing is the caller's to decide. */
export function createInTransaction(
  tx: DbExecutor,
  actor: Actor | null,
  kind: RecordKind,
  rawInput: unknown,
  options: SaveOptions = {},
): SaveResult {
  gate(tx, actor, "create", kind);
  const input = parseRecordInput(kind, rawInput);
  checkReferences(tx, kind, input);
  checkParent(tx, kind, null, input);
  const spec = AGGREGATES[kind];
  if (input.slug !== null) checkSlugFree(tx, kind, input.slug, null);
  const slug = input.slug ?? uniqueSlug(tx, kind, slugify(spec.label(input.fields)));
  checkIdentifiersFree(tx, kind, null, input.fields);
  const id = insertEntity(tx, kind, input.fields, slug);
  writeLinks(tx, kind, id, input.links, true);
  const after = readSnapshot(tx, kind, id)!;
  recordRevision(tx, actor!, kind, id, 1, "create", null, after, null, options.importId ?? null);
  reindex(tx, kind, id, [after], options, true);
  return { kind, id, slug, version: 1, changed: true };
}

export function updateRecord(
  db: Db,
  actor: Actor | null,
  kind: RecordKind,
  id: number,
  expectedVersion: number,
  rawInput: unknown,
): SaveResult {
  return db.transaction((tx) => updateInTransaction(tx, actor, kind, id, expectedVersion, rawInput), WRITE);
}

/** updateRecord inside a transaction the caller holds. */
export function updateInTransaction(
  tx: DbExecutor,
  actor: Actor | null,
  kind: RecordKind,
  id: number,
  expectedVersion: number,
  rawInput: unknown,
  options: SaveOptions = {},
): SaveResult {
  const row = loadRow(tx, kind, id);
  gate(tx, actor, "update", kind, id);
  const input = parseRecordInput(kind, rawInput);
  checkReferences(tx, kind, input);
  checkParent(tx, kind, id, input);
  checkVersion(tx, kind, row, expectedVersion);
  const slug = input.slug ?? row.slug;
  checkSlugFree(tx, kind, slug, id);
  checkIdentifiersFree(tx, kind, id, input.fields);
  return applySnapshot(
    tx,
    actor!,
    kind,
    row,
    { slug, archived: row.archivedAt !== null, fields: input.fields, links: input.links },
    "update",
    null,
    options,
  );
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
    checkIdentifiersFree(tx, kind, row.id, input.fields);
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
  options: SaveOptions = {},
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
  recordRevision(tx, actor, kind, row.id, version, action, before, after, restoredFromId, options.importId ?? null);
  reindex(tx, kind, row.id, [before, after], options);
  return { kind, id: row.id, slug: target.slug, version, changed: true };
}
