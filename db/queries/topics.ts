import { asc, count, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { meetingTopics, programTopics, topics } from "@/db/schema";
import { listCitations, type Citation } from "./citations";
import { bilingual, type Bilingual, type Certainty } from "./shared";
import { topicSummaryColumns, toTopicSummary, type TopicSummary } from "./summaries";

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

/** The topic itself; its programs, meetings and organizations come from the filtered lists (listPrograms({ topic }) …). */
export interface TopicProfile extends TopicSummary, Certainty {
  description: Bilingual;
  archivedAt: Date | null;
  updatedAt: Date;
  citations: Citation[];
}

export function getTopicBySlug(slug: string): TopicProfile | null {
  const topic = getDb().select().from(topics).where(eq(topics.slug, slug)).get();
  if (!topic) return null;
  return {
    ...toTopicSummary(topic),
    uncertaintyNote: topic.uncertaintyNote,
    description: bilingual(topic.descriptionEn, topic.descriptionEs),
    archivedAt: topic.archivedAt,
    updatedAt: topic.updatedAt,
    citations: listCitations("topic", topic.id),
  };
}
