/**
 * The search document of each searchable record: its words (names, keywords,
 * body), a label to show, and its facet values. One builder per kind, each
 * reading a whole set of records with a few set-wise queries, so rebuilding
 * 100,000 organizations and re-indexing one saved record run the same code.
 */
import { and, eq, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { DbExecutor } from "@/db/connection";
import {
  agreementParties,
  agreements,
  alternateNames,
  meetingOrganizations,
  meetingPrograms,
  meetings,
  meetingSeries,
  meetingTopics,
  organizations,
  people,
  positions,
  programOrganizations,
  programTopics,
  programs,
  topics,
} from "@/db/schema";
import { yearOf } from "@/lib/format/dates";
import { getState } from "@/lib/geo";
import type { SearchFacet, SearchKind } from "@/lib/vocabulary";

export interface SearchDocument {
  kind: SearchKind;
  recordId: number;
  slug: string;
  labelEn: string;
  labelEs: string | null;
  acronym: string | null;
  country: string | null;
  state: string | null;
  city: string | null;
  date: string | null;
  weight: number;
  names: string;
  keywords: string;
  body: string;
  facets: [SearchFacet, string][];
}

/** Which records to build: all of a kind, or these ids. */
export type IdSet = "all" | readonly number[];

/** Country names in both languages, so "Estados Unidos" or "Mexico" find a country's records. */
const COUNTRY_WORDS: Record<string, string> = {
  US: "United States USA U.S. Estados Unidos EUA EE.UU.",
  MX: "Mexico México",
  "US-MX": "United States Mexico Estados Unidos México binational binacional",
};

function placeWords(city: string | null, state: string | null, country: string | null): string {
  const s = getState(state);
  return [city, s?.nameEn, s && s.nameEs !== s.nameEn ? s.nameEs : null, country ? COUNTRY_WORDS[country] : null].filter(Boolean).join(" ");
}

const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" ");

function which(column: SQLiteColumn, ids: IdSet): SQL | undefined {
  return ids === "all" ? undefined : inArray(column, [...ids]);
}

/** Groups rows by a key into lists. */
function groupBy<T, V>(rows: readonly T[], key: (row: T) => number, value: (row: T) => V): Map<number, V[]> {
  const map = new Map<number, V[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(value(row));
    else map.set(k, [value(row)]);
  }
  return map;
}

