/**
 * Spreadsheet imports, in two steps. `planImport` reads the file, validates every
 * row with the editor's own schema, matches rows to existing records, checks
 * what the editor may touch and stores the plan (a pending import) without
 * writing any record. `applyImport` writes exactly that plan, through the same
 * create and update functions as the edit forms (authorization, validation,
 * history naming the import, search index), in one transaction: a row that
 * fails, a record changed since the preview or a refusal leaves everything as
 * it was.
 */
import { createHash } from "node:crypto";
import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import { AGGREGATES, normalizeSnapshot, readSnapshot, type Snapshot } from "@/db/aggregates";
import { canEditRecord, type Actor } from "@/db/authorize";
import type { Db, DbExecutor } from "@/db/connection";
import { loadMeetingIndex, loadOrganizationIndex, loadSourceIndex } from "@/db/queries/import-matching";
import { importRows, imports } from "@/db/schema";
import { newReindexQueue, reindexQueued } from "@/db/search/indexer";
import { AppError } from "@/lib/errors";
import { diffSnapshots, type SnapshotDiff } from "@/lib/history/diff";
import { cellsOf, columnOfPath, readFields, readHeader, ROLE_COLUMNS, type RowCells, type RowIssue } from "@/lib/import/columns";
import { readCsv, type CsvProblem, type CsvRecord } from "@/lib/import/csv";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, PREVIEW_TTL_HOURS } from "@/lib/import/limits";
import type { Match, MatchKey, MeetingIndex, OrganizationIndex, SourceIndex } from "@/lib/import/matching";
import { nameKey, splitList, websiteKey } from "@/lib/import/values";
import { RECORD_SCHEMAS } from "@/lib/validation/records";
import { MEETING_ORGANIZATION_ROLES, type ImportKind, type ImportRowStatus } from "@/lib/vocabulary";
import { ConflictError, createInTransaction, sameSnapshot, updateInTransaction, type ParsedRecord } from "./records";

// ---------------------------------------------------------------- what the preview and the result say

/** Why a whole file is refused: nothing of it is planned. */
export type FileProblem =
  | CsvProblem
  | { code: "too_large"; size: number; max: number }
  | { code: "too_many_rows"; rows: number; max: number }
  | { code: "no_rows" }
  | { code: "missing_columns"; columns: string[] }
  | { code: "duplicate_columns"; columns: string[] }
  | { code: "no_source" }
  | { code: "unknown_source" };

/** What the preview tells about the file as a whole. */
export type FileNotice =
  | { code: "windows_1252" }
  | { code: "semicolons" }
  | { code: "unknown_columns"; columns: string[] }
  | { code: "imported_before"; importId: number; appliedAt: string };

export class ImportFileError extends AppError {
  constructor(readonly problem: FileProblem) {
    super("bad_request", `The file cannot be imported (${problem.code}).`, problem);
  }
}

/** Why an import cannot be confirmed at all: already written, past its time, or with rows to correct. */
export type ImportState = "applied" | "expired" | "has_errors";

const STATE_MESSAGES: Record<ImportState, string> = {
  applied: "This import has already been written.",
  expired: "This preview has expired. Upload the file again to see what it would change now.",
  has_errors: "Some rows have errors. Correct them in the file and upload it again.",
};

export class ImportStateError extends AppError {
  constructor(readonly state: ImportState) {
    super(state === "has_errors" ? "bad_request" : "conflict", STATE_MESSAGES[state], { state });
  }
}

/** Why the confirmed write was refused, naming the row; nothing was written. */
export type ApplyFailure = "changed" | "forbidden" | "invalid" | "gone";

export class ImportRowError extends AppError {
  constructor(
    readonly row: number,
    readonly label: string,
    readonly reason: ApplyFailure,
    readonly detail: string,
  ) {
    super(reason === "forbidden" ? "forbidden" : "conflict", `Row ${row} (${label}): ${detail}`, { row, label, reason });
  }
}

