import { and, asc, count, countDistinct, eq, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  agreements,
  alternateNames,
  meetingPrograms,
  meetings,
  organizations,
  programOrganizations,
  programTopics,
  programs,
  topics,
} from "@/db/schema";
import type { ProgramKind, ProgramOrganizationRole } from "@/lib/vocabulary";
import { listCitations, type Citation } from "./citations";
import type { AlternateName } from "./organizations";
import { bilingual, offsetOf, pageOf, type Bilingual, type Certainty, type Page, type PageRequest } from "./shared";
import {
  agreementSummaryColumns,
  meetingSummaryColumns,
  organizationSummaryColumns,
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
  type ProgramSummary,
  type TopicSummary,
} from "./summaries";

export interface ProgramFilters {
  kind?: ProgramKind;
  topic?: string;
}

export interface ProgramListItem extends ProgramSummary {
  organizationCount: number;
  topics: TopicSummary[];
}

export function programConditions(filters: ProgramFilters): SQL | undefined {
  return and(
    isNull(programs.archivedAt),
    filters.kind ? eq(programs.kind, filters.kind) : undefined,
    filters.topic
      ? sql`EXISTS (SELECT 1 FROM ${programTopics} JOIN ${topics} ON ${topics.id} = ${programTopics.topicId}
          WHERE ${programTopics.programId} = ${programs.id} AND ${topics.slug} = ${filters.topic})`
      : undefined,
  );
}

export function listPrograms(filters: ProgramFilters, req: PageRequest): Page<ProgramListItem> {
  const db = getDb();
  const where = programConditions(filters);
  const total = db.select({ n: count() }).from(programs).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      ...programSummaryColumns,
      organizationCount: sql<number>`(${db
        .select({ n: countDistinct(programOrganizations.organizationId) })
        .from(programOrganizations)
        .where(eq(programOrganizations.programId, programs.id))})`,
    })
    .from(programs)
    .where(where)
    .orderBy(sql`${programs.nameEn} COLLATE NOCASE`)
    .limit(req.pageSize)
    .offset(offsetOf(req))
    .all();
  const topicsByProgram = listTopicsOfPrograms(rows.map((r) => r.id));
  return pageOf(
    rows.map((r) => ({ ...toProgramSummary(r), organizationCount: r.organizationCount, topics: topicsByProgram.get(r.id) ?? [] })),
    total,
    req,
  );
}

function listTopicsOfPrograms(programIds: number[]): Map<number, TopicSummary[]> {
  const result = new Map<number, TopicSummary[]>();
  if (programIds.length === 0) return result;
  const rows = getDb()
    .select({ programId: programTopics.programId, ...topicSummaryColumns })
    .from(programTopics)
    .innerJoin(topics, eq(topics.id, programTopics.topicId))
    .where(sql`${programTopics.programId} IN ${programIds}`)
    .orderBy(asc(topics.nameEn))
    .all();
  for (const { programId, ...t } of rows) {
    const list = result.get(programId) ?? [];
    list.push(toTopicSummary(t));
    result.set(programId, list);
  }
  return result;
}

export interface ProgramParticipant extends OrganizationSummary, Certainty {
  role: ProgramOrganizationRole;
  note: Bilingual;
}

export interface ProgramProfile extends ProgramSummary, Certainty {
  announcedOn: string | null;
  endDate: string | null;
  website: string | null;
  description: Bilingual;
  archivedAt: Date | null;
  updatedAt: Date;
  parent: ProgramSummary | null;
  children: ProgramSummary[];
  alternateNames: AlternateName[];
  organizations: ProgramParticipant[];
  topics: TopicSummary[];
  meetings: (MeetingSummary & { relation: "part_of" | "discussed" })[];
  establishedBy: AgreementSummary[];
  citations: Citation[];
}

export function getProgramBySlug(slug: string): ProgramProfile | null {
  const db = getDb();
  const program = db.select().from(programs).where(eq(programs.slug, slug)).get();
  if (!program) return null;
  const parent = program.parentId
    ? db.select(programSummaryColumns).from(programs).where(eq(programs.id, program.parentId)).get()
    : undefined;
  return {
    ...toProgramSummary(program),
    uncertaintyNote: program.uncertaintyNote,
    announcedOn: program.announcedOn,
    endDate: program.endDate,
    website: program.website,
    description: bilingual(program.descriptionEn, program.descriptionEs),
    archivedAt: program.archivedAt,
    updatedAt: program.updatedAt,
    parent: parent ? toProgramSummary(parent) : null,
    children: db
      .select(programSummaryColumns)
      .from(programs)
      .where(and(eq(programs.parentId, program.id), isNull(programs.archivedAt)))
      .orderBy(asc(programs.nameEn))
      .all()
      .map(toProgramSummary),
    alternateNames: db
      .select({
        name: alternateNames.name,
        language: alternateNames.language,
        uncertain: alternateNames.uncertain,
        uncertaintyNote: alternateNames.uncertaintyNote,
      })
      .from(alternateNames)
      .where(eq(alternateNames.programId, program.id))
      .all(),
    organizations: db
      .select({
        ...organizationSummaryColumns,
        role: programOrganizations.role,
        noteEn: programOrganizations.noteEn,
        noteEs: programOrganizations.noteEs,
        linkUncertain: programOrganizations.uncertain,
        linkNote: programOrganizations.uncertaintyNote,
      })
      .from(programOrganizations)
      .innerJoin(organizations, eq(organizations.id, programOrganizations.organizationId))
      .where(and(eq(programOrganizations.programId, program.id), isNull(organizations.archivedAt)))
      .orderBy(asc(organizations.nameEn))
      .all()
      .map((r) => ({
        ...toOrganizationSummary(r),
        role: r.role,
        note: bilingual(r.noteEn, r.noteEs),
        uncertain: r.linkUncertain,
        uncertaintyNote: r.linkNote,
      })),
    topics: db
      .select(topicSummaryColumns)
      .from(programTopics)
      .innerJoin(topics, eq(topics.id, programTopics.topicId))
      .where(eq(programTopics.programId, program.id))
      .orderBy(asc(topics.nameEn))
      .all()
      .map(toTopicSummary),
    meetings: db
      .select({ ...meetingSummaryColumns, relation: meetingPrograms.relation })
      .from(meetingPrograms)
      .innerJoin(meetings, eq(meetings.id, meetingPrograms.meetingId))
      .where(and(eq(meetingPrograms.programId, program.id), isNull(meetings.archivedAt)))
      .orderBy(sql`${meetings.startDate} DESC NULLS LAST`)
      .all()
      .map((r) => ({ ...toMeetingSummary(r), relation: r.relation })),
    establishedBy: db
      .select(agreementSummaryColumns)
      .from(agreements)
      .where(and(eq(agreements.establishesProgramId, program.id), isNull(agreements.archivedAt)))
      .all()
      .map(toAgreementSummary),
    citations: listCitations("program", program.id),
  };
}
