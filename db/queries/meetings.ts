import { and, asc, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  agreements,
  meetingOrganizations,
  meetingPeople,
  meetingPrograms,
  meetingSeries,
  meetingTopics,
  meetings,
  organizations,
  people,
  programs,
  topics,
} from "@/db/schema";
import type { MeetingKind, MeetingOrganizationRole, MeetingPersonRole } from "@/lib/vocabulary";
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
  agreementSummaryColumns,
  meetingSummaryColumns,
  organizationSummaryColumns,
  personSummaryColumns,
  programSummaryColumns,
  topicSummaryColumns,
  toAgreementSummary,
  toMeetingSummary,
  toOrganizationSummary,
  toProgramSummary,
  toTopicSummary,
  type AgreementSummary,
  type MeetingSummary,
  type OrganizationSummary,
  type PersonSummary,
  type ProgramSummary,
  type TopicSummary,
} from "./summaries";

export interface MeetingFilters {
  kind?: MeetingKind;
  /** Topic slug. */
  topic?: string;
  country?: "US" | "MX";
  /** ISO 3166-2 code of the meeting's state. */
  state?: string;
  /** Program slug: meetings part of it or discussing it. */
  program?: string;
  /** Organization slug: meetings it hosted or attended. */
  organization?: string;
  year?: number;
}

export interface MeetingListItem extends MeetingSummary {
  hosts: OrganizationSummary[];
  seriesNumber: number | null;
}

export function meetingConditions(f: MeetingFilters) {
  return and(
    isNull(meetings.archivedAt),
    f.kind ? eq(meetings.kind, f.kind) : undefined,
    f.country ? eq(meetings.country, f.country) : undefined,
    f.state ? eq(meetings.state, f.state) : undefined,
    f.year ? sql`substr(${meetings.startDate}, 1, 4) = ${String(f.year)}` : undefined,
    f.topic
      ? sql`EXISTS (SELECT 1 FROM ${meetingTopics} JOIN ${topics} ON ${topics.id} = ${meetingTopics.topicId}
          WHERE ${meetingTopics.meetingId} = ${meetings.id} AND ${topics.slug} = ${f.topic})`
      : undefined,
    f.program
      ? sql`EXISTS (SELECT 1 FROM ${meetingPrograms} JOIN ${programs} ON ${programs.id} = ${meetingPrograms.programId}
          WHERE ${meetingPrograms.meetingId} = ${meetings.id} AND ${programs.slug} = ${f.program})`
      : undefined,
    f.organization
      ? sql`EXISTS (SELECT 1 FROM ${meetingOrganizations} JOIN ${organizations} ON ${organizations.id} = ${meetingOrganizations.organizationId}
          WHERE ${meetingOrganizations.meetingId} = ${meetings.id} AND ${organizations.slug} = ${f.organization})`
      : undefined,
  );
}

/** Newest first, as a timeline reads; undated meetings last. */
export const meetingOrder = [sql`${meetings.startDate} DESC NULLS LAST`, asc(meetings.id)];

export function listMeetings(filters: MeetingFilters, req: PageRequest): Page<MeetingListItem> {
  const db = getDb();
  const where = meetingConditions(filters);
  const total = db.select({ n: count() }).from(meetings).where(where).get()?.n ?? 0;
  const rows = db
    .select({ ...meetingSummaryColumns, seriesNumber: meetings.seriesNumber })
    .from(meetings)
    .where(where)
    .orderBy(...meetingOrder)
    .limit(req.pageSize)
    .offset(offsetOf(req))
    .all();
  return pageOf(withHosts(rows), total, req);
}

function withHosts(rows: (Parameters<typeof toMeetingSummary>[0] & { seriesNumber: number | null })[]): MeetingListItem[] {
  const hosts = listHostsOfMeetings(rows.map((r) => r.id));
  return rows.map((r) => ({ ...toMeetingSummary(r), seriesNumber: r.seriesNumber, hosts: hosts.get(r.id) ?? [] }));
}

/** Every meeting the filters select, in list order, as ids (for exports, which then read a chunk at a time). */
export function listMeetingIds(filters: MeetingFilters & { slug?: string }): number[] {
  const db = getDb();
  return pluckFirstColumn(
    db.$client,
    db
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(meetingConditions(filters), filters.slug ? eq(meetings.slug, filters.slug) : undefined))
      .orderBy(...meetingOrder),
  );
}