/** One row of the plan, as stored (import_rows.plan). */
export interface RowPlan {
  issues: RowIssue[];
  matchedBy: MatchKey | null;
  /** What the write will save, already validated (create and update). */
  input: ParsedRecord | null;
  /** The change the preview shows (create: the new record's content). */
  diff: SnapshotDiff | null;
}

export interface ImportUpload {
  kind: ImportKind;
  fileName: string;
  bytes: Uint8Array;
  /** The source cited by every row that names none in its source column. */
  sourceId: number | null;
}

interface PlannedRow {
  line: number;
  status: ImportRowStatus;
  label: string;
  recordId: number | null;
  recordVersion: number | null;
  recordSlug: string | null;
  plan: RowPlan;
}

// ---------------------------------------------------------------- planning

interface PlanContext {
  db: DbExecutor;
  actor: Actor;
  kind: ImportKind;
  positions: Map<string, number>;
  columnCount: number;
  fileSourceId: number | null;
  sources: SourceIndex;
  organizations: OrganizationIndex;
  meetings: MeetingIndex | null;
  /** Identity of each row seen so far (the record it updates, or what it would create) → its row number. */
  seen: Map<string, number>;
}

/** What a row would cite: the source named in its own column, or the file's. */
function citationOf(ctx: PlanContext, cells: RowCells, issues: RowIssue[]): { sourceId: number; locator: string | null } | null {
  const named = cells.get("source");
  const locator = cells.get("source_locator") ?? null;
  if (named !== undefined) {
    const found = ctx.sources.find(named);
    if (found) return { sourceId: found.id, locator };
    issues.push({ column: "source", issue: { code: "unknown_source", value: named } });
    return null;
  }
  if (ctx.fileSourceId !== null) return { sourceId: ctx.fileSourceId, locator };
  issues.push({ column: "source", issue: { code: "no_source" } });
  return null;
}

const namesOf = (records: readonly { nameEn?: string; titleEn?: string }[]) =>
  records
    .slice(0, 3)
    .map((r) => r.nameEn ?? r.titleEn ?? "")
    .join("; ");

/** A meeting's organizations from its hosts, organizers and participants columns. */
function organizationLinks(ctx: PlanContext, cells: RowCells, sourceId: number | null, issues: RowIssue[]) {
  const links: Record<string, unknown>[] = [];
  for (const role of MEETING_ORGANIZATION_ROLES) {
    const column = ROLE_COLUMNS[role];
    for (const entry of splitList(cells.get(column) ?? "")) {
      const found = ctx.organizations.find(entry);
      if (found.status === "none") issues.push({ column, issue: { code: "unknown_organization", value: entry } });
      else if (found.status === "many")
        issues.push({ column, issue: { code: "ambiguous_organization", value: entry, names: namesOf(found.records) } });
      else if (!links.some((l) => l.organizationId === found.record.id && l.role === role))
        links.push({ organizationId: found.record.id, role, sourceId, uncertain: false, uncertaintyNote: null });
    }
  }
  return links;
}

/** Adds the rows of `extra` that `current` lacks, compared on `key`; what is already there is left as it is. */
function withRows(
  current: readonly Record<string, unknown>[],
  extra: readonly Record<string, unknown>[],
  key: (r: Record<string, unknown>) => string,
) {
  const have = new Set(current.map(key));
  return [...current, ...extra.filter((r) => !have.has(key(r)))];
}

interface RowDraft {
  line: number;
  label: string;
  match: Match<{ id: number; slug: string; version: number; nameEn?: string; titleEn?: string }>;
  /** What the row says of the record's fields (cells left empty are absent: an update keeps those). */
  values: Record<string, unknown>;
  slug: string | null;
  /** Link rows the row adds, by link set. */
  links: Record<string, Record<string, unknown>[]>;
  /** What identifies the record a new row would create, for finding repeats within the file. */
  identity: string | null;
  issues: RowIssue[];
}

const LINK_KEYS: Record<string, (r: Record<string, unknown>) => string> = {
  citations: (r) => String(r.sourceId),
  organizations: (r) => `${String(r.organizationId)}:${String(r.role)}`,
};

