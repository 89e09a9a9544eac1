/**
 * The sources behind a record, for the "Sources" section every detail page shows.
 */
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { citations, sources } from "@/db/schema";
import { sourceSummaryColumns, type SourceSummary } from "./summaries";

export type CitedKind = "organization" | "program" | "meeting" | "agreement" | "person" | "topic" | "meetingSeries";

const citedColumn = {
  organization: citations.organizationId,
  program: citations.programId,
  meeting: citations.meetingId,
  agreement: citations.agreementId,
  person: citations.personId,
  topic: citations.topicId,
  meetingSeries: citations.meetingSeriesId,
} as const;

export interface Citation extends SourceSummary {
  locator: string | null;
}

export function listCitations(kind: CitedKind, id: number): Citation[] {
  return getDb()
    .select({ ...sourceSummaryColumns, locator: citations.locator })
    .from(citations)
    .innerJoin(sources, eq(sources.id, citations.sourceId))
    .where(eq(citedColumn[kind], id))
    .orderBy(asc(sources.publishedOn), asc(sources.title))
    .all();
}
