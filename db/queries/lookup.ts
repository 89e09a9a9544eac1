/**
 * Type-ahead for the editors' record pickers: a few records whose name starts
 * with or contains the typed text, case and accents aside.
 */
import { and, asc, isNull, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { agreements, meetingSeries, meetings, organizations, people, programs, sources, topics, type RecordKind } from "@/db/schema";
import { visiblePerson, type Viewer } from "./shared";

export interface LookupResult {
  id: number;
  label: string;
  detail: string | null;
}

const LIMIT = 10;

/** Lower-cased and without the common accents, in SQL, so "mexico" finds "México". */
function folded(column: SQLiteColumn | SQL): SQL {
  return sql`lower(replace(replace(replace(replace(replace(replace(replace(${column}, 'á','a'),'é','e'),'í','i'),'ó','o'),'ú','u'),'ñ','n'),'Á','a'))`;
}

export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export function lookupRecords(kind: RecordKind, query: string, viewer: Viewer): LookupResult[] {
  const q = foldText(query.trim()).slice(0, 100);
  if (!q) return [];
  const pattern = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const like = (column: SQLiteColumn | SQL) => sql`${folded(column)} LIKE ${pattern} ESCAPE '\\'`;
  const db = getDb();
  switch (kind) {
    case "organization":
      return db
        .select({ id: organizations.id, label: organizations.nameEn, detail: organizations.acronymEn })
        .from(organizations)
        .where(
          and(
            isNull(organizations.archivedAt),
            sql`(${like(organizations.nameEn)} OR ${like(sql`coalesce(${organizations.nameEs}, '')`)} OR ${like(sql`coalesce(${organizations.acronymEn}, '')`)})`,
          ),
        )
        .orderBy(asc(organizations.nameEn))
        .limit(LIMIT)
        .all();
    case "program":
      return db
        .select({ id: programs.id, label: programs.nameEn, detail: programs.acronym })
        .from(programs)
        .where(and(isNull(programs.archivedAt), sql`(${like(programs.nameEn)} OR ${like(sql`coalesce(${programs.acronym}, '')`)})`))
        .orderBy(asc(programs.nameEn))
        .limit(LIMIT)
        .all();
    case "meeting":
      return db
        .select({ id: meetings.id, label: meetings.titleEn, detail: meetings.startDate })
        .from(meetings)
        .where(and(isNull(meetings.archivedAt), like(meetings.titleEn)))
        .orderBy(asc(meetings.titleEn))
        .limit(LIMIT)
        .all();
    case "meeting_series":
      return db
        .select({ id: meetingSeries.id, label: meetingSeries.nameEn, detail: sql<null>`NULL` })
        .from(meetingSeries)
        .where(like(meetingSeries.nameEn))
        .limit(LIMIT)
        .all();
    case "agreement":
      return db
        .select({ id: agreements.id, label: agreements.titleEn, detail: agreements.signedOn })
        .from(agreements)
        .where(and(isNull(agreements.archivedAt), like(agreements.titleEn)))
        .limit(LIMIT)
        .all();
    case "person":
      return db
        .select({ id: people.id, label: people.name, detail: people.honorific })
        .from(people)
        .where(and(isNull(people.archivedAt), visiblePerson(people.isPublic, viewer), like(people.name)))
        .orderBy(asc(people.sortName))
        .limit(LIMIT)
        .all();
    case "topic":
      return db
        .select({ id: topics.id, label: topics.nameEn, detail: topics.nameEs })
        .from(topics)
        .where(sql`(${like(topics.nameEn)} OR ${like(topics.nameEs)})`)
        .limit(LIMIT)
        .all();
    case "source":
      return db
        .select({ id: sources.id, label: sources.title, detail: sources.publisher })
        .from(sources)
        .where(sql`(${like(sources.title)} OR ${like(sql`coalesce(${sources.publisher}, '')`)})`)
        .limit(LIMIT)
        .all();
  }
}

/** Labels of the records a form shows, by kind and id. */
export function labelsOf(kind: RecordKind, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const db = getDb();
  const pick = (table: { id: SQLiteColumn }, label: SQLiteColumn) =>
    db
      .select({ id: table.id, label })
      .from(table as never)
      .where(sql`${table.id} IN ${ids}`)
      .all() as { id: number; label: string }[];
  const rows = {
    organization: () => pick(organizations, organizations.nameEn),
    program: () => pick(programs, programs.nameEn),
    meeting: () => pick(meetings, meetings.titleEn),
    meeting_series: () => pick(meetingSeries, meetingSeries.nameEn),
    agreement: () => pick(agreements, agreements.titleEn),
    person: () => pick(people, people.name),
    topic: () => pick(topics, topics.nameEn),
    source: () => pick(sources, sources.title),
  }[kind]();
  return new Map(rows.map((r) => [r.id, r.label]));
}