function finishRow(ctx: PlanContext, draft: RowDraft): PlannedRow {
  const { kind } = ctx;
  const issues = [...draft.issues];
  const target = draft.match.status === "one" ? draft.match.record : null;
  const matchedBy = draft.match.status === "one" ? draft.match.by : null;
  if (draft.match.status === "many")
    issues.push({ column: null, issue: { code: "ambiguous_match", by: draft.match.by, names: namesOf(draft.match.records) } });

  const identity = target ? `record:${target.id}` : draft.identity;
  if (identity !== null && draft.match.status !== "many") {
    const first = ctx.seen.get(identity);
    if (first !== undefined) issues.push({ column: null, issue: { code: "duplicate_row", row: first } });
    else ctx.seen.set(identity, draft.line);
  }

  if (target && !canEditRecord(ctx.db, ctx.actor, "update", kind, target.id))
    issues.push({ column: null, issue: { code: "not_allowed_update", name: draft.label } });
  if (!target && draft.match.status === "none" && !canEditRecord(ctx.db, ctx.actor, "create", kind))
    issues.push({ column: null, issue: { code: "not_allowed_create" } });

  const before: Snapshot | null = target ? readSnapshot(ctx.db, kind, target.id) : null;
  const input = before
    ? {
        slug: before.slug,
        fields: { ...before.fields, ...draft.values },
        links: Object.fromEntries(
          Object.entries(before.links).map(([name, rows]) => [
            name,
            withRows(rows, draft.links[name] ?? [], LINK_KEYS[name] ?? JSON.stringify),
          ]),
        ),
      }
    : { slug: draft.slug, fields: draft.values, links: draft.links };
  const parsed = RECORD_SCHEMAS[kind].safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = columnOfPath(kind, issue.path.map(String).join("."));
      if (!issues.some((i) => i.column === column && column !== null))
        issues.push({ column, issue: { code: "invalid", message: issue.message } });
    }
  }

  const row = {
    line: draft.line,
    label: draft.label,
    recordId: target?.id ?? null,
    recordVersion: target?.version ?? null,
    recordSlug: target?.slug ?? null,
  };
  if (issues.length > 0 || !parsed.success) return { ...row, status: "error", plan: { issues, matchedBy, input: null, diff: null } };

  const data = parsed.data as unknown as ParsedRecord;
  const after = normalizeSnapshot(kind, {
    slug: before?.slug ?? data.slug ?? "",
    archived: before?.archived ?? false,
    fields: data.fields,
    links: data.links,
  });
  if (before && sameSnapshot(before, after))
    return { ...row, status: "unchanged", plan: { issues: [], matchedBy, input: null, diff: null } };
  return {
    ...row,
    status: before ? "update" : "create",
    plan: { issues: [], matchedBy, input: data, diff: diffSnapshots(kind, before, after) },
  };
}

function extraCells(ctx: PlanContext, record: CsvRecord): RowIssue[] {
  const extra = record.cells.slice(ctx.columnCount).filter((c) => c.trim() !== "");
  return extra.length > 0
    ? [{ column: null, issue: { code: "extra_cells", count: ctx.columnCount + extra.length, columns: ctx.columnCount } }]
    : [];
}

function planOrganizationRow(ctx: PlanContext, record: CsvRecord): PlannedRow {
  const cells = cellsOf(ctx.positions, record.cells);
  const { values, issues } = readFields("organization", cells);
  issues.push(...extraCells(ctx, record));
  const citation = citationOf(ctx, cells, issues);
  const rorId = (values.rorId as string | undefined) ?? null;
  const website = (values.website as string | undefined) ?? null;
  const names = [values.nameEn as string | undefined, values.nameEs as string | undefined].map((n) => n ?? null);
  const match = ctx.organizations.match({ rorId, website, names });
  if (match.status === "one" && rorId && match.record.rorId && match.record.rorId !== rorId)
    issues.push({ column: "ror_id", issue: { code: "ror_conflict", name: match.record.nameEn, rorId: match.record.rorId } });
  const identity = rorId ? `ror:${rorId}` : website ? `web:${websiteKey(website)}` : names[0] ? `name:${nameKey(names[0])}` : null;
  return finishRow(ctx, {
    line: record.row,
    label: names[0] ?? (match.status === "one" ? match.record.nameEn : ""),
    match,
    values,
    slug: null,
    links: { citations: citation ? [citation] : [] },
    identity,
    issues,
  });
}

