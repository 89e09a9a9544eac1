import { and, asc, count, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import {
  agreementLineage,
  agreementParties,
  agreementSignatories,
  agreements,
  alternateNames,
  citations,
  meetingOrganizations,
  meetingPeople,
  meetingPrograms,
  meetingSeries,
  meetingTopics,
  meetings,
  organizations,
  people,
  positions,
  programOrganizations,
  programTopics,
  programs,
  sources,
  topics,
} from "@/db/schema";
import { offsetOf, pageOf, visiblePerson, type Page, type PageRequest, type Viewer } from "./shared";
import {
  agreementSummaryColumns,
  meetingSummaryColumns,
  organizationSummaryColumns,
  personSummaryColumns,
  programSummaryColumns,
  sourceSummaryColumns,
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
  type SourceSummary,
  type TopicSummary,
} from "./summaries";

export interface SourceListItem extends SourceSummary {
  citationCount: number;
}

export function listSources(req: PageRequest): Page<SourceListItem> {
  const db = getDb();
  const where = isNull(sources.archivedAt);
  const total = db.select({ n: count() }).from(sources).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      ...sourceSummaryColumns,
      citationCount: sql<number>`(${db.select({ n: count() }).from(citations).where(eq(citations.sourceId, sources.id))})`,
    })
    .from(sources)
    .where(where)
    .orderBy(sql`${sources.publishedOn} DESC NULLS LAST`, asc(sources.title))
    .limit(req.pageSize)
    .offset(offsetOf(req))
    .all();
  return pageOf(rows, total, req);
}

export interface SourceProfile extends SourceSummary {
  language: "en" | "es" | null;
  archivedCopy: string | null;
  noteEn: string | null;
  noteEs: string | null;
  archivedAt: Date | null;
  updatedAt: Date;
  organizations: Capped<OrganizationSummary>;
  programs: Capped<ProgramSummary>;
  meetings: Capped<MeetingSummary>;
  agreements: Capped<AgreementSummary>;
  people: Capped<PersonSummary>;
  topics: Capped<TopicSummary>;
  meetingSeries: { slug: string; nameEn: string }[];
}

/** A source can support thousands of records (a dataset, a census): pages show the first ones and the count. */
export const CITED_RECORDS_SHOWN = 100;

export interface Capped<T> {
  items: T[];
  total: number;
}

/**
 * Ids of the records a source supports: cited directly, or through one of the
 * record's links (a meeting whose host list cites it counts as citing it).
 */
function idsSupportedBy(sourceId: number, direct: SQL, ...links: SQL[]): SQL {
  const parts = [sql`SELECT ${direct} FROM ${citations} WHERE ${citations.sourceId} = ${sourceId} AND ${direct} IS NOT NULL`, ...links];
  return sql.join(parts, sql` UNION `);
}

