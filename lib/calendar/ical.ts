/**
 * iCalendar (RFC 5545, with RFC 7986's calendar properties) for published
 * calendars of all-day events. Written here rather than with a library: the
 * subset is small, and the three rules that trip calendar programs — TEXT
 * escaping, CRLF, folding at 75 octets without splitting a UTF-8 character —
 * each live in one tested function.
 */

export interface CalendarEvent {
  /** Globally unique and stable across versions of the feed. */
  uid: string;
  /** First day, "YYYY-MM-DD". */
  startDay: string;
  /** Last day (inclusive), "YYYY-MM-DD"; null for a one-day event. */
  endDay: string | null;
  summary: string;
  /** Language of the summary: a title missing in the feed's language falls back to the other one. */
  language: string;
  description: string | null;
  location: string | null;
  geo: { latitude: number; longitude: number } | null;
  /** Absolute address of the event's page. */
  url: string;
  organizer: { name: string; uri: string } | null;
  lastModified: Date;
  /** Revision number, 0 for the first (RFC 5545 §3.8.7.4). */
  sequence: number;
}

export interface Calendar {
  /** "-//Puentes//Meetings//EN" (RFC 5545 §3.7.3). */
  productId: string;
  name: string;
  description: string;
  language: string;
  /** Absolute address of the feed itself. */
  source: string;
  /** How often subscribers should fetch it again. */
  refreshHours: number;
  events: CalendarEvent[];
}

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;

/** TEXT values (§3.3.11): backslash, semicolon and comma escaped, line breaks as \n, other controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r/g, "\n")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
}

/** A quoted parameter value (§3.2): DQUOTE cannot appear inside, nor can line breaks. */
export function quoteParam(value: string): string {
  return `"${value.replace(/[\u0000-\u001F\u007F"]/g, (c) => (c === '"' ? "'" : " "))}"`;
}

/**
 * Folds a content line at 75 octets (§3.1): continuation lines start with one
 * space. Iterating by code point keeps every UTF-8 sequence (and surrogate pair)
 * whole on one line.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // The first line holds 75 octets; later ones 74 after their leading space.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** "2014-06-09" → "20140609" (a DATE value, §3.3.4). */
function dateValue(day: string): string {
  return day.replaceAll("-", "");
}

/** The day after a "YYYY-MM-DD" day: all-day events end on an exclusive DTEND. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A UTC DATE-TIME (§3.3.5): 20240131T120000Z. */
function utcDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function eventLines(event: CalendarEvent): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    // Without a METHOD, DTSTAMP is the last modification (§3.8.7.2), so the feed
    // stays the same bytes until a meeting changes.
    `DTSTAMP:${utcDateTime(event.lastModified)}`,
    `LAST-MODIFIED:${utcDateTime(event.lastModified)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTART;VALUE=DATE:${dateValue(event.startDay)}`,
    `DTEND;VALUE=DATE:${dateValue(nextDay(event.endDay ?? event.startDay))}`,
    `SUMMARY;LANGUAGE=${event.language}:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.geo) lines.push(`GEO:${event.geo.latitude};${event.geo.longitude}`);
  if (event.organizer) lines.push(`ORGANIZER;CN=${quoteParam(event.organizer.name)}:${event.organizer.uri}`);
  lines.push(
    `URL;VALUE=URI:${event.url}`,
    // Past and all-day: a meeting record never makes its subscriber look busy.
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  );
  return lines;
}

export function renderCalendar(calendar: Calendar): string {
  const refresh = `PT${calendar.refreshHours}H`;
  const lang = `;LANGUAGE=${calendar.language}`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${calendar.productId}`,
    "CALSCALE:GREGORIAN",
    `NAME${lang}:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `DESCRIPTION${lang}:${escapeText(calendar.description)}`,
    `X-WR-CALDESC:${escapeText(calendar.description)}`,
    `SOURCE;VALUE=URI:${calendar.source}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
    ...calendar.events.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
