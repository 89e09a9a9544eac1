import { and, asc, count, desc, eq, inArray, isNull, ne, sql, type SQL } from "drizzle-orm";
import { alias, unionAll } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import {
  alternateNames,
  meetingOrganizations,
  meetingTopics,
  meetings,
  organizations,
  people,
  positions,
  programOrganizations,
  programTopics,
  programs,
  topics,
} from "@/db/schema";
import type { Country, MeetingOrganizationRole, OrganizationKind, ProgramOrganizationRole } from "@/lib/vocabulary";
import { listCitations, type Citation } from "./citations";
import {
  bilingual,
  offsetOf,
  pageOf,
  pluckFirstColumn,
  visiblePerson,
  type Bilingual,
  type Certainty,
  type Page,
  type PageRequest,
  type Viewer,
} from "./shared";
import {
  meetingSummaryColumns,
  organizationSummaryColumns,
  personSummaryColumns,
  programSummaryColumns,
  topicSummaryColumns,
  toMeetingSummary,
  toOrganizationSummary,
  toProgramSummary,
  toTopicSummary,
  type MeetingSummary,
  type OrganizationSummary,
  type PersonSummary,
  type ProgramSummary,
  type TopicSummary,
} from "./summaries";

export interface OrganizationFilters {
  country?: Country;
  kind?: OrganizationKind;
  state?: string;
  /** Topic slug: organizations in a program or at a meeting on that topic. */
  topic?: string;
  /** Program slug: organizations taking part in it. */
  program?: string;
  /** Organizations at a meeting that started that year (as the search's year facet). */
  year?: number;
}

/**
 * Topic of an organization = topics of its programs and of the meetings it took
 * part in. Written as one IN (…) set rather than EXISTS per row: SQLite builds the
 * set once, which on 100,000 organizations is the difference between 1 s and 50 ms.
 */
function worksOnTopic(topicSlug: string): SQL {
  const topicId = sql`(SELECT ${topics.id} FROM ${topics} WHERE ${topics.slug} = ${topicSlug})`;
  return sql`${organizations.id} IN (
    SELECT ${programOrganizations.organizationId} FROM ${programOrganizations}
      JOIN ${programTopics} ON ${programTopics.programId} = ${programOrganizations.programId}
      WHERE ${programTopics.topicId} = ${topicId}
    UNION
    SELECT ${meetingOrganizations.organizationId} FROM ${meetingOrganizations}
      JOIN ${meetingTopics} ON ${meetingTopics.meetingId} = ${meetingOrganizations.meetingId}
      WHERE ${meetingTopics.topicId} = ${topicId})`;
}

function inProgram(programSlug: string): SQL {
  return sql`${organizations.id} IN (
    SELECT ${programOrganizations.organizationId} FROM ${programOrganizations}
      JOIN ${programs} ON ${programs.id} = ${programOrganizations.programId}
      WHERE ${programs.slug} = ${programSlug})`;
}

function metInYear(year: number): SQL {
  return sql`${organizations.id} IN (
    SELECT ${meetingOrganizations.organizationId} FROM ${meetingOrganizations}
      JOIN ${meetings} ON ${meetings.id} = ${meetingOrganizations.meetingId}
      WHERE substr(${meetings.startDate}, 1, 4) = ${String(year)} AND ${meetings.archivedAt} IS NULL)`;
}

export function organizationConditions(f: OrganizationFilters, except?: keyof OrganizationFilters): SQL | undefined {
  return and(
    isNull(organizations.archivedAt),
    f.country && except !== "country" ? eq(organizations.country, f.country) : undefined,
    f.kind && except !== "kind" ? eq(organizations.kind, f.kind) : undefined,
    f.state && except !== "state" ? eq(organizations.state, f.state) : undefined,
    f.topic && except !== "topic" ? worksOnTopic(f.topic) : undefined,
    f.program && except !== "program" ? inProgram(f.program) : undefined,
    f.year && except !== "year" ? metInYear(f.year) : undefined,
  );
}

/** Alphabetical as readers expect; the id settles equal names so pages and exports never disagree. */
const organizationOrder = [sql`${organizations.nameEn} COLLATE NOCASE`, asc(organizations.id)];