function planMeetingRow(ctx: PlanContext, record: CsvRecord): PlannedRow {
  const cells = cellsOf(ctx.positions, record.cells);
  const { values, issues } = readFields("meeting", cells);
  issues.push(...extraCells(ctx, record));
  const citation = citationOf(ctx, cells, issues);
  const organizations = organizationLinks(ctx, cells, citation?.sourceId ?? null, issues);
  const slug = cells.get("slug") ?? null;
  const titles = [values.titleEn as string | undefined, values.titleEs as string | undefined].map((t) => t ?? null);
  const startDate = (values.startDate as string | undefined) ?? null;
  const match = ctx.meetings!.match({ slug, titles, startDate });
  const titleKey = nameKey(titles[0]);
  return finishRow(ctx, {
    line: record.row,
    label: titles[0] ?? (match.status === "one" ? match.record.titleEn : ""),
    match,
    values,
    slug,
    links: { organizations, citations: citation ? [citation] : [] },
    identity: slug ? `slug:${slug}` : titleKey ? `title:${titleKey}|${startDate ?? ""}` : null,
    issues,
  });
}

function refuse(problem: FileProblem): never {
  throw new ImportFileError(problem);
}

/**
 * Reads and checks the file and stores its plan as a pending import of `actor`.
 * Writes no record. Throws ImportFileError when the file as a whole cannot be
 * imported; problems with single rows are part of the plan.
 */
export function planImport(db: Db, actor: Actor | null, upload: ImportUpload, now = new Date()): { importId: number } {
  if (!actor) throw new AppError("unauthorized", "Sign in to import.");
  if (upload.bytes.length > MAX_IMPORT_BYTES) refuse({ code: "too_large", size: upload.bytes.length, max: MAX_IMPORT_BYTES });
  const csv = readCsv(upload.bytes);
  if (!csv.ok) refuse(csv.problem);
  const table = csv.value;
  const header = readHeader(upload.kind, table.header);
  if (header.missing.length > 0) refuse({ code: "missing_columns", columns: header.missing });
  if (header.duplicated.length > 0) refuse({ code: "duplicate_columns", columns: header.duplicated });
  if (table.records.length === 0) refuse({ code: "no_rows" });
  if (table.records.length > MAX_IMPORT_ROWS) refuse({ code: "too_many_rows", rows: table.records.length, max: MAX_IMPORT_ROWS });
  const sourceIndex = loadSourceIndex(db);
  if (upload.sourceId !== null && !sourceIndex.has(upload.sourceId)) refuse({ code: "unknown_source" });
  if (upload.sourceId === null && !header.positions.has("source")) refuse({ code: "no_source" });

  const ctx: PlanContext = {
    db,
    actor,
    kind: upload.kind,
    positions: header.positions,
    columnCount: table.header.length,
    fileSourceId: upload.sourceId,
    sources: sourceIndex,
    organizations: loadOrganizationIndex(db),
    meetings: upload.kind === "meeting" ? loadMeetingIndex(db) : null,
    seen: new Map(),
  };
  const planRow = upload.kind === "organization" ? planOrganizationRow : planMeetingRow;
  const rows = table.records.map((record) => planRow(ctx, record));

  const fileSha256 = createHash("sha256").update(upload.bytes).digest("hex");
  const notices: FileNotice[] = [];
  if (table.encoding === "windows-1252") notices.push({ code: "windows_1252" });
  if (table.delimiter === ";") notices.push({ code: "semicolons" });
  if (header.unknown.length > 0) notices.push({ code: "unknown_columns", columns: header.unknown });
  const count = (status: ImportRowStatus) => rows.filter((r) => r.status === status).length;

  return db.transaction((tx) => {
    removeExpiredImports(tx, now);
    const earlier = tx
      .select({ id: imports.id, appliedAt: imports.appliedAt })
      .from(imports)
      .where(and(eq(imports.fileSha256, fileSha256), eq(imports.kind, upload.kind), eq(imports.status, "applied")))
      .orderBy(asc(imports.id))
      .all()
      .at(-1);
    if (earlier?.appliedAt) notices.push({ code: "imported_before", importId: earlier.id, appliedAt: earlier.appliedAt.toISOString() });
    const [created] = tx
      .insert(imports)
      .values({
        userId: actor.id,
        kind: upload.kind,
        fileName: upload.fileName.slice(0, 200) || "import.csv",
        fileSha256,
        fileSize: upload.bytes.length,
        encoding: table.encoding,
        delimiter: table.delimiter,
        sourceId: upload.sourceId,
        notices,
        rowCount: rows.length,
        createCount: count("create"),
        updateCount: count("update"),
        unchangedCount: count("unchanged"),
        errorCount: count("error"),
        // Records changed from this moment on may no longer be as the preview saw them.
        createdAt: now,
        expiresAt: new Date(now.getTime() + PREVIEW_TTL_HOURS * 3_600_000),
      })
      .returning({ id: imports.id })
      .all();
    const importId = created!.id;
    for (let i = 0; i < rows.length; i += 200) {
      tx.insert(importRows)
        .values(rows.slice(i, i + 200).map((r) => ({ importId, ...r })))
        .run();
    }
    return { importId };
  });
}