/** The meetings with these ids as list items, in the order of `ids`. */
export function listMeetingsByIds(ids: readonly number[]): MeetingListItem[] {
  if (ids.length === 0) return [];
  const rows = getDb()
    .select({ ...meetingSummaryColumns, seriesNumber: meetings.seriesNumber })
    .from(meetings)
    .where(inArray(meetings.id, [...ids]))
    .all();
  const byId = new Map(withHosts(rows).map((m) => [m.id, m]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function listHostsOfMeetings(meetingIds: number[]): Map<number, OrganizationSummary[]> {
  const result = new Map<number, OrganizationSummary[]>();
  if (meetingIds.length === 0) return result;
  const rows = getDb()
    .select({ meetingId: meetingOrganizations.meetingId, ...organizationSummaryColumns })
    .from(meetingOrganizations)
    .innerJoin(organizations, eq(organizations.id, meetingOrganizations.organizationId))
    .where(and(sql`${meetingOrganizations.meetingId} IN ${meetingIds}`, eq(meetingOrganizations.role, "host")))
    .orderBy(asc(organizations.nameEn))
    .all();
  for (const { meetingId, ...o } of rows) {
    const list = result.get(meetingId) ?? [];
    list.push(toOrganizationSummary(o));
    result.set(meetingId, list);
  }
  return result;
}

/** The years that have meetings, for the timeline's year filter. */
export function listMeetingYears(): number[] {
  return getDb()
    .selectDistinct({ year: sql<string>`substr(${meetings.startDate}, 1, 4)` })
    .from(meetings)
    .where(and(isNull(meetings.archivedAt), sql`${meetings.startDate} IS NOT NULL`))
    .orderBy(desc(sql`substr(${meetings.startDate}, 1, 4)`))
    .all()
    .map((r) => Number(r.year));
}

export interface MeetingOrganization extends OrganizationSummary, Certainty {
  role: MeetingOrganizationRole;
}

export interface MeetingPerson extends PersonSummary, Certainty {
  role: MeetingPersonRole;
  organization: OrganizationSummary | null;
}

export interface SeriesPosition {
  series: { slug: string; name: Bilingual; plannedCount: number | null };
  number: number | null;
  previous: MeetingSummary | null;
  next: MeetingSummary | null;
}

export interface MeetingProfile extends MeetingSummary, Certainty {
  venue: string | null;
  latitude: number | null;
  longitude: number | null;
  attendance: number | null;
  attendanceQualifier: "exact" | "more_than" | "about" | null;
  summary: Bilingual;
  outcomes: Bilingual;
  archivedAt: Date | null;
  updatedAt: Date;
  organizations: MeetingOrganization[];
  people: MeetingPerson[];
  topics: (TopicSummary & Certainty)[];
  programs: (ProgramSummary & { relation: "part_of" | "discussed" } & Certainty)[];
  agreements: AgreementSummary[];
  series: SeriesPosition | null;
  citations: Citation[];
}

export function getMeetingBySlug(slug: string, viewer: Viewer): MeetingProfile | null {
  const db = getDb();
  const meeting = db.select().from(meetings).where(eq(meetings.slug, slug)).get();
  if (!meeting) return null;
  return {
    ...toMeetingSummary(meeting),
    uncertaintyNote: meeting.uncertaintyNote,
    venue: meeting.venue,
    latitude: meeting.latitude,
    longitude: meeting.longitude,
    attendance: meeting.attendance,
    attendanceQualifier: meeting.attendanceQualifier,
    summary: bilingual(meeting.summaryEn, meeting.summaryEs),
    outcomes: bilingual(meeting.outcomesEn, meeting.outcomesEs),
    archivedAt: meeting.archivedAt,
    updatedAt: meeting.updatedAt,
    organizations: listOrganizationsOfMeeting(meeting.id),
    people: listPeopleOfMeeting(meeting.id, viewer),
    topics: db
      .select({ ...topicSummaryColumns, linkUncertain: meetingTopics.uncertain, linkNote: meetingTopics.uncertaintyNote })
      .from(meetingTopics)
      .innerJoin(topics, eq(topics.id, meetingTopics.topicId))
      .where(eq(meetingTopics.meetingId, meeting.id))
      .orderBy(asc(topics.nameEn))
      .all()
      .map((r) => ({ ...toTopicSummary(r), uncertain: r.linkUncertain || r.uncertain, uncertaintyNote: r.linkNote })),
    programs: db
      .select({
        ...programSummaryColumns,
        relation: meetingPrograms.relation,
        linkUncertain: meetingPrograms.uncertain,
        linkNote: meetingPrograms.uncertaintyNote,
      })
      .from(meetingPrograms)
      .innerJoin(programs, eq(programs.id, meetingPrograms.programId))
      .where(and(eq(meetingPrograms.meetingId, meeting.id), isNull(programs.archivedAt)))
      // "part_of" (held under the program) before "discussed".
      .orderBy(desc(meetingPrograms.relation), asc(programs.nameEn))
      .all()
      .map((r) => ({ ...toProgramSummary(r), relation: r.relation, uncertain: r.linkUncertain, uncertaintyNote: r.linkNote })),
    agreements: db
      .select(agreementSummaryColumns)
      .from(agreements)
      .where(and(eq(agreements.meetingId, meeting.id), isNull(agreements.archivedAt)))
      .orderBy(asc(agreements.signedOn))
      .all()
      .map(toAgreementSummary),
    series: getSeriesPosition(meeting),
    citations: listCitations("meeting", meeting.id),
  };
}

function listOrganizationsOfMeeting(meetingId: number): MeetingOrganization[] {
  return getDb()
    .select({
      ...organizationSummaryColumns,
      role: meetingOrganizations.role,
      linkUncertain: meetingOrganizations.uncertain,
      linkNote: meetingOrganizations.uncertaintyNote,
    })
    .from(meetingOrganizations)
    .innerJoin(organizations, eq(organizations.id, meetingOrganizations.organizationId))
    .where(and(eq(meetingOrganizations.meetingId, meetingId), isNull(organizations.archivedAt)))
    .orderBy(asc(organizations.nameEn))
    .all()
    .map((r) => ({ ...toOrganizationSummary(r), role: r.role, uncertain: r.linkUncertain, uncertaintyNote: r.linkNote }));
}

function listPeopleOfMeeting(meetingId: number, viewer: Viewer): MeetingPerson[] {
  const db = getDb();
  const rows = db
    .select({
      ...personSummaryColumns,
      role: meetingPeople.role,
      organizationId: meetingPeople.organizationId,
      linkUncertain: meetingPeople.uncertain,
      linkNote: meetingPeople.uncertaintyNote,
    })
    .from(meetingPeople)
    .innerJoin(people, eq(people.id, meetingPeople.personId))
    .where(and(eq(meetingPeople.meetingId, meetingId), isNull(people.archivedAt), visiblePerson(people.isPublic, viewer)))
    .orderBy(asc(meetingPeople.role), asc(people.sortName))
    .all();
  const orgIds = [...new Set(rows.map((r) => r.organizationId).filter((id): id is number => id !== null))];
  const orgs = new Map(
    orgIds.length
      ? db
          .select(organizationSummaryColumns)
          .from(organizations)
          .where(sql`${organizations.id} IN ${orgIds}`)
          .all()
          .map((o) => [o.id, toOrganizationSummary(o)])
      : [],
  );
  return rows.map(({ organizationId, linkUncertain, linkNote, ...r }) => ({
    ...r,
    organization: organizationId ? (orgs.get(organizationId) ?? null) : null,
    uncertain: linkUncertain || r.uncertain,
    uncertaintyNote: linkNote,
  }));
}

function getSeriesPosition(meeting: typeof meetings.$inferSelect): SeriesPosition | null {
  if (!meeting.seriesId) return null;
  const db = getDb();
  const series = db.select().from(meetingSeries).where(eq(meetingSeries.id, meeting.seriesId)).get();
  if (!series) return null;
  const inSeries = and(eq(meetings.seriesId, series.id), isNull(meetings.archivedAt));
  // Order within a series by date (numbers can be unknown for some meetings); ties by id.
  const key = sql`coalesce(${meetings.startDate}, '9999')`;
  const mine = meeting.startDate ?? "9999";
  const previous = db
    .select(meetingSummaryColumns)
    .from(meetings)
    .where(and(inSeries, sql`(${key} < ${mine} OR (${key} = ${mine} AND ${meetings.id} < ${meeting.id}))`))
    .orderBy(desc(key), desc(meetings.id))
    .limit(1)
    .get();
  const next = db
    .select(meetingSummaryColumns)
    .from(meetings)
    .where(and(inSeries, sql`(${key} > ${mine} OR (${key} = ${mine} AND ${meetings.id} > ${meeting.id}))`))
    .orderBy(asc(key), asc(meetings.id))
    .limit(1)
    .get();
  return {
    series: { slug: series.slug, name: bilingual(series.nameEn, series.nameEs), plannedCount: series.plannedCount },
    number: meeting.seriesNumber,
    previous: previous ? toMeetingSummary(previous) : null,
    next: next ? toMeetingSummary(next) : null,
  };
}

/** The newest meetings, for the home page. */
export function listLatestMeetings(limit: number): MeetingListItem[] {
  return listMeetings({}, { page: 1, pageSize: limit }).items;
}