function facetList(entries: [SearchFacet, string | number | null | undefined][]): [SearchFacet, string][] {
  const seen = new Set<string>();
  const out: [SearchFacet, string][] = [];
  for (const [facet, value] of entries) {
    if (value === null || value === undefined || value === "") continue;
    const key = `${facet}\u0000${value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([facet, String(value)]);
  }
  return out;
}

function organizationDocuments(db: DbExecutor, ids: IdSet): SearchDocument[] {
  const rows = db
    .select()
    .from(organizations)
    .where(and(isNull(organizations.archivedAt), which(organizations.id, ids)))
    .all();
  if (rows.length === 0) return [];
  const scope = ids === "all" ? "all" : rows.map((r) => r.id);
  const otherNames = groupBy(
    db
      .select({ id: alternateNames.organizationId, name: alternateNames.name })
      .from(alternateNames)
      .where(and(isNotNull(alternateNames.organizationId), which(alternateNames.organizationId, scope)))
      .all(),
    (r) => r.id!,
    (r) => r.name,
  );
  const inPrograms = groupBy(
    db
      .select({ id: programOrganizations.organizationId, programId: programOrganizations.programId })
      .from(programOrganizations)
      .innerJoin(programs, eq(programs.id, programOrganizations.programId))
      .where(and(isNull(programs.archivedAt), which(programOrganizations.organizationId, scope)))
      .all(),
    (r) => r.id,
    (r) => r.programId,
  );
  const atMeetings = groupBy(
    db
      .select({ id: meetingOrganizations.organizationId, meetingId: meetingOrganizations.meetingId, startDate: meetings.startDate })
      .from(meetingOrganizations)
      .innerJoin(meetings, eq(meetings.id, meetingOrganizations.meetingId))
      .where(and(isNull(meetings.archivedAt), which(meetingOrganizations.organizationId, scope)))
      .all(),
    (r) => r.id,
    (r) => r,
  );
  const programScope: IdSet = ids === "all" ? "all" : [...new Set([...inPrograms.values()].flat())];
  const meetingScope: IdSet = ids === "all" ? "all" : [...new Set([...atMeetings.values()].flat().map((m) => m.meetingId))];
  const programTopicIds = groupBy(
    db
      .select({ programId: programTopics.programId, topicId: programTopics.topicId })
      .from(programTopics)
      .where(which(programTopics.programId, programScope))
      .all(),
    (r) => r.programId,
    (r) => r.topicId,
  );
  const meetingTopicIds = groupBy(
    db
      .select({ meetingId: meetingTopics.meetingId, topicId: meetingTopics.topicId })
      .from(meetingTopics)
      .where(which(meetingTopics.meetingId, meetingScope))
      .all(),
    (r) => r.meetingId,
    (r) => r.topicId,
  );
  return rows.map((o) => {
    const programIds = [...new Set(inPrograms.get(o.id) ?? [])];
    const meetingRows = atMeetings.get(o.id) ?? [];
    const topicIds = [
      ...programIds.flatMap((p) => programTopicIds.get(p) ?? []),
      ...meetingRows.flatMap((m) => meetingTopicIds.get(m.meetingId) ?? []),
    ];
    return {
      kind: "organization",
      recordId: o.id,
      slug: o.slug,
      labelEn: o.nameEn,
      labelEs: o.nameEs,
      acronym: o.acronymEn ?? o.acronymEs,
      country: o.country,
      state: o.state,
      city: o.city,
      date: null,
      weight: programIds.length * 3 + new Set(meetingRows.map((m) => m.meetingId)).size,
      names: join(o.nameEn, o.nameEs, o.acronymEn, o.acronymEs, ...(otherNames.get(o.id) ?? [])),
      keywords: placeWords(o.city, o.state, o.country),
      body: join(o.descriptionEn, o.descriptionEs),
      facets: facetList([
        ["country", o.country],
        ["state", o.state],
        ["orgKind", o.kind],
        ...topicIds.map((t): [SearchFacet, number] => ["topic", t]),
        ...programIds.map((p): [SearchFacet, number] => ["program", p]),
        ...meetingRows.map((m): [SearchFacet, number | null] => ["year", yearOf(m.startDate)]),
      ]),
    };
  });
}

function programDocuments(db: DbExecutor, ids: IdSet): SearchDocument[] {
  const rows = db
    .select()
    .from(programs)
    .where(and(isNull(programs.archivedAt), which(programs.id, ids)))
    .all();
  if (rows.length === 0) return [];
  const scope = ids === "all" ? "all" : rows.map((r) => r.id);
  const otherNames = groupBy(
    db
      .select({ id: alternateNames.programId, name: alternateNames.name })
      .from(alternateNames)
      .where(and(isNotNull(alternateNames.programId), which(alternateNames.programId, scope)))
      .all(),
    (r) => r.id!,
    (r) => r.name,
  );
  const members = groupBy(
    db
      .select({ id: programOrganizations.programId, country: organizations.country, state: organizations.state })
      .from(programOrganizations)
      .innerJoin(organizations, eq(organizations.id, programOrganizations.organizationId))
      .where(and(isNull(organizations.archivedAt), which(programOrganizations.programId, scope)))
      .all(),
    (r) => r.id,
    (r) => r,
  );
  const topicIds = groupBy(
    db
      .select({ id: programTopics.programId, topicId: programTopics.topicId })
      .from(programTopics)
      .where(which(programTopics.programId, scope))
      .all(),
    (r) => r.id,
    (r) => r.topicId,
  );
  return rows.map((p) => {
    const orgs = members.get(p.id) ?? [];
    const startYear = yearOf(p.startDate) ?? yearOf(p.announcedOn);
    const endYear = yearOf(p.endDate);
    return {
      kind: "program",
      recordId: p.id,
      slug: p.slug,
      labelEn: p.nameEn,
      labelEs: p.nameEs,
      acronym: p.acronym,
      country: null,
      state: null,
      city: null,
      date: p.startDate ?? p.announcedOn,
      weight: orgs.length,
      names: join(p.nameEn, p.nameEs, p.acronym, ...(otherNames.get(p.id) ?? [])),
      keywords: join(...new Set(orgs.map((o) => placeWords(null, o.state, o.country)))),
      body: join(p.descriptionEn, p.descriptionEs),
      facets: facetList([
        ...orgs.map((o): [SearchFacet, string] => ["country", o.country]),
        ...orgs.map((o): [SearchFacet, string | null] => ["state", o.state]),
        ...(topicIds.get(p.id) ?? []).map((t): [SearchFacet, number] => ["topic", t]),
        ["program", p.id],
        // A program counts in every year it ran, as far as its dates say.
        ...(startYear ? yearsBetween(startYear, endYear ?? startYear) : []).map((y): [SearchFacet, number] => ["year", y]),
      ]),
    };
  });
}

function yearsBetween(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= Math.min(to, from + 50); y++) years.push(y);
  return years;
}

function meetingDocuments(db: DbExecutor, ids: IdSet): SearchDocument[] {
  const rows = db
    .select({ meeting: meetings, seriesEn: meetingSeries.nameEn, seriesEs: meetingSeries.nameEs })
    .from(meetings)
    .leftJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .where(and(isNull(meetings.archivedAt), which(meetings.id, ids)))
    .all();
  if (rows.length === 0) return [];
  const scope = ids === "all" ? "all" : rows.map((r) => r.meeting.id);
  const orgs = groupBy(
    db
      .select({
        id: meetingOrganizations.meetingId,
        role: meetingOrganizations.role,
        nameEn: organizations.nameEn,
        nameEs: organizations.nameEs,
        acronym: organizations.acronymEn,
      })
      .from(meetingOrganizations)
      .innerJoin(organizations, eq(organizations.id, meetingOrganizations.organizationId))
      .where(which(meetingOrganizations.meetingId, scope))
      .all(),
    (r) => r.id,
    (r) => r,
  );
  const topicIds = groupBy(
    db
      .select({ id: meetingTopics.meetingId, topicId: meetingTopics.topicId })
      .from(meetingTopics)
      .where(which(meetingTopics.meetingId, scope))
      .all(),
    (r) => r.id,
    (r) => r.topicId,
  );
  const programIds = groupBy(
    db
      .select({ id: meetingPrograms.meetingId, programId: meetingPrograms.programId })
      .from(meetingPrograms)
      .where(which(meetingPrograms.meetingId, scope))
      .all(),
    (r) => r.id,
    (r) => r.programId,
  );
  return rows.map(({ meeting: m, seriesEn, seriesEs }) => {
    const taking = orgs.get(m.id) ?? [];
    const hosts = taking.filter((o) => o.role === "host" || o.role === "organizer");
    return {
      kind: "meeting",
      recordId: m.id,
      slug: m.slug,
      labelEn: m.titleEn,
      labelEs: m.titleEs,
      acronym: null,
      country: m.country,
      state: m.state,
      city: m.city,
      date: m.startDate,
      weight: m.attendance ?? taking.length,
      names: join(m.titleEn, m.titleEs),
      keywords: join(
        m.venue,
        placeWords(m.city, m.state, m.country),
        seriesEn,
        seriesEs,
        ...hosts.flatMap((h) => [h.nameEn, h.nameEs, h.acronym]),
      ),
      body: join(m.summaryEn, m.summaryEs, m.outcomesEn, m.outcomesEs),
      facets: facetList([
        ["country", m.country],
        ["state", m.state],
        ...(topicIds.get(m.id) ?? []).map((t): [SearchFacet, number] => ["topic", t]),
        ...(programIds.get(m.id) ?? []).map((p): [SearchFacet, number] => ["program", p]),
        ["year", yearOf(m.startDate)],
      ]),
    };
  });
}

function agreementDocuments(db: DbExecutor, ids: IdSet): SearchDocument[] {
  const rows = db
    .select()
    .from(agreements)
    .where(and(isNull(agreements.archivedAt), which(agreements.id, ids)))
    .all();
  if (rows.length === 0) return [];
  const scope = ids === "all" ? "all" : rows.map((r) => r.id);
  const parties = groupBy(
    db
      .select({
        id: agreementParties.agreementId,
        country: organizations.country,
        state: organizations.state,
        nameEn: organizations.nameEn,
        nameEs: organizations.nameEs,
        acronym: organizations.acronymEn,
      })
      .from(agreementParties)
      .innerJoin(organizations, eq(organizations.id, agreementParties.organizationId))
      .where(which(agreementParties.agreementId, scope))
      .all(),
    (r) => r.id,
    (r) => r,
  );
  return rows.map((a) => {
    const sides = parties.get(a.id) ?? [];
    return {
      kind: "agreement",
      recordId: a.id,
      slug: a.slug,
      labelEn: a.titleEn,
      labelEs: a.titleEs,
      acronym: null,
      country: null,
      state: null,
      city: null,
      date: a.signedOn,
      weight: sides.length,
      names: join(a.titleEn, a.titleEs),
      keywords: join(...sides.flatMap((s) => [s.nameEn, s.nameEs, s.acronym])),
      body: join(a.summaryEn, a.summaryEs),
      facets: facetList([
        ...sides.map((s): [SearchFacet, string] => ["country", s.country]),
        ...sides.map((s): [SearchFacet, string | null] => ["state", s.state]),
        ["program", a.establishesProgramId],
        ["year", yearOf(a.signedOn)],
      ]),
    };
  });
}

/** Public people only: the search is public, and private people are for editors' eyes. */
function personDocuments(db: DbExecutor, ids: IdSet): SearchDocument[] {
  const rows = db
    .select()
    .from(people)
    .where(and(isNull(people.archivedAt), eq(people.isPublic, true), which(people.id, ids)))
    .all();
  if (rows.length === 0) return [];
  const scope = ids === "all" ? "all" : rows.map((r) => r.id);
  const held = groupBy(
    db
      .select({
        id: positions.personId,
        titleEn: positions.titleEn,
        titleEs: positions.titleEs,
        nameEn: organizations.nameEn,
        nameEs: organizations.nameEs,
        acronym: organizations.acronymEn,
        country: organizations.country,
      })
      .from(positions)
      .leftJoin(organizations, eq(organizations.id, positions.organizationId))
      .where(which(positions.personId, scope))
      .all(),
    (r) => r.id,
    (r) => r,
  );
  return rows.map((p) => {
    const jobs = held.get(p.id) ?? [];
    return {
      kind: "person",
      recordId: p.id,
      slug: p.slug,
      labelEn: p.name,
      labelEs: null,
      acronym: null,
      country: null,
      state: null,
      city: null,
      date: null,
      weight: jobs.length,
      names: join(p.honorific, p.name),
      keywords: join(...jobs.flatMap((j) => [j.titleEn, j.titleEs, j.nameEn, j.nameEs, j.acronym])),
      body: join(p.bioEn, p.bioEs),
      facets: facetList(jobs.map((j): [SearchFacet, string | null] => ["country", j.country])),
    };
  });
}

function topicDocuments(db: DbExecutor, ids: IdSet): SearchDocument[] {
  return db
    .select({
      topic: topics,
      weight: sql<number>`(SELECT COUNT(*) FROM ${programTopics} WHERE ${programTopics.topicId} = ${topics.id})
        + (SELECT COUNT(*) FROM ${meetingTopics} WHERE ${meetingTopics.topicId} = ${topics.id})`,
    })
    .from(topics)
    .where(and(isNull(topics.archivedAt), which(topics.id, ids)))
    .all()
    .map(({ topic: t, weight }) => ({
      kind: "topic",
      recordId: t.id,
      slug: t.slug,
      labelEn: t.nameEn,
      labelEs: t.nameEs,
      acronym: null,
      country: null,
      state: null,
      city: null,
      date: null,
      weight,
      names: join(t.nameEn, t.nameEs),
      keywords: "",
      body: join(t.descriptionEn, t.descriptionEs),
      facets: facetList([["topic", t.id]]),
    }));
}

const BUILDERS: Record<SearchKind, (db: DbExecutor, ids: IdSet) => SearchDocument[]> = {
  organization: organizationDocuments,
  program: programDocuments,
  meeting: meetingDocuments,
  agreement: agreementDocuments,
  person: personDocuments,
  topic: topicDocuments,
};

/** The documents of these records; records that should not be found (archived, private, gone) have none. */
export function buildSearchDocuments(db: DbExecutor, kind: SearchKind, ids: IdSet): SearchDocument[] {
  if (ids !== "all" && ids.length === 0) return [];
  return BUILDERS[kind](db, ids);
}
