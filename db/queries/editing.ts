/**
 * What an edit form needs: the record as a snapshot with its version, and the
 * names of the records it links to.
 */
import { eq } from "drizzle-orm";
import { AGGREGATES, readSnapshot, type Snapshot } from "@/db/aggregates";
import { canEditRecord, type Actor, type RecordAction } from "@/db/authorize";
import { getDb } from "@/db/client";
import type { RecordKind } from "@/db/schema";
import { labelsOf } from "./lookup";

export interface RecordForEditing {
  id: number;
  version: number;
  snapshot: Snapshot;
}

export function getRecordForEditing(kind: RecordKind, slug: string): RecordForEditing | null {
  const db = getDb();
  const table = AGGREGATES[kind].table;
  const row = db.select({ id: table.id, version: table.version }).from(table).where(eq(table.slug, slug)).get();
  if (!row) return null;
  return { id: row.id, version: row.version, snapshot: readSnapshot(db, kind, row.id)! };
}

/** Which kind of record each reference column points to, for naming ids in forms. */
export const REFERENCE_KINDS: Record<string, RecordKind> = {
  organizationId: "organization",
  parentId: "organization",
  personId: "person",
  topicId: "topic",
  programId: "program",
  establishesProgramId: "program",
  sourceId: "source",
  seriesId: "meeting_series",
  meetingId: "meeting",
  toAgreementId: "agreement",
};

/** "kind:id" → name, for every id the values mention. Program parents are programs, not organizations. */
export function labelReferencedRecords(kind: RecordKind, values: Record<string, string>): Record<string, string> {
  const byKind = new Map<RecordKind, Set<number>>();
  for (const [key, value] of Object.entries(values)) {
    const column = key.split(".").at(-1)!;
    let target = REFERENCE_KINDS[column];
    if (column === "parentId" && kind === "program") target = "program";
    const id = Number(value);
    if (!target || !value || !Number.isInteger(id)) continue;
    byKind.set(target, (byKind.get(target) ?? new Set()).add(id));
  }
  const labels: Record<string, string> = {};
  for (const [target, ids] of byKind) for (const [id, label] of labelsOf(target, [...ids])) labels[`${target}:${id}`] = label;
  return labels;
}

export function mayEdit(actor: Actor | null, action: RecordAction, kind: RecordKind, id?: number): boolean {
  return canEditRecord(getDb(), actor, action, kind, id);
}
