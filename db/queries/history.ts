/**
 * The history of records as pages show it: revisions of one record, one revision
 * with its snapshots, site-wide recent changes, and readable labels for the ids a
 * snapshot holds. Private people stay private here too: their names never leave
 * this module for a viewer who may not see them.
 */
import { and, count, desc, eq, inArray } from "drizzle-orm";
import { AGGREGATES, type Snapshot } from "@/db/aggregates";
import { canEditRecord, type Actor } from "@/db/authorize";
import { getDb } from "@/db/client";
import {
  agreements,
  imports,
  meetingSeries,
  meetings,
  organizations,
  people,
  programs,
  RECORD_KINDS,
  revisions,
  sources,
  topics,
  users,
  type RecordKind,
  type Revision,
} from "@/db/schema";
import { collectReferences } from "@/lib/history/diff";
import { bilingual, offsetOf, pageOf, PUBLIC_VIEWER, type Bilingual, type Page, type PageRequest, type Viewer } from "./shared";

/** The kinds a change can be filtered by (every kind of record keeps history). */
export const CHANGE_KINDS = RECORD_KINDS;
export type RevisionAction = Revision["action"];

/** Signed-in editors see private people; everyone else sees the public record. */
export function viewerFor(actor: Actor | null): Viewer {
  return actor ? { canSeePrivatePeople: true } : PUBLIC_VIEWER;
}

/** Whether to offer "Restore this version"; restoreRevision checks again when it runs. */
export function canRestore(actor: Actor | null, kind: RecordKind, recordId: number): boolean {
  return canEditRecord(getDb(), actor, "restore", kind, recordId);
}

// ---------------------------------------------------------------- names of records

interface NamedRecord {
  id: number;
  slug: string;
  name: Bilingual;
  acronym: Bilingual | null;
  isPublic: boolean;
}

/** One query per kind: the names of the given records. */
const NAMES_OF: Readonly<Record<RecordKind, (ids: number[]) => NamedRecord[]>> = {
  organization: (ids) =>
    getDb()
      .select({
        id: organizations.id,
        slug: organizations.slug,
        nameEn: organizations.nameEn,
        nameEs: organizations.nameEs,
        acronymEn: organizations.acronymEn,
        acronymEs: organizations.acronymEs,
      })
      .from(organizations)
      .where(inArray(organizations.id, ids))
      .all()
      .map((r) => ({
        id: r.id,
        slug: r.slug,
        name: bilingual(r.nameEn, r.nameEs),
        acronym: bilingual(r.acronymEn, r.acronymEs),
        isPublic: true,
      })),
  program: (ids) =>
    getDb()
      .select({ id: programs.id, slug: programs.slug, nameEn: programs.nameEn, nameEs: programs.nameEs, acronym: programs.acronym })
      .from(programs)
      .where(inArray(programs.id, ids))
      .all()
      .map((r) => ({
        id: r.id,
        slug: r.slug,
        name: bilingual(r.nameEn, r.nameEs),
        acronym: bilingual(r.acronym, r.acronym),
        isPublic: true,
      })),
  meeting: (ids) =>
    getDb()
      .select({ id: meetings.id, slug: meetings.slug, en: meetings.titleEn, es: meetings.titleEs })
      .from(meetings)
      .where(inArray(meetings.id, ids))
      .all()
      .map((r) => ({ id: r.id, slug: r.slug, name: bilingual(r.en, r.es), acronym: null, isPublic: true })),
  meeting_series: (ids) =>
    getDb()
      .select({ id: meetingSeries.id, slug: meetingSeries.slug, en: meetingSeries.nameEn, es: meetingSeries.nameEs })
      .from(meetingSeries)
      .where(inArray(meetingSeries.id, ids))
      .all()
      .map((r) => ({ id: r.id, slug: r.slug, name: bilingual(r.en, r.es), acronym: null, isPublic: true })),
  agreement: (ids) =>
    getDb()
      .select({ id: agreements.id, slug: agreements.slug, en: agreements.titleEn, es: agreements.titleEs })
      .from(agreements)
      .where(inArray(agreements.id, ids))
      .all()
      .map((r) => ({ id: r.id, slug: r.slug, name: bilingual(r.en, r.es), acronym: null, isPublic: true })),
  person: (ids) =>
    getDb()
      .select({ id: people.id, slug: people.slug, name: people.name, honorific: people.honorific, isPublic: people.isPublic })
      .from(people)
      .where(inArray(people.id, ids))
      .all()
      .map((r) => {
        const name = r.honorific ? `${r.honorific} ${r.name}` : r.name;
        return { id: r.id, slug: r.slug, name: bilingual(name, name), acronym: null, isPublic: r.isPublic };
      }),
  topic: (ids) =>
    getDb()
      .select({ id: topics.id, slug: topics.slug, en: topics.nameEn, es: topics.nameEs })
      .from(topics)
      .where(inArray(topics.id, ids))
      .all()
      .map((r) => ({ id: r.id, slug: r.slug, name: bilingual(r.en, r.es), acronym: null, isPublic: true })),
  source: (ids) =>
    getDb()
      .select({ id: sources.id, slug: sources.slug, title: sources.title })
      .from(sources)
      .where(inArray(sources.id, ids))
      .all()
      .map((r) => ({ id: r.id, slug: r.slug, name: bilingual(r.title, r.title), acronym: null, isPublic: true })),
};

