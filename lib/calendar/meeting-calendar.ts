/**
 * The directory's meetings as an iCalendar feed in one interface language:
 * titles, places and notes as the meeting pages show them, each event linking
 * back to its page, which holds the sources.
 */
import { meetingPlaceLabel } from "@/components/records/record-links";
import type { CalendarMeeting } from "@/db/queries/calendar";
import type { I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import type { Calendar, CalendarEvent } from "./ical";

/** Calendar programs fetch a subscription again after this many hours. */
export const CALENDAR_REFRESH_HOURS = 12;

export interface MeetingCalendarInput {
  meetings: CalendarMeeting[];
  i18n: I18n;
  /** The site's public URL, without a trailing slash. */
  baseUrl: string;
  name: string;
  /** Path of the feed itself ("/api/calendar/meetings.ics"). */
  selfPath: string;
}

function toEvent(meeting: CalendarMeeting, { i18n, baseUrl }: MeetingCalendarInput, host: string): CalendarEvent {
  const { m } = i18n;
  const title = i18n.text(meeting.title);
  const url = `${baseUrl}${routes.meeting(i18n.locale, meeting.slug)}`;
  const hosts = meeting.hosts.map((h) => i18n.name(h.name));
  const description = [
    i18n.text(meeting.summary)?.text,
    hosts.length ? i18n.t(m.discovery.calendar.hostedBy, { names: i18n.list(hosts) }) : null,
    meeting.uncertain
      ? meeting.uncertaintyNote
        ? i18n.t(m.discovery.calendar.uncertain, { note: meeting.uncertaintyNote })
        : m.discovery.calendar.uncertainNoNote
      : null,
    i18n.t(m.discovery.calendar.details, { url }),
  ].filter((part): part is string => Boolean(part));
  const organizer = meeting.hosts[0];
  return {
    // The record's id, not its slug: an editor may change the address, the event stays the same.
    uid: `meeting-${meeting.id}@${host}`,
    startDay: meeting.startDate,
    endDay: meeting.endDate,
    summary: title?.text ?? "",
    language: title?.lang ?? i18n.locale,
    description: description.join("\n\n"),
    location: meetingPlaceLabel(meeting, i18n) || null,
    geo: meeting.latitude !== null && meeting.longitude !== null ? { latitude: meeting.latitude, longitude: meeting.longitude } : null,
    url,
    // No e-mail address is known for any organization, so the organizer is named with its page as the address.
    organizer: organizer ? { name: i18n.name(organizer.name), uri: `${baseUrl}${routes.organization(i18n.locale, organizer.slug)}` } : null,
    lastModified: meeting.updatedAt,
    sequence: meeting.version - 1,
  };
}

export function buildMeetingCalendar(input: MeetingCalendarInput): Calendar {
  const host = new URL(input.baseUrl).hostname;
  return {
    productId: `-//Puentes//Meetings//${input.i18n.locale.toUpperCase()}`,
    name: input.name,
    description: input.i18n.m.discovery.calendar.description,
    language: input.i18n.locale,
    source: `${input.baseUrl}${input.selfPath}`,
    refreshHours: CALENDAR_REFRESH_HOURS,
    events: input.meetings.map((meeting) => toEvent(meeting, input, host)),
  };
}