/** Pending imports past their expiry go, with their rows (applied ones stay: history names them). */
function removeExpiredImports(tx: DbExecutor, now: Date): void {
  const expired = tx
    .select({ id: imports.id })
    .from(imports)
    .where(and(eq(imports.status, "pending"), lt(imports.expiresAt, now)))
    .all()
    .map((r) => r.id);
  for (let i = 0; i < expired.length; i += 400) {
    const part = expired.slice(i, i + 400);
    tx.delete(importRows).where(inArray(importRows.importId, part)).run();
    tx.delete(imports).where(inArray(imports.id, part)).run();
  }
}

// ---------------------------------------------------------------- writing

export interface ImportOutcome {
  importId: number;
  created: number;
  updated: number;
  unchanged: number;
}

/** An AppError from the record layer, as the row that met it explains it. */
function rowFailure(row: { line: number; label: string }, error: unknown): unknown {
  if (error instanceof ImportRowError) return error;
  if (error instanceof ConflictError) return new ImportRowError(row.line, row.label, "changed", error.message);
  if (error instanceof AppError) {
    const reason: ApplyFailure = error.code === "forbidden" ? "forbidden" : error.code === "not_found" ? "gone" : "invalid";
    const fields = error.code === "bad_request" && error.details ? Object.values(error.details as Record<string, string>) : [];
    return new ImportRowError(row.line, row.label, reason, [error.publicMessage, ...fields].join(" "));
  }
  return error;
}

/**
 * Writes a pending import of `actor` exactly as previewed, or nothing: any row
 * that fails (refused, invalid, or about a record changed since the preview)
 * rolls back the whole transaction and is named in the error.
 */
