/**
 * What a record "is" for editing and history: its editable columns and the link
 * rows it owns (a meeting owns its hosts, participants, people, topics, programs
 * and citations). One spec per kind drives reading a snapshot, writing one back
 * (save and restore) and comparing two (history), so the eight kinds of record
 * share one tested mechanism instead of eight hand-written ones.
 */
import { asc, eq, getTableColumns, sql, type Column } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { DbExecutor } from "./connection";
import { prepared } from "./prepared";
import * as t from "./schema";
import type { RecordKind } from "./schema";
import { statusColumn, TRANSLATED_FIELDS } from "@/lib/vocabulary";

/** A link set: rows of `table` whose `owner` column points at the record. */
export interface LinkSetSpec {
  table: SQLiteTable;
  owner: Column;
  /** Columns (schema keys) a row carries besides the owner, in display order. */
  columns: readonly string[];
}

export interface AggregateSpec {
  kind: RecordKind;
  table: EntityTable;
  /** Editable columns (schema keys). slug, version, timestamps and archivedAt are managed by the engine. */
  fields: readonly string[];
  links: Readonly<Record<string, LinkSetSpec>>;
  /** The record's name for lists of changes. */
  label: (fields: Record<string, unknown>) => string;
}

export type EntityTable =
  | typeof t.organizations
  | typeof t.programs
  | typeof t.meetings
  | typeof t.meetingSeries
  | typeof t.agreements
  | typeof t.people
  | typeof t.topics
  | typeof t.sources;

const certainty = ["uncertain", "uncertaintyNote"] as const;
/** nameEnStatus, nameEsStatus…: each translated field's status per language, saved and versioned with the record. */
const statuses = (kind: RecordKind) => TRANSLATED_FIELDS[kind].flatMap((f) => [statusColumn(f, "en"), statusColumn(f, "es")]);
const evidence = ["sourceId", ...certainty] as const;

const citationsOf = (owner: Column): LinkSetSpec => ({ table: t.citations, owner, columns: ["sourceId", "locator"] });

const str = (v: unknown) => (typeof v === "string" ? v : "");

export const AGGREGATES: Readonly<Record<RecordKind, AggregateSpec>> = {
  organization: {
    kind: "organization",
    table: t.organizations,
    fields: [
      "nameEn",
      "nameEs",
      "acronymEn",
      "acronymEs",
      "kind",
      "country",
      "state",
      "city",
      "latitude",
      "longitude",
      "website",
      "rorId",
      "wikidataId",
      "parentId",
      "descriptionEn",
      "descriptionEs",
      ...certainty,
      ...statuses("organization"),
    ],
    links: {
      alternateNames: { table: t.alternateNames, owner: t.alternateNames.organizationId, columns: ["name", "language", ...evidence] },
      citations: citationsOf(t.citations.organizationId),
    },
    label: (f) => str(f.nameEn),
  },
  program: {
    kind: "program",
    table: t.programs,
    fields: [
      "nameEn",
      "nameEs",
      "acronym",
      "kind",
      "status",
      "announcedOn",
      "startDate",
      "endDate",
      "website",
      "parentId",
      "descriptionEn",
      "descriptionEs",
      ...certainty,
      ...statuses("program"),
    ],
    links: {
      organizations: {
        table: t.programOrganizations,
        owner: t.programOrganizations.programId,
        columns: ["organizationId", "role", "noteEn", "noteEs", ...evidence],
      },
      topics: { table: t.programTopics, owner: t.programTopics.programId, columns: ["topicId", ...evidence] },
      alternateNames: { table: t.alternateNames, owner: t.alternateNames.programId, columns: ["name", "language", ...evidence] },
      citations: citationsOf(t.citations.programId),
    },
    label: (f) => str(f.nameEn),
  },
  meeting: {
    kind: "meeting",
    table: t.meetings,
    fields: [
      "titleEn",
      "titleEs",
      "kind",
      "startDate",
      "endDate",
      "venue",
      "city",
      "state",
      "country",
      "latitude",
      "longitude",
      "seriesId",
      "seriesNumber",
      "attendance",
      "attendanceQualifier",
      "summaryEn",
      "summaryEs",
      "outcomesEn",
      "outcomesEs",
      ...certainty,
      ...statuses("meeting"),
    ],
    links: {
      organizations: {
        table: t.meetingOrganizations,
        owner: t.meetingOrganizations.meetingId,
        columns: ["organizationId", "role", ...evidence],
      },
      people: { table: t.meetingPeople, owner: t.meetingPeople.meetingId, columns: ["personId", "role", "organizationId", ...evidence] },
      topics: { table: t.meetingTopics, owner: t.meetingTopics.meetingId, columns: ["topicId", ...evidence] },
      programs: { table: t.meetingPrograms, owner: t.meetingPrograms.meetingId, columns: ["programId", "relation", ...evidence] },
      citations: citationsOf(t.citations.meetingId),
    },
    label: (f) => str(f.titleEn),
  },
  meeting_series: {
    kind: "meeting_series",
    table: t.meetingSeries,
    fields: [
      "nameEn",
      "nameEs",
      "programId",
      "plannedCount",
      "descriptionEn",
      "descriptionEs",
      ...certainty,
      ...statuses("meeting_series"),
    ],
    links: { citations: citationsOf(t.citations.meetingSeriesId) },
    label: (f) => str(f.nameEn),
  },
  agreement: {
    kind: "agreement",
    table: t.agreements,
    fields: [
      "titleEn",
      "titleEs",
      "kind",
      "signedOn",
      "meetingId",
      "establishesProgramId",
      "summaryEn",
      "summaryEs",
      ...certainty,
      ...statuses("agreement"),
    ],
    links: {
      parties: { table: t.agreementParties, owner: t.agreementParties.agreementId, columns: ["organizationId", ...evidence] },
      signatories: {
        table: t.agreementSignatories,
        owner: t.agreementSignatories.agreementId,
        columns: ["personId", "organizationId", ...evidence],
      },
      ledTo: { table: t.agreementLineage, owner: t.agreementLineage.fromAgreementId, columns: ["toAgreementId", ...evidence] },
      citations: citationsOf(t.citations.agreementId),
    },
    label: (f) => str(f.titleEn),
  },
  person: {
    kind: "person",
    table: t.people,
    fields: ["name", "sortName", "honorific", "isPublic", "bioEn", "bioEs", ...certainty, ...statuses("person")],
    links: {
      positions: {
        table: t.positions,
        owner: t.positions.personId,
        columns: ["titleEn", "titleEs", "organizationId", "startDate", "endDate", ...evidence],
      },
      citations: citationsOf(t.citations.personId),
    },
    label: (f) => str(f.name),
  },
  topic: {
    kind: "topic",
    table: t.topics,
    fields: ["nameEn", "nameEs", "descriptionEn", "descriptionEs", ...certainty, ...statuses("topic")],
    links: { citations: citationsOf(t.citations.topicId) },
    label: (f) => str(f.nameEn),
  },
  source: {
    kind: "source",
    table: t.sources,
    fields: [
      "title",
      "publisher",
      "kind",
      "publishedOn",
      "url",
      "language",
      "archivedCopy",
      "noteEn",
      "noteEs",
      ...certainty,
      ...statuses("source"),
    ],
    links: {},
    label: (f) => str(f.title),
  },
};

