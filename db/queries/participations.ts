/**
 * Which organization took part in which meeting, in what role, on what evidence:
 * the rows of meeting_organizations with both records and the link's own source.
 * Meetings are chosen with the meeting list's filters, so the participations of a
 * filtered meeting list are one request away.
 */
import { and, asc, count, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { meetingOrganizations, meetings, organizations, sources } from "@/db/schema";
import type { MeetingOrganizationRole } from "@/lib/vocabulary";
import { meetingConditions, meetingOrder, type MeetingFilters } from "./meetings";
import { offsetOf, pageOf, type Certainty, type Page, type PageRequest } from "./shared";
import {
  meetingSummaryColumns,
  organizationSummaryColumns,
  sourceSummaryColumns,
  toMeetingSummary,
  toOrganizationSummary,
  type MeetingSummary,
  type OrganizationSummary,
  type SourceSummary,
} from "./summaries";

export interface ParticipationFilters extends MeetingFilters {
  /** One meeting, by slug. */
  meeting?: string;
  role?: MeetingOrganizationRole;
}

export interface Participation extends Certainty {
  meeting: MeetingSummary;
  organization: OrganizationSummary;
  role: MeetingOrganizationRole;
  source: SourceSummary | null;
}

function participationConditions({ meeting, role, ...meetingFilters }: ParticipationFilters): SQL | undefined {
  return and(
    meetingConditions(meetingFilters),
    meeting ? eq(meetings.slug, meeting) : undefined,
    role ? eq(meetingOrganizations.role, role) : undefined,
    // As on a meeting's page: archived organizations are no longer listed among its participants.
    isNull(organizations.archivedAt),
  );
}

/** Meetings in list order, then organizations alphabetically, then roles. */
const participationOrder = [
  ...meetingOrder,
  sql`${organizations.nameEn} COLLATE NOCASE`,
  asc(organizations.id),
  asc(meetingOrganizations.role),
];

function selectParticipations() {
  return getDb()
    .select({
      meeting: meetingSummaryColumns,
      organization: organizationSummaryColumns,
      role: meetingOrganizations.role,
      uncertain: meetingOrganizations.uncertain,
      uncertaintyNote: meetingOrganizations.uncertaintyNote,
      source: sourceSummaryColumns,
    })
    .from(meetingOrganizations)
    .innerJoin(meetings, eq(meetings.id, meetingOrganizations.meetingId))
    .innerJoin(organizations, eq(organizations.id, meetingOrganizations.organizationId))
    .leftJoin(sources, eq(sources.id, meetingOrganizations.sourceId));
}

type ParticipationRow = Awaited<ReturnType<ReturnType<typeof selectParticipations>["all"]>>[number];

function toParticipation(r: ParticipationRow): Participation {
  return {
    meeting: toMeetingSummary(r.meeting),
    organization: toOrganizationSummary(r.organization),
    role: r.role,
    source: r.source,
    uncertain: r.uncertain,
    uncertaintyNote: r.uncertaintyNote,
  };
}

export function listParticipations(filters: ParticipationFilters, req: PageRequest): Page<Participation> {
  const db = getDb();
  const where = participationConditions(filters);
  const total =
    db
      .select({ n: count() })
      .from(meetingOrganizations)
      .innerJoin(meetings, eq(meetings.id, meetingOrganizations.meetingId))
      .innerJoin(organizations, eq(organizations.id, meetingOrganizations.organizationId))
      .where(where)
      .get()?.n ?? 0;
  const rows = selectParticipations()
    .where(where)
    .orderBy(...participationOrder)
    .limit(req.pageSize)
    .offset(offsetOf(req))
    .all();
  return pageOf(rows.map(toParticipation), total, req);
}

/**
 * The participations of these meetings (ids from listMeetingIds, in its order),
 * in list order: an export walks the meetings a chunk at a time.
 */
export function listParticipationsOfMeetings(meetingIds: readonly number[], filters: ParticipationFilters): Participation[] {
  if (meetingIds.length === 0) return [];
  return selectParticipations()
    .where(and(inArray(meetingOrganizations.meetingId, [...meetingIds]), participationConditions(filters)))
    .orderBy(...participationOrder)
    .all()
    .map(toParticipation);
}
