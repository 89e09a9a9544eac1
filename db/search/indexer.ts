/**
 * Keeps the search index (search_documents, search_facets and the FTS5 table
 * search_text) in step with the records. Saves call `reindexAfterChange` inside
 * their own transaction, so a search never sees a half-saved record and a
 * refused save leaves the index as it was; `rebuildSearchIndex` remakes it all
 * (`npm run search:rebuild`, and at start when an older database has none).
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Snapshot } from "@/db/aggregates";
import type { Db, DbExecutor } from "@/db/connection";
import {
  agreementParties,
  agreementSignatories,
  meetingOrganizations,
  meetingPeople,
  meetingPrograms,
  positions,
  programOrganizations,
  searchDocuments,
  searchFacets,
  type RecordKind,
} from "@/db/schema";
import { SEARCH_KINDS, type SearchKind } from "@/lib/vocabulary";
import { buildSearchDocuments, type SearchDocument } from "./documents";
import { searchDocumentsChanged, searchDocumentsRebuilt } from "./document-table";
import { vocabularyChanged, vocabularyRebuilt } from "./vocabulary";

/** Rows per INSERT: well under SQLite's limit of bound parameters. */
const CHUNK = 400;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A document's kind and facets as search_documents.facet_keys holds them. */
function facetKeysOf(d: SearchDocument): string {
  return [`kind=${d.kind}`, ...d.facets.map(([facet, value]) => `${facet}=${value}`)].join("\t");
}

function insertDocuments(db: DbExecutor, docs: readonly SearchDocument[]): void {
  for (const part of chunks(docs)) {
    const inserted = db
      .insert(searchDocuments)
      .values(
        part.map((d) => ({
          kind: d.kind,
          recordId: d.recordId,
          slug: d.slug,
          labelEn: d.labelEn,
          labelEs: d.labelEs,
          acronym: d.acronym,
          country: d.country,
          state: d.state,
          city: d.city,
          date: d.date,
          weight: d.weight,
          facetKeys: facetKeysOf(d),
        })),
      )
      .returning({ id: searchDocuments.id, kind: searchDocuments.kind, recordId: searchDocuments.recordId })
      .all();
    // RETURNING gives no order guarantee: match rows back by record.
    const idOf = new Map(inserted.map((r) => [`${r.kind}:${r.recordId}`, r.id]));
    const rows = part.map((d) => ({ id: idOf.get(`${d.kind}:${d.recordId}`)!, doc: d }));
    searchDocumentsChanged(rows.map((r) => r.id));
    vocabularyChanged(rows.flatMap(({ doc }) => [doc.names, doc.keywords, doc.body]));
    db.run(
      sql`INSERT INTO search_text (rowid, names, keywords, body) VALUES ${sql.join(
        rows.map(({ id, doc }) => sql`(${id}, ${doc.names}, ${doc.keywords}, ${doc.body})`),
        sql`, `,
      )}`,
    );
    const facets = rows.flatMap(({ id, doc }) => doc.facets.map(([facet, value]) => ({ documentId: id, facet, value })));
    for (const facetPart of chunks(facets)) db.insert(searchFacets).values(facetPart).run();
  }
}

function removeDocuments(db: DbExecutor, kind: SearchKind, recordIds: readonly number[]): void {
  for (const part of chunks(recordIds)) {
    const ids = db
      .select({ id: searchDocuments.id })
      .from(searchDocuments)
      .where(and(eq(searchDocuments.kind, kind), inArray(searchDocuments.recordId, part)))
      .all()
      .map((r) => r.id);
    if (ids.length === 0) continue;
    searchDocumentsChanged(ids);
    db.delete(searchFacets).where(inArray(searchFacets.documentId, ids)).run();
    db.run(sql`DELETE FROM search_text WHERE rowid IN (${sql.join(ids, sql`, `)})`);
    db.delete(searchDocuments).where(inArray(searchDocuments.id, ids)).run();
  }
}

/** Re-reads these records and replaces their documents (removing those that should no longer be found). */
export function reindexRecords(db: DbExecutor, kind: SearchKind, recordIds: readonly number[]): void {
  if (recordIds.length === 0) return;
  removeDocuments(db, kind, recordIds);
  insertDocuments(db, buildSearchDocuments(db, kind, recordIds));
}

export function isSearchKind(kind: string): kind is SearchKind {
  return (SEARCH_KINDS as readonly string[]).includes(kind);
}

/** Snapshot and link-row keys that point at searchable records. */
const REFERENCE_KEYS: Record<string, SearchKind> = {
  organizationId: "organization",
  programId: "program",
  meetingId: "meeting",
  agreementId: "agreement",
  personId: "person",
};

/**
 * Link tables whose rows feed other records' documents: an organization's
 * topics come from its programs and meetings, a program's countries from its
 * members, a meeting's keywords from its hosts, a person's from their positions.
 */
const LINK_TABLES: { table: SQLiteTable; columns: Partial<Record<SearchKind, SQLiteColumn>> }[] = [
  { table: programOrganizations, columns: { program: programOrganizations.programId, organization: programOrganizations.organizationId } },
  { table: meetingOrganizations, columns: { meeting: meetingOrganizations.meetingId, organization: meetingOrganizations.organizationId } },
  { table: meetingPrograms, columns: { meeting: meetingPrograms.meetingId, program: meetingPrograms.programId } },
  { table: meetingPeople, columns: { meeting: meetingPeople.meetingId, person: meetingPeople.personId } },
  { table: agreementParties, columns: { agreement: agreementParties.agreementId, organization: agreementParties.organizationId } },
  { table: agreementSignatories, columns: { agreement: agreementSignatories.agreementId, person: agreementSignatories.personId } },
  { table: positions, columns: { person: positions.personId, organization: positions.organizationId } },
];

