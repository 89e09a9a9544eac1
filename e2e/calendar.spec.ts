import { expect, test, type APIRequestContext } from "@playwright/test";
import { LOCALES } from "../lib/i18n/locales";
import { lineProblems, parseCalendar } from "../tests/support/parse-ical";
import { SitePage } from "./pages/site";

const TUCSON = "2014-06-09-working-group-tucson";

async function fetchCalendar(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const bytes = await response.body();
  expect(lineProblems(bytes), path).toEqual([]);
  return parseCalendar(bytes.toString("utf8"));
}

test.describe("a researcher follows the forum's meetings in their calendar program", () => {
  test("the meetings list, an organization and a program offer a subscription and a download of their own feed", async ({
    page,
    request,
    baseURL,
  }) => {
    const host = new URL(baseURL!).host;
    for (const [path, feed] of [
      ["/en/meetings", "/api/calendar/meetings.ics"],
      ["/en/organizations/university-of-arizona", "/api/calendar/organizations/university-of-arizona.ics"],
      ["/en/programs/bilateral-forum", "/api/calendar/programs/bilateral-forum.ics"],
    ] as const) {
      const site = await new SitePage(page).open(path);
      const calendar = site.section("Meetings in your calendar");
      await expect(calendar.getByRole("link", { name: "Subscribe to calendar" })).toHaveAttribute("href", `webcal://${host}${feed}`);
      const download = calendar.getByRole("link", { name: "Download the .ics file" });
      await expect(download).toHaveAttribute("href", feed);
      await expect(calendar).toContainText("known only by their month or year are left out");
      const parsed = await fetchCalendar(request, (await download.getAttribute("href"))!);
      expect(parsed.events.length, feed).toBeGreaterThan(0);
    }
  });

  test("the whole feed: all-day events for meetings dated to the day, none for those known by month or year", async ({
    request,
    baseURL,
  }) => {
    const { properties, events } = await fetchCalendar(request, "/api/calendar/meetings.ics");
    expect(properties).toMatchObject({ "x-wr-calname": "Puentes: meetings", "refresh-interval": "PT12H", "x-published-ttl": "PT12H" });
    const tucson = events.find((e) => e.url === `${baseURL}/en/meetings/${TUCSON}`)!;
    expect(tucson).toMatchObject({
      summary: "Sixth working-group meeting: joint research and innovation",
      start: "2014-06-09",
      startIsDate: true,
      end: "2014-06-11",
      endIsDate: true,
      location: "University of Arizona, Tucson, Arizona, United States",
      organizer: { name: "University of Arizona", uri: `${baseURL}/en/organizations/university-of-arizona` },
    });
    expect(tucson.uid).toMatch(/^meeting-\d+@localhost$/);
    expect(tucson.description).toContain("Hosted by: University of Arizona and Office of Global Initiatives");
    const urls = events.map((e) => e.url);
    for (const monthOrYear of ["2013-05-forum-announcement", "2014-01-first-working-group", "2019-12-colloquium-mexico-city"]) {
      expect(urls).not.toContain(`${baseURL}/en/meetings/${monthOrYear}`);
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  test("an organization's feed holds exactly its meetings; a program's exactly its own", async ({ request, baseURL }) => {
    const ua = await fetchCalendar(request, "/api/calendar/organizations/university-of-arizona.ics");
    expect(ua.properties["x-wr-calname"]).toBe("Puentes: meetings with University of Arizona");
    expect(ua.events.map((e) => e.url)).toEqual([`${baseURL}/en/meetings/${TUCSON}`]);
    const intern = await fetchCalendar(request, "/api/calendar/programs/us-mexico-intern-program.ics");
    expect(intern.events.map((e) => e.url)).toEqual([`${baseURL}/en/meetings/2015-03-16-signing-intern-program-mou`]);
    // The Miraval seminar is dated by its year only: an empty calendar, not an error.
    expect((await fetchCalendar(request, "/api/calendar/organizations/ua-miraval-institute.ics")).events).toEqual([]);
  });

  test("every interface language has its feed; titles follow it", async ({ request }) => {
    for (const locale of LOCALES) {
      const { properties, events } = await fetchCalendar(request, `/api/calendar/meetings.ics?lang=${locale}`);
      expect(properties.prodid).toBe(`-//Puentes//Meetings//${locale.toUpperCase()}`);
      expect(events.find((e) => e.url?.endsWith(`/${locale}/meetings/${TUCSON}`))?.summaryLanguage).toBe(locale);
    }
  });

  test("an unknown record is a 404 and a malformed request a 400, each with a plain message", async ({ request }) => {
    const cases: [string, number, RegExp][] = [
      ["/api/calendar/organizations/no-such-university.ics", 404, /There is no organization at the address "no-such-university"/],
      ["/api/calendar/programs/no-such-program.ics", 404, /There is no program/],
      ["/api/calendar/programs/canfsa", 404, /Calendar addresses end in \.ics/],
      ["/api/calendar/organizations/Not_A_Slug.ics", 400, /cannot be the address of an organization/],
      ["/api/calendar/meetings.ics?lang=xx", 400, /Parameter "lang" must be one of: /],
      ["/api/calendar/meetings.ics?lang=en&lang=en", 400, /Give the parameter "lang" once/],
    ];
    for (const [path, status, message] of cases) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(status);
      expect(response.headers()["content-type"], path).toBe("text/plain; charset=utf-8");
      expect(await response.text(), path).toMatch(message);
    }
  });
});