export function applyImport(db: Db, actor: Actor | null, importId: number, now = new Date()): ImportOutcome {
  if (!actor) throw new AppError("unauthorized", "Sign in to import.");
  return db.transaction(
    (tx) => {
      const pending = tx.select().from(imports).where(eq(imports.id, importId)).get();
      // Another editor's import is not there for this one.
      if (!pending || pending.userId !== actor.id) throw new AppError("not_found", "There is no such import among yours.");
      if (pending.status === "applied") throw new ImportStateError("applied");
      if (pending.expiresAt <= now) throw new ImportStateError("expired");
      if (pending.errorCount > 0) throw new ImportStateError("has_errors");

      const kind = pending.kind;
      const rows = tx.select().from(importRows).where(eq(importRows.importId, importId)).orderBy(asc(importRows.line)).all();
      // Records added or edited since the preview may now be what a "create" row describes.
      const changedOrganizations = kind === "organization" ? loadOrganizationIndex(tx, pending.createdAt) : null;
      const changedMeetings = kind === "meeting" ? loadMeetingIndex(tx, pending.createdAt) : null;
      const queue = newReindexQueue();
      const options = { importId, reindex: queue };
      const written = new Map<number, { id: number; slug: string }>();

      for (const row of rows) {
        const plan = row.plan as RowPlan;
        try {
          if (row.status === "unchanged") {
            const version = currentVersion(tx, kind, row.recordId!);
            if (version === null) throw new ImportRowError(row.line, row.label, "gone", "The record no longer exists.");
            if (version !== row.recordVersion)
              throw new ImportRowError(row.line, row.label, "changed", "Someone changed this record after your preview.");
          } else if (row.status === "update") {
            const result = updateInTransaction(tx, actor, kind, row.recordId!, row.recordVersion!, plan.input, options);
            written.set(row.line, result);
          } else if (row.status === "create") {
            const fields = plan.input!.fields;
            const match = changedOrganizations
              ? changedOrganizations.match({
                  rorId: (fields.rorId as string | null) ?? null,
                  website: (fields.website as string | null) ?? null,
                  names: [fields.nameEn as string, (fields.nameEs as string | null) ?? null],
                })
              : changedMeetings!.match({
                  slug: plan.input!.slug,
                  titles: [fields.titleEn as string, (fields.titleEs as string | null) ?? null],
                  startDate: (fields.startDate as string | null) ?? null,
                });
            if (match.status !== "none")
              throw new ImportRowError(row.line, row.label, "changed", "A matching record was added or changed after your preview.");
            const result = createInTransaction(tx, actor, kind, plan.input, options);
            written.set(row.line, result);
          } else {
            throw new ImportStateError("has_errors");
          }
        } catch (error) {
          throw rowFailure(row, error);
        }
      }
      reindexQueued(tx, queue);

      tx.update(imports).set({ status: "applied", appliedAt: now }).where(eq(imports.id, importId)).run();
      recordOutcomes(tx, importId, written);
      return {
        importId,
        created: rows.filter((r) => r.status === "create").length,
        updated: rows.filter((r) => r.status === "update").length,
        unchanged: rows.filter((r) => r.status === "unchanged").length,
      };
    },
    { behavior: "immediate" },
  );
}

/**
 * Each row keeps the record it wrote; its planned input and change go, since
 * history now holds them. Created records get their ids here, in chunks of rows
 * per statement (10,000 single updates cost a second).
 */
function recordOutcomes(tx: DbExecutor, importId: number, written: ReadonlyMap<number, { id: number; slug: string }>): void {
  tx.update(importRows)
    .set({ plan: sql`json_set(${importRows.plan}, '$.input', NULL, '$.diff', NULL)` })
    .where(eq(importRows.importId, importId))
    .run();
  const outcomes = [...written];
  for (let i = 0; i < outcomes.length; i += 300) {
    const values = sql.join(
      outcomes.slice(i, i + 300).map(([line, r]) => sql`(${line}, ${r.id}, ${r.slug})`),
      sql`, `,
    );
    tx.run(sql`UPDATE import_rows SET record_id = v.column2, record_slug = v.column3
      FROM (VALUES ${values}) AS v WHERE import_rows.import_id = ${importId} AND import_rows.line = v.column1`);
  }
}

function currentVersion(tx: DbExecutor, kind: ImportKind, id: number): number | null {
  const table = AGGREGATES[kind].table;
  return tx.select({ version: table.version }).from(table).where(eq(table.id, id)).get()?.version ?? null;
}
