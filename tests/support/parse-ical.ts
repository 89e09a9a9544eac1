/**
 * Reads an iCalendar feed the way a calendar program does (ical.js, a real
 * parser), plus the byte-level rules a parser forgives: CRLF line ends, lines of
 * at most 75 octets, and no UTF-8 character split across a fold.
 * Shared by the Vitest tests and the end-to-end specs.
 */
import ICAL from "ical.js";

export interface ParsedEvent {
  uid: string;
  summary: string;
  summaryLanguage: string | null;
  description: string | null;
  location: string | null;
  /** "YYYY-MM-DD", with whether it is a DATE (all-day) value. */
  start: string;
  startIsDate: boolean;
  end: string;
  endIsDate: boolean;
  url: string | null;
  organizer: { name: string | null; uri: string } | null;
  geo: [number, number] | null;
  sequence: number;
  lastModified: string | null;
  dtstamp: string | null;
}

export interface ParsedCalendar {
  properties: Record<string, string>;
  events: ParsedEvent[];
}

function text(component: ICAL.Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? null : String(value);
}

export function parseCalendar(feed: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(feed));
  const properties: Record<string, string> = {};
  for (const property of calendar.getAllProperties()) properties[property.name] = String(property.getFirstValue());
  const events = calendar.getAllSubcomponents("vevent").map((vevent): ParsedEvent => {
    const event = new ICAL.Event(vevent);
    const organizer = vevent.getFirstProperty("organizer");
    const geo = vevent.getFirstPropertyValue("geo") as unknown as [number, number] | null;
    return {
      uid: event.uid,
      summary: event.summary,
      summaryLanguage: (vevent.getFirstProperty("summary")?.getParameter("language") as string | undefined) ?? null,
      description: event.description ?? null,
      location: event.location ?? null,
      start: event.startDate.toString().slice(0, 10),
      startIsDate: event.startDate.isDate,
      end: event.endDate.toString().slice(0, 10),
      endIsDate: event.endDate.isDate,
      url: text(vevent, "url"),
      organizer: organizer
        ? { name: (organizer.getParameter("cn") as string | undefined) ?? null, uri: String(organizer.getFirstValue()) }
        : null,
      geo: geo ?? null,
      sequence: event.sequence,
      lastModified: text(vevent, "last-modified"),
      dtstamp: text(vevent, "dtstamp"),
    };
  });
  return { properties, events };
}

/** Problems a lenient parser would not report; empty when the feed keeps RFC 5545's line rules. */
export function lineProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  let lineNumber = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a && bytes[i - 1] !== 0x0d) problems.push(`line ${lineNumber} ends with LF alone`);
    if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) problems.push(`line ${lineNumber} has a CR alone`);
    if (bytes[i] === 0x0a) {
      const line = bytes.subarray(start, i - 1);
      if (line.length > 75) problems.push(`line ${lineNumber} has ${line.length} octets`);
      try {
        decoder.decode(line);
      } catch {
        problems.push(`line ${lineNumber} splits a UTF-8 character`);
      }
      start = i + 1;
      lineNumber++;
    }
  }
  if (start !== bytes.length) problems.push("the feed does not end with CRLF");
  return problems;
}
