/**
 * The meetings' iCalendar feeds: the serializer's escaping, folding and dates read
 * back by a real parser (ical.js), and the feeds built from the forum's seed in a
 * real SQLite file (which meetings, which fields).
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import type { Db } from "@/db/connection";
import { listCalendarMeetings, type CalendarScope } from "@/db/queries/calendar";
import { getOrganizationBySlug } from "@/db/queries/organizations";
import { getProgramBySlug } from "@/db/queries/programs";
import { PUBLIC_VIEWER } from "@/db/queries/shared";
import { meetings } from "@/db/schema";
import { prepareDatabase } from "@/db/setup";
import { escapeText, foldLine, nextDay, renderCalendar, type Calendar, type CalendarEvent } from "@/lib/calendar/ical";
import { buildMeetingCalendar } from "@/lib/calendar/meeting-calendar";
import { LOCALES } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { lineProblems, parseCalendar } from "./support/parse-ical";

const BASE = "https://puentes.example.org";

function calendarOf(events: CalendarEvent[]): Calendar {
  return {
    productId: "-//Puentes//Test//EN",
    name: "Test calendar",
    description: "For tests",
    language: "en",
    source: `${BASE}/api/calendar/meetings.ics`,
    refreshHours: 12,
    events,
  };
}

function event(extra: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: "meeting-1@puentes.example.org",
    startDay: "2014-06-09",
    endDay: "2014-06-10",
    summary: "A meeting",
    language: "en",
    description: null,
    location: null,
    geo: null,
    url: `${BASE}/en/meetings/a-meeting`,
    organizer: null,
    lastModified: new Date("2024-03-05T10:20:30.456Z"),
    sequence: 2,
    ...extra,
  };
}

const encode = (s: string) => new TextEncoder().encode(s);

describe("the serializer", () => {
  test("escapes backslashes, semicolons, commas and line breaks in text, and a parser reads the original back", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    const tricky = "Reunión en Tucson, Arizona; “sexta” \\ del año\nSegunda línea";
    const feed = renderCalendar(
      calendarOf([event({ summary: tricky, description: `${tricky}\n\nÚltima`, location: "Ciudad de México, México" })]),
    );
    const [parsed] = parseCalendar(feed).events;
    expect(parsed!.summary).toBe(tricky);
    expect(parsed!.description).toBe(`${tricky}\n\nÚltima`);
    expect(parsed!.location).toBe("Ciudad de México, México");
  });

  test("folds long lines at 75 octets without splitting a multi-byte character, with CRLF everywhere", () => {
    // Two-, three- and four-byte characters, placed so that byte-counting folds would land inside them.
    const long = `${"x".repeat(61)}ñ${"é".repeat(30)}—${"漢字".repeat(20)}😀${"ü".repeat(40)} end`;
    const line = `SUMMARY:${long}`;
    const folded = foldLine(line);
    expect(folded.split("\r\n").length).toBeGreaterThan(3);
    expect(folded.replaceAll("\r\n ", "")).toBe(line);
    expect(lineProblems(encode(`${folded}\r\n`))).toEqual([]);

    const feed = renderCalendar(calendarOf([event({ summary: long, description: long.repeat(3) })]));
    expect(lineProblems(encode(feed))).toEqual([]);
    const [parsed] = parseCalendar(feed).events;
    expect(parsed!.summary).toBe(long);
    expect(parsed!.description).toBe(long.repeat(3));
  });

  test("a byte-level check catches a fold inside a character (the check itself can fail)", () => {
    const bytes = encode("SUMMARY:ñ\r\n");
    const split = new Uint8Array([...bytes.subarray(0, 9), 0x0d, 0x0a, 0x20, ...bytes.subarray(9)]);
    expect(lineProblems(split)).toContain("line 1 splits a UTF-8 character");
    expect(lineProblems(encode("A\nB\r\n"))).toContain("line 1 ends with LF alone");
    expect(lineProblems(encode(`X:${"a".repeat(80)}\r\n`))).toContain("line 1 has 82 octets");
  });

  test("all-day events: DATE values and an exclusive end, across months and years", () => {
    expect(nextDay("2014-06-10")).toBe("2014-06-11");
    expect(nextDay("2016-02-28")).toBe("2016-02-29");
    expect(nextDay("2019-12-31")).toBe("2020-01-01");
    const feed = renderCalendar(calendarOf([event(), event({ uid: "meeting-2@x", startDay: "2015-03-16", endDay: null })]));
    expect(feed).toContain("\r\nDTSTART;VALUE=DATE:20140609\r\nDTEND;VALUE=DATE:20140611\r\n");
    const [twoDays, oneDay] = parseCalendar(feed).events;
    expect(twoDays).toMatchObject({ start: "2014-06-09", startIsDate: true, end: "2014-06-11", endIsDate: true });
    expect(oneDay).toMatchObject({ start: "2015-03-16", startIsDate: true, end: "2015-03-17", endIsDate: true });
  });

  test("stamps, sequence, organizer, place and the calendar's own properties", () => {
    const feed = renderCalendar(
      calendarOf([
        event({
          organizer: { name: 'University of Arizona, "UA"', uri: `${BASE}/en/organizations/university-of-arizona` },
          geo: { latitude: 32.22174, longitude: -110.92648 },
        }),
      ]),
    );
    const { properties, events } = parseCalendar(feed);
    expect(properties).toMatchObject({
      version: "2.0",
      prodid: "-//Puentes//Test//EN",
      "x-wr-calname": "Test calendar",
      name: "Test calendar",
      "refresh-interval": "PT12H",
      "x-published-ttl": "PT12H",
      source: `${BASE}/api/calendar/meetings.ics`,
    });
    expect(events[0]).toMatchObject({
      uid: "meeting-1@puentes.example.org",
      sequence: 2,
      lastModified: "2024-03-05T10:20:30Z",
      dtstamp: "2024-03-05T10:20:30Z",
      organizer: { name: "University of Arizona, 'UA'", uri: `${BASE}/en/organizations/university-of-arizona` },
      geo: [32.22174, -110.92648],
      url: `${BASE}/en/meetings/a-meeting`,
    });
  });
});

describe("the forum's feeds", () => {
  let db: Db;
  beforeAll(() => {
    db = prepareDatabase(process.env.DATABASE_PATH!, "forum").db;
  });
  const dayPrecise = (m: { startDate: string | null; endDate: string | null }) =>
    m.startDate?.length === 10 && (m.endDate === null || m.endDate.length === 10);

  test("holds every meeting dated to the day and leaves out those known only by month or year", () => {
    const slugs = listCalendarMeetings({ kind: "all" }).map((m) => m.slug);
    const all = db.select().from(meetings).all();
    expect(slugs.sort()).toEqual(
      all
        .filter(dayPrecise)
        .map((m) => m.slug)
        .sort(),
    );
    for (const monthOrYear of [
      "2013-05-forum-announcement",
      "2014-01-first-working-group",
      "2014-creating-an-innovation-region-seminar",
      "2019-12-colloquium-mexico-city",
    ]) {
      expect(slugs).not.toContain(monthOrYear);
    }
    expect(slugs).toContain("2014-06-09-working-group-tucson");
  });

  const feedSlugs = (scope: CalendarScope) => listCalendarMeetings(scope).map((m) => m.slug);
  const datedSlugs = (listed: { slug: string; startDate: string | null; endDate: string | null }[]) =>
    listed.filter(dayPrecise).map((m) => m.slug);

  test.each([
    ...["university-of-arizona", "sre", "us-department-of-state", "ua-miraval-institute"].map((slug) => ({
      scope: { kind: "organization", slug } as const,
      page: () => getOrganizationBySlug(slug, PUBLIC_VIEWER)!.meetings,
    })),
    ...["bilateral-forum", "canfsa", "us-mexico-intern-program"].map((slug) => ({
      scope: { kind: "program", slug } as const,
      page: () => getProgramBySlug(slug)!.meetings,
    })),
  ])("the $scope.kind $scope.slug: its feed holds exactly the dated meetings its page lists", ({ scope, page }) => {
    expect(feedSlugs(scope).sort()).toEqual(datedSlugs(page()).sort());
  });

  test("the feeds of the University of Arizona, the Miraval Institute and the Intern Program", () => {
    expect(feedSlugs({ kind: "organization", slug: "university-of-arizona" })).toEqual(["2014-06-09-working-group-tucson"]);
    // The Miraval seminar is dated by its year only.
    expect(feedSlugs({ kind: "organization", slug: "ua-miraval-institute" })).toEqual([]);
    expect(feedSlugs({ kind: "program", slug: "us-mexico-intern-program" })).toEqual(["2015-03-16-signing-intern-program-mou"]);
  });

  test("each event carries the meeting's title, place, hosts, page and version, in every interface language", () => {
    for (const locale of LOCALES) {
      const i18n = getI18n(locale);
      const feed = renderCalendar(
        buildMeetingCalendar({
          meetings: listCalendarMeetings({ kind: "all" }),
          i18n,
          baseUrl: BASE,
          name: i18n.m.discovery.calendar.allName,
          selfPath: "/api/calendar/meetings.ics",
        }),
      );
      expect(lineProblems(encode(feed))).toEqual([]);
      const tucsonRow = db.select().from(meetings).where(eq(meetings.slug, "2014-06-09-working-group-tucson")).get()!;
      const tucson = parseCalendar(feed).events.find((e) => e.url === `${BASE}/${locale}/meetings/2014-06-09-working-group-tucson`);
      expect(tucson, locale).toMatchObject({
        uid: `meeting-${tucsonRow.id}@puentes.example.org`,
        summary: locale === "en" ? tucsonRow.titleEn : tucsonRow.titleEs,
        summaryLanguage: locale,
        start: "2014-06-09",
        end: "2014-06-11",
        geo: [tucsonRow.latitude, tucsonRow.longitude],
        sequence: tucsonRow.version - 1,
        organizer: { uri: `${BASE}/${locale}/organizations/university-of-arizona` },
      });
      expect(tucson!.location).toContain("Tucson");
      expect(tucson!.description).toContain(`${BASE}/${locale}/meetings/2014-06-09-working-group-tucson`);
      // The host is named in the feed's language.
      expect(tucson!.description).toContain(locale === "en" ? "University of Arizona" : "Universidad de Arizona");
    }
  });

  test("an uncertain meeting says so, and an uncertain host is not named as organizer", () => {
    const i18n = getI18n("en");
    const feed = renderCalendar(
      buildMeetingCalendar({ meetings: listCalendarMeetings({ kind: "all" }), i18n, baseUrl: BASE, name: "x", selfPath: "/x.ics" }),
    );
    const nova = parseCalendar(feed).events.find((e) => e.url?.endsWith("/2014-02-27-working-group-community-colleges"))!;
    expect(nova.description).toMatch(/Uncertain: A working-group meeting of the forum/);
    expect(nova.organizer).toBeNull();
    expect(nova.location).toBe("Northern Virginia Community College, Virginia, United States");
  });
});