/** Records whose search documents are due to be rebuilt, by kind. */
export type ReindexQueue = Map<SearchKind, Set<number>>;

export function newReindexQueue(): ReindexQueue {
  return new Map(SEARCH_KINDS.map((k) => [k, new Set<number>()]));
}

/**
 * Adds to `queue` the records a change touches: the record itself and every
 * record linked to it before or after the change, since their documents
 * (facets, keywords, weights) may have been drawn from it.
 */
export function queueReindex(
  db: DbExecutor,
  queue: ReindexQueue,
  kind: RecordKind,
  id: number,
  snapshots: readonly (Snapshot | null)[],
  created = false,
): void {
  if (isSearchKind(kind)) queue.get(kind)!.add(id);
  for (const snapshot of snapshots) {
    for (const rows of Object.values(snapshot?.links ?? {})) {
      for (const row of rows) {
        for (const [key, target] of Object.entries(REFERENCE_KEYS)) {
          if (typeof row[key] === "number") queue.get(target)!.add(row[key]);
        }
      }
    }
  }
  // Only a record's own links (in its snapshot) can point at one created a moment ago.
  if (isSearchKind(kind) && !created) {
    for (const { table, columns } of LINK_TABLES) {
      const own = columns[kind];
      if (!own) continue;
      for (const [other, column] of Object.entries(columns) as [SearchKind, SQLiteColumn][]) {
        if (other === kind) continue;
        for (const r of db.select({ id: column }).from(table).where(eq(own, id)).all()) {
          if (typeof r.id === "number") queue.get(other)!.add(r.id);
        }
      }
    }
  }
}

/** Rebuilds the documents of every queued record, a chunk of records at a time. */
export function reindexQueued(db: DbExecutor, queue: ReindexQueue): void {
  for (const [kind, ids] of queue) for (const part of chunks([...ids])) reindexRecords(db, kind, part);
  for (const ids of queue.values()) ids.clear();
}

/** After a record was created, changed, archived or deleted: re-index it and the records linked to it. */
export function reindexAfterChange(
  db: DbExecutor,
  kind: RecordKind,
  id: number,
  snapshots: readonly (Snapshot | null)[],
  created = false,
): void {
  const queue = newReindexQueue();
  queueReindex(db, queue, kind, id, snapshots, created);
  reindexQueued(db, queue);
}

/**
 * Empties the index and builds it again from every record, in one transaction
 * (a savepoint inside a caller's). Bulk work, so it uses prepared statements and
 * writes facets in key order: through the query builder, 130,000 documents took
 * over a minute; most of it was building SQL and inserting facets in random order.
 */
export function rebuildSearchIndex(db: Db): { documents: number } {
  const client = db.$client;
  return client.transaction(() => {
    // The whole index goes: it is derived data, rebuilt from the records below.
    client.exec("DELETE FROM search_facets; DELETE FROM search_text; DELETE FROM search_documents;");
    const insertDocument = client.prepare(
      `INSERT INTO search_documents (id, kind, record_id, slug, label_en, label_es, acronym, country, state, city, date, weight, facet_keys)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertText = client.prepare("INSERT INTO search_text (rowid, names, keywords, body) VALUES (?, ?, ?, ?)");
    const facets: [facet: string, value: string, documentId: number][] = [];
    let id = 0;
    for (const kind of SEARCH_KINDS) {
      for (const d of buildSearchDocuments(db, kind, "all")) {
        id++;
        insertDocument.run(
          id,
          d.kind,
          d.recordId,
          d.slug,
          d.labelEn,
          d.labelEs,
          d.acronym,
          d.country,
          d.state,
          d.city,
          d.date,
          d.weight,
          facetKeysOf(d),
        );
        insertText.run(id, d.names, d.keywords, d.body);
        for (const [facet, value] of d.facets) facets.push([facet, value, id]);
      }
    }
    // In primary-key order (facet, value, document), each insert appends to the B-tree.
    facets.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] - b[2]));
    const insertFacet = client.prepare("INSERT INTO search_facets (facet, value, document_id) VALUES (?, ?, ?)");
    for (const row of facets) insertFacet.run(...row);
    // Merge the index's segments once, now, rather than during the first searches.
    client.exec("INSERT INTO search_text (search_text) VALUES ('optimize')");
    searchDocumentsRebuilt();
    vocabularyRebuilt();
    return { documents: id };
  })();
}

/** True when records exist but the index holds nothing (a database from before search existed). */
export function searchIndexIsMissing(db: DbExecutor): boolean {
  const docs =
    db
      .select({ n: sql<number>`COUNT(*)` })
      .from(searchDocuments)
      .get()?.n ?? 0;
  if (docs > 0) return false;
  const records = db.get<{ n: number }>(sql`SELECT (SELECT COUNT(*) FROM organizations) + (SELECT COUNT(*) FROM topics) AS n`);
  return (records?.n ?? 0) > 0;
}