function namesOf(kind: RecordKind, ids: number[]): NamedRecord[] {
  return ids.length === 0 ? [] : NAMES_OF[kind](ids);
}

// ---------------------------------------------------------------- the record whose history is shown

export interface HistoryRecord {
  kind: RecordKind;
  id: number;
  slug: string;
  version: number;
  name: Bilingual;
  archived: boolean;
}

/** The record a history page is about; null when unknown, or a private person the viewer may not see. */
export function getHistoryRecord(kind: RecordKind, slug: string, viewer: Viewer): HistoryRecord | null {
  const table = AGGREGATES[kind].table;
  const row = getDb()
    .select({ id: table.id, slug: table.slug, version: table.version, archivedAt: table.archivedAt })
    .from(table)
    .where(eq(table.slug, slug))
    .get();
  if (!row) return null;
  const named = namesOf(kind, [row.id])[0];
  if (!named || (!named.isPublic && !viewer.canSeePrivatePeople)) return null;
  return { kind, id: row.id, slug: row.slug, version: row.version, name: named.name, archived: row.archivedAt !== null };
}

// ---------------------------------------------------------------- revisions

export interface RevisionSummary {
  id: number;
  recordKind: RecordKind;
  recordId: number;
  version: number;
  action: RevisionAction;
  /** What the record was called after the change. */
  label: string;
  /** The editor's name, or the part of their email before the @ (the address itself is never shown). */
  author: string;
  createdAt: Date;
  restoredFromId: number | null;
  /** The spreadsheet the change was imported from, if it was. */
  importFile: string | null;
}

export interface RevisionDetail extends RevisionSummary {
  before: Snapshot | null;
  after: Snapshot;
}

function authorName(name: string | null, email: string): string {
  return name?.trim() || email.split("@")[0] || email;
}

const summaryColumns = {
  id: revisions.id,
  recordKind: revisions.recordKind,
  recordId: revisions.recordId,
  version: revisions.version,
  action: revisions.action,
  label: revisions.label,
  createdAt: revisions.createdAt,
  restoredFromId: revisions.restoredFromId,
  importFile: imports.fileName,
  userName: users.name,
  userEmail: users.email,
};

function toSummary<T extends { userName: string | null; userEmail: string }>(
  row: T,
): Omit<T, "userName" | "userEmail"> & { author: string } {
  const { userName, userEmail, ...rest } = row;
  return { ...rest, author: authorName(userName, userEmail) };
}

/** Every revision of one record, newest first. */
export function listRevisionsOf(kind: RecordKind, recordId: number): RevisionSummary[] {
  return getDb()
    .select(summaryColumns)
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.userId))
    .leftJoin(imports, eq(imports.id, revisions.importId))
    .where(and(eq(revisions.recordKind, kind), eq(revisions.recordId, recordId)))
    .orderBy(desc(revisions.version))
    .all()
    .map(toSummary);
}

