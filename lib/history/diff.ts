/**
 * What changed between two snapshots of a record (db/aggregates.ts), computed
 * from the same per-kind spec that reads and writes them, so a new field or link
 * set shows up in history the day it is added. Pure: no database, no locale.
 */
import { AGGREGATES, type Snapshot } from "@/db/aggregates";
import type { RecordKind } from "@/db/schema";

export type { RecordKind, Snapshot };

export type LinkRow = Record<string, unknown>;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface LinkSetChange {
  linkSet: string;
  added: LinkRow[];
  removed: LinkRow[];
}

export interface SnapshotDiff {
  fields: FieldChange[];
  links: LinkSetChange[];
  slugChanged?: { before: string; after: string };
  archivedChanged?: { before: boolean; after: boolean };
}

/** Columns that hold the id of another record, and the kind of record they point to. */
const REFERENCE_KEYS: Readonly<Record<string, RecordKind>> = {
  organizationId: "organization",
  personId: "person",
  topicId: "topic",
  programId: "program",
  sourceId: "source",
  seriesId: "meeting_series",
  meetingId: "meeting",
  toAgreementId: "agreement",
  establishesProgramId: "program",
};

/** The kind of record `key` points to in a record of `kind` (parentId nests within its own kind), or null. */
export function referenceTarget(kind: RecordKind, key: string): RecordKind | null {
  if (key === "parentId") return kind === "organization" || kind === "program" ? kind : null;
  return REFERENCE_KEYS[key] ?? null;
}

/** Every record id the snapshots point to, by kind, so labels can be read in one query per kind. */
export function collectReferences(kind: RecordKind, snapshots: readonly (Snapshot | null)[]): Map<RecordKind, Set<number>> {
  const found = new Map<RecordKind, Set<number>>();
  const add = (row: LinkRow) => {
    for (const [key, value] of Object.entries(row)) {
      const target = referenceTarget(kind, key);
      if (target === null || typeof value !== "number") continue;
      const ids = found.get(target) ?? new Set<number>();
      ids.add(value);
      found.set(target, ids);
    }
  };
  for (const snapshot of snapshots) {
    if (!snapshot) continue;
    add(snapshot.fields);
    for (const rows of Object.values(snapshot.links)) rows.forEach(add);
  }
  return found;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** A new record's defaults (empty text, "not uncertain") are not news; only what was filled in is. */
function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "" || value === false;
}

/** A row's identity is its whole content, in the spec's column order, so key order in stored JSON does not matter. */
function rowKey(row: LinkRow, columns: readonly string[]): string {
  return JSON.stringify(columns.map((c) => row[c] ?? null));
}

function diffRows(
  before: readonly LinkRow[],
  after: readonly LinkRow[],
  columns: readonly string[],
): { added: LinkRow[]; removed: LinkRow[] } {
  // A multiset difference: two identical rows on one side and one on the other is one removal.
  const remaining = new Map<string, LinkRow[]>();
  for (const row of before) {
    const key = rowKey(row, columns);
    remaining.set(key, [...(remaining.get(key) ?? []), row]);
  }
  const added: LinkRow[] = [];
  for (const row of after) {
    const matches = remaining.get(rowKey(row, columns));
    if (matches && matches.length > 0) matches.pop();
    else added.push(row);
  }
  return { added, removed: [...remaining.values()].flat() };
}

/**
 * Fields in the spec's order, then link sets in the spec's order, each only when
 * it changed. A changed link row is reported as one removal and one addition.
 * `before` is null for the revision that created the record.
 */
export function diffSnapshots(kind: RecordKind, before: Snapshot | null, after: Snapshot): SnapshotDiff {
  const spec = AGGREGATES[kind];
  const fields: FieldChange[] = [];
  for (const field of spec.fields) {
    const a = before ? (before.fields[field] ?? null) : null;
    const b = after.fields[field] ?? null;
    if (before === null ? isBlank(b) : sameValue(a, b)) continue;
    fields.push({ field, before: a, after: b });
  }
  const links: LinkSetChange[] = [];
  for (const [linkSet, link] of Object.entries(spec.links)) {
    const { added, removed } = diffRows(before?.links[linkSet] ?? [], after.links[linkSet] ?? [], link.columns);
    if (added.length > 0 || removed.length > 0) links.push({ linkSet, added, removed });
  }
  const diff: SnapshotDiff = { fields, links };
  if (before && before.slug !== after.slug) diff.slugChanged = { before: before.slug, after: after.slug };
  if (before && before.archived !== after.archived) diff.archivedChanged = { before: before.archived, after: after.archived };
  return diff;
}

export function isEmptyDiff(diff: SnapshotDiff): boolean {
  return diff.fields.length === 0 && diff.links.length === 0 && !diff.slugChanged && !diff.archivedChanged;
}

/** The columns of one link set of a kind, in display order (empty for an unknown set). */
export function linkColumns(kind: RecordKind, linkSet: string): readonly string[] {
  return AGGREGATES[kind].links[linkSet]?.columns ?? [];
}
