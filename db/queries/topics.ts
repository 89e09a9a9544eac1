import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { meetingOrganizations, meetingTopics, meetings, organizations, programOrganizations, programTopics, programs, topics } from "@/db/schema";
import { listCitations, type Citation } from "./citations";
import { bilingual, type Bilingual, type Certainty } from "./shared";
import {
  meetingSummaryColumns,
  organizationSummaryColumns,
  programSummaryColumns,
  topicSummaryColumns,
  toMeetingSummary,
  toOrganizationSummary,
  toProgramSummary,
  toTopicSummary,
  type MeetingSummary,
  type OrganizationSummary,
  type ProgramSummary,
  type TopicSummary,
} from "./summaries";

export interface TopicListItem extends TopicSummary {
  description: Bilingual;
  programCount: number;
  meetingCount: number;
}

// Correlated subqueries inside a selection are built with the query builder: raw
// sql`` there renders column names without their table, which turns ambiguous.
export function listTopics(): TopicListItem[] {
  const db = getDb();
  return db
    .select({
      ...topicSummaryColumns,
      descriptionEn: topics.descriptionEn,
      descriptionEs: topics.descriptionEs,
      programCount: sql<number>`(${db.select({ n: count() }).from(programTopics).where(eq(programTopics.topicId, topics.id))})`,
      meetingCount: sql<number>`(${db.select({ n: count() }).from(meetingTopics).where(eq(meetingTopics.topicId, topics.id))})`,
    })
    .from(topics)
    .where(isNull(topics.archivedAt))
    .orderBy(asc(topics.nameEn))
    .all()
    .map((r) => ({
      ...toTopicSummary(r),
      description: bilingual(r.descriptionEn, r.descriptionEs),
      programCount: r.programCount,
      meetingCount: r.meetingCount,
    }));
}

export interface TopicProfile extends TopicSummary, Certainty {
  description: Bilingual;
  archivedAt: Date | null;
  updatedAt: Date;
  programs: ProgramSummary[];
  meetings: MeetingSummary[];
  /** Organizations in a program or at a meeting on this topic, with how they are linked. */
  organizations: (OrganizationSummary & { programs: number; meetings: number })[];
  citations: Citation[];
}

export function getTopicBySlug(slug: string): TopicProfile | null {
  const db = getDb();
  const topic = db.select().from(topics).where(eq(topics.slug, slug)).get();
  if (!topic) return null;
  const orgRows = db
    .select({
      ...organizationSummaryColumns,
      programs: sql<number>`(${db
        .select({ n: count() })
        .from(programOrganizations)
        .innerJoin(programTopics, eq(programTopics.programId, programOrganizations.programId))
        .where(and(eq(programOrganizations.organizationId, organizations.id), eq(programTopics.topicId, topic.id)))})`,
      meetings: sql<number>`(${db
        .select({ n: count() })
        .from(meetingOrganizations)
        .innerJoin(meetingTopics, eq(meetingTopics.meetingId, meetingOrganizations.meetingId))
        .where(and(eq(meetingOrganizations.organizationId, organizations.id), eq(meetingTopics.topicId, topic.id)))})`,
    })
    .from(organizations)
    .where(
      and(
        isNull(organizations.archivedAt),
        sql`${organizations.id} IN (
          SELECT ${programOrganizations.organizationId} FROM ${programOrganizations} JOIN ${programTopics} ON ${programTopics.programId} = ${programOrganizations.programId} WHERE ${programTopics.topicId} = ${topic.id}
          UNION
          SELECT ${meetingOrganizations.organizationId} FROM ${meetingOrganizations} JOIN ${meetingTopics} ON ${meetingTopics.meetingId} = ${meetingOrganizations.meetingId} WHERE ${meetingTopics.topicId} = ${topic.id})`,
      ),
    )
    .orderBy(asc(organizations.country), asc(organizations.nameEn))
    .all();
  return {
    ...toTopicSummary(topic),
    uncertaintyNote: topic.uncertaintyNote,
    description: bilingual(topic.descriptionEn, topic.descriptionEs),
    archivedAt: topic.archivedAt,
    updatedAt: topic.updatedAt,
    programs: db
      .select(programSummaryColumns)
      .from(programTopics)
      .innerJoin(programs, eq(programs.id, programTopics.programId))
      .where(and(eq(programTopics.topicId, topic.id), isNull(programs.archivedAt)))
      .orderBy(asc(programs.nameEn))
      .all()
      .map(toProgramSummary),
    meetings: db
      .select(meetingSummaryColumns)
      .from(meetingTopics)
      .innerJoin(meetings, eq(meetings.id, meetingTopics.meetingId))
      .where(and(eq(meetingTopics.topicId, topic.id), isNull(meetings.archivedAt)))
      .orderBy(sql`${meetings.startDate} DESC NULLS LAST`)
      .all()
      .map(toMeetingSummary),
    organizations: orgRows.map(({ programs: p, meetings: m, ...o }) => ({ ...toOrganizationSummary(o), programs: p, meetings: m })),
    citations: listCitations("topic", topic.id),
  };
}