export function getSourceBySlug(slug: string, viewer: Viewer): SourceProfile | null {
  const db = getDb();
  const source = db.select().from(sources).where(eq(sources.slug, slug)).get();
  if (!source) return null;
  const id = source.id;
  const linkOwners = (owner: SQL, table: SQL) => sql`SELECT ${owner} FROM ${table} WHERE source_id = ${id}`;

  const organizationIds = idsSupportedBy(
    id,
    sql`${citations.organizationId}`,
    linkOwners(sql`${alternateNames.organizationId}`, sql`${alternateNames}`),
  );
  const programIds = idsSupportedBy(
    id,
    sql`${citations.programId}`,
    linkOwners(sql`${programOrganizations.programId}`, sql`${programOrganizations}`),
    linkOwners(sql`${programTopics.programId}`, sql`${programTopics}`),
    linkOwners(sql`${alternateNames.programId}`, sql`${alternateNames}`),
  );
  const meetingIds = idsSupportedBy(
    id,
    sql`${citations.meetingId}`,
    linkOwners(sql`${meetingOrganizations.meetingId}`, sql`${meetingOrganizations}`),
    linkOwners(sql`${meetingPeople.meetingId}`, sql`${meetingPeople}`),
    linkOwners(sql`${meetingTopics.meetingId}`, sql`${meetingTopics}`),
    linkOwners(sql`${meetingPrograms.meetingId}`, sql`${meetingPrograms}`),
  );
  const agreementIds = idsSupportedBy(
    id,
    sql`${citations.agreementId}`,
    linkOwners(sql`${agreementParties.agreementId}`, sql`${agreementParties}`),
    linkOwners(sql`${agreementSignatories.agreementId}`, sql`${agreementSignatories}`),
    linkOwners(sql`${agreementLineage.fromAgreementId}`, sql`${agreementLineage}`),
  );
  const personIds = idsSupportedBy(id, sql`${citations.personId}`, linkOwners(sql`${positions.personId}`, sql`${positions}`));
  const topicIds = idsSupportedBy(id, sql`${citations.topicId}`);

  const organizationsWhere = and(isNull(organizations.archivedAt), sql`${organizations.id} IN (${organizationIds})`);
  const programsWhere = and(isNull(programs.archivedAt), sql`${programs.id} IN (${programIds})`);
  const meetingsWhere = and(isNull(meetings.archivedAt), sql`${meetings.id} IN (${meetingIds})`);
  const agreementsWhere = and(isNull(agreements.archivedAt), sql`${agreements.id} IN (${agreementIds})`);
  const peopleWhere = and(isNull(people.archivedAt), visiblePerson(people.isPublic, viewer), sql`${people.id} IN (${personIds})`);
  const topicsWhere = and(isNull(topics.archivedAt), sql`${topics.id} IN (${topicIds})`);
  const countRows = (table: SQLiteTable, where: SQL | undefined) => db.select({ n: count() }).from(table).where(where).get()?.n ?? 0;

  return {
    id: source.id,
    slug: source.slug,
    title: source.title,
    publisher: source.publisher,
    kind: source.kind,
    publishedOn: source.publishedOn,
    url: source.url,
    language: source.language,
    archivedCopy: source.archivedCopy,
    noteEn: source.noteEn,
    noteEs: source.noteEs,
    archivedAt: source.archivedAt,
    updatedAt: source.updatedAt,
    organizations: {
      items: db
        .select(organizationSummaryColumns)
        .from(organizations)
        .where(organizationsWhere)
        .orderBy(asc(organizations.nameEn))
        .limit(CITED_RECORDS_SHOWN)
        .all()
        .map(toOrganizationSummary),
      total: countRows(organizations, organizationsWhere),
    },
    programs: {
      items: db
        .select(programSummaryColumns)
        .from(programs)
        .where(programsWhere)
        .orderBy(asc(programs.nameEn))
        .limit(CITED_RECORDS_SHOWN)
        .all()
        .map(toProgramSummary),
      total: countRows(programs, programsWhere),
    },
    meetings: {
      items: db
        .select(meetingSummaryColumns)
        .from(meetings)
        .where(meetingsWhere)
        .orderBy(sql`${meetings.startDate} DESC NULLS LAST`)
        .limit(CITED_RECORDS_SHOWN)
        .all()
        .map(toMeetingSummary),
      total: countRows(meetings, meetingsWhere),
    },
    agreements: {
      items: db
        .select(agreementSummaryColumns)
        .from(agreements)
        .where(agreementsWhere)
        .orderBy(asc(agreements.signedOn))
        .limit(CITED_RECORDS_SHOWN)
        .all()
        .map(toAgreementSummary),
      total: countRows(agreements, agreementsWhere),
    },
    people: {
      items: db.select(personSummaryColumns).from(people).where(peopleWhere).orderBy(asc(people.sortName)).limit(CITED_RECORDS_SHOWN).all(),
      total: countRows(people, peopleWhere),
    },
    topics: {
      items: db
        .select(topicSummaryColumns)
        .from(topics)
        .where(topicsWhere)
        .orderBy(asc(topics.nameEn))
        .limit(CITED_RECORDS_SHOWN)
        .all()
        .map(toTopicSummary),
      total: countRows(topics, topicsWhere),
    },
    meetingSeries: db
      .select({ slug: meetingSeries.slug, nameEn: meetingSeries.nameEn })
      .from(meetingSeries)
      .innerJoin(citations, eq(citations.meetingSeriesId, meetingSeries.id))
      .where(eq(citations.sourceId, id))
      .all(),
  };
}