export function getRevision(id: number): RevisionDetail | null {
  const row = getDb()
    .select({ ...summaryColumns, before: revisions.before, after: revisions.after })
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.userId))
    .leftJoin(imports, eq(imports.id, revisions.importId))
    .where(eq(revisions.id, id))
    .get();
  if (!row) return null;
  const { before, after, ...rest } = row;
  return { ...toSummary(rest), before: (before ?? null) as Snapshot | null, after: after as Snapshot };
}

// ---------------------------------------------------------------- labels for the ids in snapshots

export interface ReferenceLabel {
  /** Null when the record is a private person the viewer may not see. */
  name: Bilingual | null;
  acronym: Bilingual | null;
  /** Null with `name` when hidden. */
  slug: string | null;
  hidden: boolean;
}

/** Labels by kind and id; an id missing here points to a record that no longer exists. */
export type ReferenceLabels = Partial<Record<RecordKind, Record<number, ReferenceLabel>>>;

/**
 * Names every record the snapshots of a `kind` record point to (organizations,
 * people, topics, sources…), with one query per kind of record referenced.
 */
export function labelReferences(kind: RecordKind, snapshots: readonly (Snapshot | null)[], viewer: Viewer): ReferenceLabels {
  const labels: ReferenceLabels = {};
  for (const [target, ids] of collectReferences(kind, snapshots)) {
    const byId: Record<number, ReferenceLabel> = {};
    for (const r of namesOf(target, [...ids])) {
      const hidden = !r.isPublic && !viewer.canSeePrivatePeople;
      byId[r.id] = hidden
        ? { name: null, acronym: null, slug: null, hidden: true }
        : { name: r.name, acronym: r.acronym, slug: r.slug, hidden: false };
    }
    labels[target] = byId;
  }
  return labels;
}

// ---------------------------------------------------------------- recent changes

export interface RecentChange {
  id: number;
  recordKind: RecordKind;
  recordId: number;
  version: number;
  action: RevisionAction;
  /** Null when the record is a private person the viewer may not see. */
  label: string | null;
  hidden: boolean;
  /** The record's current address; null when hidden or when the record no longer exists. */
  slug: string | null;
  author: string;
  createdAt: Date;
  importFile: string | null;
}

export interface RecentChangesRequest extends PageRequest {
  kind?: RecordKind;
}

/** Changes to every record, newest first. */
export function listRecentChanges(req: RecentChangesRequest, viewer: Viewer = PUBLIC_VIEWER): Page<RecentChange> {
  const db = getDb();
  const where = req.kind ? eq(revisions.recordKind, req.kind) : undefined;
  const total = db.select({ n: count() }).from(revisions).where(where).get()?.n ?? 0;
  const rows = db
    .select(summaryColumns)
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.userId))
    .leftJoin(imports, eq(imports.id, revisions.importId))
    .where(where)
    .orderBy(desc(revisions.createdAt), desc(revisions.id))
    .limit(req.pageSize)
    .offset(offsetOf(req))
    .all();

  // The current address and visibility of the records on this page: one query per kind.
  const current = new Map<string, NamedRecord>();
  for (const kind of new Set(rows.map((r) => r.recordKind))) {
    const ids = [...new Set(rows.filter((r) => r.recordKind === kind).map((r) => r.recordId))];
    for (const named of namesOf(kind, ids)) current.set(`${kind}:${named.id}`, named);
  }

  const items = rows.map((row): RecentChange => {
    const named = current.get(`${row.recordKind}:${row.recordId}`);
    // A person no longer in the database may have been private: treated as such.
    const hidden = row.recordKind === "person" && !viewer.canSeePrivatePeople && named?.isPublic !== true;
    return {
      id: row.id,
      recordKind: row.recordKind,
      recordId: row.recordId,
      version: row.version,
      action: row.action,
      label: hidden ? null : row.label,
      hidden,
      slug: hidden ? null : (named?.slug ?? null),
      author: authorName(row.userName, row.userEmail),
      createdAt: row.createdAt,
      importFile: row.importFile,
    };
  });
  return pageOf(items, total, req);
}
