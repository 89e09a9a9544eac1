/**
 * Meetings as calendar events: only those whose sources give the exact day (a
 * month or a year cannot be put on a calendar without inventing a day), for the
 * whole directory or for the meetings of one organization or one program, as
 * their pages list them.
 */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { meetingOrganizations, meetings, organizations, programs } from "@/db/schema";
import { meetingConditions } from "./meetings";
import { bilingual, type Bilingual } from "./shared";

export type CalendarScope = { kind: "all" } | { kind: "organization"; slug: string } | { kind: "program"; slug: string };

export interface CalendarHost {
  slug: string;
  name: Bilingual;
}

export interface CalendarMeeting {
  id: number;
  slug: string;
  title: Bilingual;
  summary: Bilingual;
  /** "YYYY-MM-DD". */
  startDate: string;
  /** "YYYY-MM-DD" or null (one day). */
  endDate: string | null;
  venue: string | null;
  city: string | null;
  state: string | null;
  country: "US" | "MX" | null;
  latitude: number | null;
  longitude: number | null;
  uncertain: boolean;
  uncertaintyNote: string | null;
  updatedAt: Date;
  version: number;
  /** Hosts and organizers the sources name without doubt. */
  hosts: CalendarHost[];
}

/** The organization or program a scoped calendar belongs to; null when there is none by that address. */
export function getCalendarOwner(scope: Exclude<CalendarScope, { kind: "all" }>): { name: Bilingual } | null {
  const table = scope.kind === "organization" ? organizations : programs;
  const row = getDb().select({ nameEn: table.nameEn, nameEs: table.nameEs }).from(table).where(eq(table.slug, scope.slug)).get();
  return row ? { name: bilingual(row.nameEn, row.nameEs) } : null;
}

const onExactDays = sql`length(${meetings.startDate}) = 10 AND (${meetings.endDate} IS NULL OR length(${meetings.endDate}) = 10)`;

function scopeConditions(scope: CalendarScope) {
  return and(
    meetingConditions(
      scope.kind === "organization" ? { organization: scope.slug } : scope.kind === "program" ? { program: scope.slug } : {},
    ),
    onExactDays,
  );
}

/** Oldest first, as a calendar file reads. */
export function listCalendarMeetings(scope: CalendarScope): CalendarMeeting[] {
  const db = getDb();
  const where = scopeConditions(scope);
  const rows = db
    .select({
      id: meetings.id,
      slug: meetings.slug,
      titleEn: meetings.titleEn,
      titleEs: meetings.titleEs,
      summaryEn: meetings.summaryEn,
      summaryEs: meetings.summaryEs,
      startDate: meetings.startDate,
      endDate: meetings.endDate,
      venue: meetings.venue,
      city: meetings.city,
      state: meetings.state,
      country: meetings.country,
      latitude: meetings.latitude,
      longitude: meetings.longitude,
      uncertain: meetings.uncertain,
      uncertaintyNote: meetings.uncertaintyNote,
      updatedAt: meetings.updatedAt,
      version: meetings.version,
    })
    .from(meetings)
    .where(where)
    .orderBy(asc(meetings.startDate), asc(meetings.id))
    .all();

  // One read for every meeting's hosts, through the same conditions (no list of ids to bind).
  const hosts = new Map<number, CalendarHost[]>();
  const hostRows = db
    .select({
      meetingId: meetingOrganizations.meetingId,
      id: organizations.id,
      parentId: organizations.parentId,
      slug: organizations.slug,
      nameEn: organizations.nameEn,
      nameEs: organizations.nameEs,
    })
    .from(meetingOrganizations)
    .innerJoin(meetings, eq(meetings.id, meetingOrganizations.meetingId))
    .innerJoin(organizations, eq(organizations.id, meetingOrganizations.organizationId))
    .where(
      and(
        where,
        inArray(meetingOrganizations.role, ["host", "organizer"]),
        eq(meetingOrganizations.uncertain, false),
        isNull(organizations.archivedAt),
      ),
    )
    .orderBy(asc(meetingOrganizations.role), asc(organizations.nameEn))
    .all();
  const byMeeting = new Map<number, typeof hostRows>();
  for (const h of hostRows) {
    const list = byMeeting.get(h.meetingId);
    if (list) list.push(h);
    else byMeeting.set(h.meetingId, [h]);
  }
  for (const [meetingId, list] of byMeeting) {
    const ids = new Set(list.map((h) => h.id));
    // A unit hosting with its parent (UA's Office of Global Initiatives with UA) comes after it.
    const ordered = list.toSorted((a, b) => Number(ids.has(a.parentId ?? 0)) - Number(ids.has(b.parentId ?? 0)));
    const unique = ordered.filter((h, i) => ordered.findIndex((x) => x.id === h.id) === i);
    hosts.set(
      meetingId,
      unique.map((h) => ({ slug: h.slug, name: bilingual(h.nameEn, h.nameEs) })),
    );
  }

  return rows.map(({ titleEn, titleEs, summaryEn, summaryEs, startDate, ...r }) => ({
    ...r,
    startDate: startDate!,
    title: bilingual(titleEn, titleEs),
    summary: bilingual(summaryEn, summaryEs),
    hosts: hosts.get(r.id) ?? [],
  }));
}
