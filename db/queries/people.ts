import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agreementSignatories, agreements, meetingPeople, meetings, organizations, people, positions } from "@/db/schema";
import type { MeetingPersonRole } from "@/lib/vocabulary";
import { listCitations, type Citation } from "./citations";
import {
  bilingual,
  offsetOf,
  pageOf,
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
  toAgreementSummary,
  toMeetingSummary,
  toOrganizationSummary,
  type AgreementSummary,
  type MeetingSummary,
  type OrganizationSummary,
  type PersonSummary,
} from "./summaries";

export interface Position extends Certainty {
  title: Bilingual;
  organization: OrganizationSummary | null;
  startDate: string | null;
  endDate: string | null;
}

export interface PersonListItem extends PersonSummary {
  positions: Position[];
}

export function listPeople(viewer: Viewer, req: PageRequest): Page<PersonListItem> {
  const db = getDb();
  const where = and(isNull(people.archivedAt), visiblePerson(people.isPublic, viewer));
  const total = db.select({ n: count() }).from(people).where(where).get()?.n ?? 0;
  const rows = db
    .select(personSummaryColumns)
    .from(people)
    .where(where)
    .orderBy(sql`${people.sortName} COLLATE NOCASE`)
    .limit(req.pageSize)
    .offset(offsetOf(req))
    .all();
  const byPerson = listPositionsOf(rows.map((r) => r.id));
  return pageOf(
    rows.map((r) => ({ ...r, positions: byPerson.get(r.id) ?? [] })),
    total,
    req,
  );
}

function listPositionsOf(personIds: number[]): Map<number, Position[]> {
  const result = new Map<number, Position[]>();
  if (personIds.length === 0) return result;
  const rows = getDb()
    .select({
      personId: positions.personId,
      titleEn: positions.titleEn,
      titleEs: positions.titleEs,
      startDate: positions.startDate,
      endDate: positions.endDate,
      uncertain: positions.uncertain,
      uncertaintyNote: positions.uncertaintyNote,
      org: organizationSummaryColumns,
    })
    .from(positions)
    .leftJoin(organizations, eq(organizations.id, positions.organizationId))
    .where(sql`${positions.personId} IN ${personIds}`)
    .orderBy(sql`${positions.startDate} DESC NULLS LAST`)
    .all();
  for (const { personId, titleEn, titleEs, org, ...p } of rows) {
    const list = result.get(personId) ?? [];
    list.push({ ...p, title: bilingual(titleEn, titleEs), organization: org ? toOrganizationSummary(org) : null });
    result.set(personId, list);
  }
  return result;
}

export interface PersonProfile extends PersonSummary, Certainty {
  bio: Bilingual;
  archivedAt: Date | null;
  updatedAt: Date;
  positions: Position[];
  meetings: (MeetingSummary & { roles: MeetingPersonRole[] })[];
  agreements: AgreementSummary[];
  citations: Citation[];
}

/** Private people are not found at all by the public, as if they did not exist. */
export function getPersonBySlug(slug: string, viewer: Viewer): PersonProfile | null {
  const db = getDb();
  const person = db
    .select()
    .from(people)
    .where(and(eq(people.slug, slug), visiblePerson(people.isPublic, viewer)))
    .get();
  if (!person) return null;
  const meetingRows = db
    .select({ ...meetingSummaryColumns, role: meetingPeople.role })
    .from(meetingPeople)
    .innerJoin(meetings, eq(meetings.id, meetingPeople.meetingId))
    .where(and(eq(meetingPeople.personId, person.id), isNull(meetings.archivedAt)))
    .orderBy(sql`${meetings.startDate} DESC NULLS LAST`)
    .all();
  const byMeeting = new Map<number, MeetingSummary & { roles: MeetingPersonRole[] }>();
  for (const r of meetingRows) {
    const existing = byMeeting.get(r.id);
    if (existing) existing.roles.push(r.role);
    else byMeeting.set(r.id, { ...toMeetingSummary(r), roles: [r.role] });
  }
  return {
    id: person.id,
    slug: person.slug,
    name: person.name,
    honorific: person.honorific,
    isPublic: person.isPublic,
    uncertain: person.uncertain,
    uncertaintyNote: person.uncertaintyNote,
    bio: bilingual(person.bioEn, person.bioEs),
    archivedAt: person.archivedAt,
    updatedAt: person.updatedAt,
    positions: listPositionsOf([person.id]).get(person.id) ?? [],
    meetings: [...byMeeting.values()],
    agreements: db
      .select(agreementSummaryColumns)
      .from(agreementSignatories)
      .innerJoin(agreements, eq(agreements.id, agreementSignatories.agreementId))
      .where(and(eq(agreementSignatories.personId, person.id), isNull(agreements.archivedAt)))
      .orderBy(asc(agreements.signedOn))
      .all()
      .map(toAgreementSummary),
    citations: listCitations("person", person.id),
  };
}