/** The whole record as history stores it. Links are sorted so equal records give equal snapshots. */
export interface Snapshot {
  slug: string;
  archived: boolean;
  fields: Record<string, unknown>;
  links: Record<string, Record<string, unknown>[]>;
}

function pick(row: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));
}

function sortRows(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

export function readSnapshot(db: DbExecutor, kind: RecordKind, id: number): Snapshot | null {
  const spec = AGGREGATES[kind];
  const placeholder = sql.placeholder("id");
  const record = prepared(db, `snapshot:${kind}`, () => db.select().from(spec.table).where(eq(spec.table.id, placeholder)).prepare());
  const row = record.get({ id }) as Record<string, unknown> | undefined;
  if (!row) return null;
  const links: Snapshot["links"] = {};
  for (const [name, link] of Object.entries(spec.links)) {
    const query = prepared(db, `snapshot:${kind}:${name}`, () =>
      db.select().from(link.table).where(eq(link.owner, placeholder)).orderBy(asc(link.owner)).prepare(),
    );
    const rows = query.all({ id }) as Record<string, unknown>[];
    links[name] = sortRows(rows.map((r) => pick(r, link.columns)));
  }
  return { slug: String(row.slug), archived: row.archivedAt !== null, fields: pick(row, spec.fields), links };
}

/** A snapshot reduced to what the spec stores, in stored order, so it compares equal to what readSnapshot would give back. */
export function normalizeSnapshot(kind: RecordKind, snapshot: Snapshot): Snapshot {
  const spec = AGGREGATES[kind];
  const links: Snapshot["links"] = {};
  for (const [name, link] of Object.entries(spec.links))
    links[name] = sortRows((snapshot.links[name] ?? []).map((r) => pick(r, link.columns)));
  return { slug: snapshot.slug, archived: snapshot.archived, fields: pick(snapshot.fields, spec.fields), links };
}

/** The schema key of a column, e.g. "meetingId" for meeting_organizations.meeting_id. */
function keyOf(table: SQLiteTable, column: Column): string {
  const entry = Object.entries(getTableColumns(table)).find(([, c]) => c === column);
  if (!entry) throw new Error(`column ${column.name} is not in its table`);
  return entry[0];
}

/** Replaces the record's link rows with those of the snapshot (`created`: it has none yet, so there is nothing to remove). */
export function writeLinks(db: DbExecutor, kind: RecordKind, id: number, links: Snapshot["links"], created = false): void {
  const spec = AGGREGATES[kind];
  for (const [name, link] of Object.entries(spec.links)) {
    const rows = links[name] ?? [];
    if (!created) db.delete(link.table).where(eq(link.owner, id)).run();
    if (rows.length === 0) continue;
    const ownerKey = keyOf(link.table, link.owner);
    // The spec guarantees the keys; Drizzle cannot type a table chosen at run time.
    db.insert(link.table)
      .values(rows.map((r) => ({ ...pick(r, link.columns), [ownerKey]: id })) as never)
      .run();
  }
}