export function listOrganizations(filters: OrganizationFilters, req: PageRequest): Page<OrganizationSummary> {
  const db = getDb();
  const where = organizationConditions(filters);
  const total = db.select({ n: count() }).from(organizations).where(where).get()?.n ?? 0;
  const rows = db
    .select(organizationSummaryColumns)
    .from(organizations)
    .where(where)
    .orderBy(...organizationOrder)
    .limit(req.pageSize)
    .offset(offsetOf(req))
    .all();
  return pageOf(rows.map(toOrganizationSummary), total, req);
}

/**
 * Every organization the filters select, in list order, as ids only: an export
 * reads them once (a consistent set) and then the records a chunk at a time.
 */
export function listOrganizationIds(filters: OrganizationFilters): number[] {
  const db = getDb();
  return pluckFirstColumn(
    db.$client,
    db
      .select({ id: organizations.id })
      .from(organizations)
      .where(organizationConditions(filters))
      .orderBy(...organizationOrder),
  );
}

/** The organizations with these ids, in the order of `ids`. */
export function listOrganizationsByIds(ids: readonly number[]): OrganizationSummary[] {
  if (ids.length === 0) return [];
  const rows = getDb()
    .select(organizationSummaryColumns)
    .from(organizations)
    .where(inArray(organizations.id, [...ids]))
    .all();
  const byId = new Map(rows.map((r) => [r.id, toOrganizationSummary(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface FacetCount {
  value: string;
  count: number;
}

/** How many organizations each filter value would give, the other filters applied. */
export function countOrganizationFacets(filters: OrganizationFilters): Record<"country" | "kind" | "state", FacetCount[]> {
  const db = getDb();
  const facet = (
    column: typeof organizations.country | typeof organizations.kind | typeof organizations.state,
    key: "country" | "kind" | "state",
  ) =>
    db
      .select({ value: column, count: count() })
      .from(organizations)
      .where(and(organizationConditions(filters, key), sql`${column} IS NOT NULL`))
      .groupBy(column)
      .orderBy(asc(column))
      .all()
      .map((r) => ({ value: String(r.value), count: r.count }));
  return {
    country: facet(organizations.country, "country"),
    kind: facet(organizations.kind, "kind"),
    state: facet(organizations.state, "state"),
  };
}

export interface AlternateName {
  name: string;
  language: "en" | "es";
  uncertain: boolean;
  uncertaintyNote: string | null;
}

export interface OrganizationProfile extends OrganizationSummary, Certainty {
  website: string | null;
  rorId: string | null;
  wikidataId: string | null;
  latitude: number | null;
  longitude: number | null;
  description: Bilingual;
  archivedAt: Date | null;
  updatedAt: Date;
  parent: OrganizationSummary | null;
  children: OrganizationSummary[];
  alternateNames: AlternateName[];
  programs: (ProgramSummary & { role: ProgramOrganizationRole; note: Bilingual } & Certainty)[];
  meetings: (MeetingSummary & { roles: MeetingOrganizationRole[] })[];
  people: (PersonSummary & { title: Bilingual; startDate: string | null; endDate: string | null })[];
  topics: TopicSummary[];
  collaborators: Collaborator[];
  citations: Citation[];
}

export function getOrganizationBySlug(slug: string, viewer: Viewer): OrganizationProfile | null {
  const db = getDb();
  const org = db.select().from(organizations).where(eq(organizations.slug, slug)).get();
  if (!org) return null;
  const parent = org.parentId
    ? db.select(organizationSummaryColumns).from(organizations).where(eq(organizations.id, org.parentId)).get()
    : undefined;
  const children = db
    .select(organizationSummaryColumns)
    .from(organizations)
    .where(and(eq(organizations.parentId, org.id), isNull(organizations.archivedAt)))
    .orderBy(asc(organizations.nameEn))
    .all();

  return {
    ...toOrganizationSummary(org),
    uncertaintyNote: org.uncertaintyNote,
    website: org.website,
    rorId: org.rorId,
    wikidataId: org.wikidataId,
    latitude: org.latitude,
    longitude: org.longitude,
    description: bilingual(org.descriptionEn, org.descriptionEs),
    archivedAt: org.archivedAt,
    updatedAt: org.updatedAt,
    parent: parent ? toOrganizationSummary(parent) : null,
    children: children.map(toOrganizationSummary),
    alternateNames: db
      .select({
        name: alternateNames.name,
        language: alternateNames.language,
        uncertain: alternateNames.uncertain,
        uncertaintyNote: alternateNames.uncertaintyNote,
      })
      .from(alternateNames)
      .where(eq(alternateNames.organizationId, org.id))
      .all(),
    programs: listProgramsOfOrganization(org.id),
    meetings: listMeetingsOfOrganization(org.id),
    people: listPeopleOfOrganization(org.id, viewer),
    topics: listTopicsOfOrganization(org.id),
    collaborators: listCollaborators(org),
    citations: listCitations("organization", org.id),
  };
}

function listProgramsOfOrganization(organizationId: number) {
  return getDb()
    .select({
      ...programSummaryColumns,
      role: programOrganizations.role,
      noteEn: programOrganizations.noteEn,
      noteEs: programOrganizations.noteEs,
      linkUncertain: programOrganizations.uncertain,
      linkNote: programOrganizations.uncertaintyNote,
    })
    .from(programOrganizations)
    .innerJoin(programs, eq(programs.id, programOrganizations.programId))
    .where(and(eq(programOrganizations.organizationId, organizationId), isNull(programs.archivedAt)))
    .orderBy(asc(programs.nameEn))
    .all()
    .map((r) => ({
      ...toProgramSummary(r),
      role: r.role,
      note: bilingual(r.noteEn, r.noteEs),
      uncertain: r.linkUncertain,
      uncertaintyNote: r.linkNote,
    }));
}

function listMeetingsOfOrganization(organizationId: number) {
  const rows = getDb()
    .select({ ...meetingSummaryColumns, role: meetingOrganizations.role })
    .from(meetingOrganizations)
    .innerJoin(meetings, eq(meetings.id, meetingOrganizations.meetingId))
    .where(and(eq(meetingOrganizations.organizationId, organizationId), isNull(meetings.archivedAt)))
    .orderBy(sql`${meetings.startDate} DESC NULLS LAST`)
    .all();
  // One row per meeting, with every role the organization had there (host and participant).
  const byId = new Map<number, MeetingSummary & { roles: MeetingOrganizationRole[] }>();
  for (const r of rows) {
    const existing = byId.get(r.id);
    if (existing) existing.roles.push(r.role);
    else byId.set(r.id, { ...toMeetingSummary(r), roles: [r.role] });
  }
  return [...byId.values()];
}

function listPeopleOfOrganization(organizationId: number, viewer: Viewer) {
  return getDb()
    .select({
      ...personSummaryColumns,
      titleEn: positions.titleEn,
      titleEs: positions.titleEs,
      startDate: positions.startDate,
      endDate: positions.endDate,
    })
    .from(positions)
    .innerJoin(people, eq(people.id, positions.personId))
    .where(and(eq(positions.organizationId, organizationId), isNull(people.archivedAt), visiblePerson(people.isPublic, viewer)))
    .orderBy(asc(people.sortName))
    .all()
    .map(({ titleEn, titleEs, ...r }) => ({ ...r, title: bilingual(titleEn, titleEs) }));
}

function listTopicsOfOrganization(organizationId: number): TopicSummary[] {
  return getDb()
    .selectDistinct(topicSummaryColumns)
    .from(topics)
    .where(
      sql`${topics.id} IN (
        SELECT ${programTopics.topicId} FROM ${programTopics}
          JOIN ${programOrganizations} ON ${programOrganizations.programId} = ${programTopics.programId}
          WHERE ${programOrganizations.organizationId} = ${organizationId}
        UNION
        SELECT ${meetingTopics.topicId} FROM ${meetingTopics}
          JOIN ${meetingOrganizations} ON ${meetingOrganizations.meetingId} = ${meetingTopics.meetingId}
          WHERE ${meetingOrganizations.organizationId} = ${organizationId})`,
    )
    .orderBy(asc(topics.nameEn))
    .all()
    .map(toTopicSummary);
}

export interface Collaborator extends OrganizationSummary {
  sharedPrograms: number;
  sharedMeetings: number;
}

/**
 * Organizations that share a program or a meeting with this one: the other
 * country first (the directory exists to cross the border), then by how much
 * history they share.
 */
export function listCollaborators(org: { id: number; country: Country; parentId: number | null }, limit = 50): Collaborator[] {
  const db = getDb();
  const { id: organizationId, country } = org;
  const other = alias(programOrganizations, "other_po");
  const otherMeeting = alias(meetingOrganizations, "other_mo");
  const viaPrograms = db
    .select({
      organizationId: sql<number>`${other.organizationId}`.as("organization_id"),
      programs: sql<number>`COUNT(DISTINCT ${other.programId})`.as("programs"),
      meetings: sql<number>`0`.as("meetings"),
    })
    .from(programOrganizations)
    .innerJoin(other, eq(other.programId, programOrganizations.programId))
    .where(and(eq(programOrganizations.organizationId, organizationId), ne(other.organizationId, organizationId)))
    .groupBy(other.organizationId);
  const viaMeetings = db
    .select({
      organizationId: sql<number>`${otherMeeting.organizationId}`.as("organization_id"),
      programs: sql<number>`0`.as("programs"),
      meetings: sql<number>`COUNT(DISTINCT ${otherMeeting.meetingId})`.as("meetings"),
    })
    .from(meetingOrganizations)
    .innerJoin(otherMeeting, eq(otherMeeting.meetingId, meetingOrganizations.meetingId))
    .where(and(eq(meetingOrganizations.organizationId, organizationId), ne(otherMeeting.organizationId, organizationId)))
    .groupBy(otherMeeting.organizationId);
  const shared = unionAll(viaPrograms, viaMeetings).as("shared");
  const totals = db
    .select({
      organizationId: shared.organizationId,
      sharedPrograms: sql<number>`SUM(${shared.programs})`.as("shared_programs"),
      sharedMeetings: sql<number>`SUM(${shared.meetings})`.as("shared_meetings"),
    })
    .from(shared)
    .groupBy(sql`${shared.organizationId}`)
    .as("totals");
  const rows = db
    .select({ ...organizationSummaryColumns, sharedPrograms: totals.sharedPrograms, sharedMeetings: totals.sharedMeetings })
    .from(totals)
    .innerJoin(organizations, eq(organizations.id, totals.organizationId))
    .where(
      and(
        isNull(organizations.archivedAt),
        // Its own units and parent are listed as such, not as collaborators.
        org.parentId === null ? undefined : ne(organizations.id, org.parentId),
        sql`${organizations.parentId} IS NOT ${organizationId}`,
      ),
    )
    .orderBy(
      sql`CASE WHEN ${organizations.country} = ${country} THEN 1 ELSE 0 END`,
      // A shared program is stronger evidence of collaboration than a shared meeting.
      desc(sql`${totals.sharedPrograms} * 3 + ${totals.sharedMeetings}`),
      asc(organizations.nameEn),
    )
    .limit(limit)
    .all();
  return rows.map((r) => ({
    ...toOrganizationSummary(r),
    sharedPrograms: Number(r.sharedPrograms),
    sharedMeetings: Number(r.sharedMeetings),
  }));
}

/** For filters: every state some organization is in. */
export function listOrganizationStates(): string[] {
  return getDb()
    .selectDistinct({ state: organizations.state })
    .from(organizations)
    .where(and(isNull(organizations.archivedAt), sql`${organizations.state} IS NOT NULL`))
    .all()
    .map((r) => r.state as string);
}

/** Organizations that took part in at least one meeting, for the meetings filter (capped: a select can only be so long). */
export function listOrganizationsWithMeetings(limit: number): OrganizationSummary[] {
  return getDb()
    .select(organizationSummaryColumns)
    .from(organizations)
    .where(
      and(
        isNull(organizations.archivedAt),
        sql`EXISTS (SELECT 1 FROM ${meetingOrganizations} WHERE ${meetingOrganizations.organizationId} = ${organizations.id})`,
      ),
    )
    .orderBy(sql`${organizations.nameEn} COLLATE NOCASE`)
    .limit(limit)
    .all()
    .map(toOrganizationSummary);
}

export function getOrganizationSummaryBySlug(slug: string): OrganizationSummary | null {
  const row = getDb().select(organizationSummaryColumns).from(organizations).where(eq(organizations.slug, slug)).get();
  return row ? toOrganizationSummary(row) : null;
}
