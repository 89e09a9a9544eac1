/**
 * Reading cells and matching rows to records, without a database: the indexes
 * are built from plain candidates, as db/queries/import-matching.ts builds them.
 */
import { describe, expect, test } from "vitest";
import { readHeader } from "@/lib/import/columns";
import { MeetingIndex, OrganizationIndex, SourceIndex, type OrganizationCandidate } from "@/lib/import/matching";
import {
  readChoice,
  readCountry,
  readDecimal,
  readRorId,
  readState,
  readWebsite,
  readYesNo,
  splitList,
  websiteKey,
} from "@/lib/import/values";
import { MEETING_KINDS, ORGANIZATION_KINDS } from "@/lib/vocabulary";

const org = (id: number, fields: Partial<OrganizationCandidate>): OrganizationCandidate => ({
  id,
  slug: `org-${id}`,
  version: 1,
  nameEn: `Organization ${id}`,
  nameEs: null,
  acronymEn: null,
  acronymEs: null,
  rorId: null,
  website: null,
  ...fields,
});

const organizations = new OrganizationIndex([
  org(1, { nameEn: "University of Arizona", nameEs: "Universidad de Arizona", acronymEn: "UA", website: "https://www.arizona.edu/" }),
  org(2, {
    nameEn: "National Autonomous University of Mexico",
    nameEs: "Universidad Nacional Autónoma de México",
    acronymEs: "UNAM",
    rorId: "01tmp8f25",
  }),
  org(3, { nameEn: "Office of Global Initiatives", website: "https://global.arizona.edu" }),
  org(4, { nameEn: "Office of Global Initiatives", website: "https://international.example.edu" }),
  org(5, { nameEn: "Universidad Autónoma de Baja California", acronymEs: "UABC" }),
  org(6, { nameEn: "Ulster Association", acronymEn: "UA" }),
]);

const rowOf = (fields: { rorId?: string; website?: string; names?: string[] }) => ({
  rorId: fields.rorId ?? null,
  website: fields.website ?? null,
  names: fields.names ?? [],
});

describe("matching organizations", () => {
  test("by ROR id first, even when the name differs", () => {
    const match = organizations.match(rowOf({ rorId: "01tmp8f25", names: ["UNAM (main campus)"] }));
    expect(match).toMatchObject({ status: "one", by: "ror", record: { id: 2 } });
  });

  test("then by website, whatever the scheme, www or trailing slash", () => {
    expect(organizations.match(rowOf({ website: "http://arizona.edu", names: ["U of A"] }))).toMatchObject({
      status: "one",
      by: "website",
      record: { id: 1 },
    });
    expect(websiteKey("HTTPS://WWW.Arizona.edu/")).toBe("arizona.edu");
    expect(websiteKey("https://global.arizona.edu/about/")).toBe("global.arizona.edu/about");
  });

  test("then by English or Spanish name, case and accents aside", () => {
    expect(organizations.match(rowOf({ names: ["universidad nacional autonoma de mexico"] }))).toMatchObject({
      status: "one",
      by: "name",
      record: { id: 2 },
    });
    expect(organizations.match(rowOf({ names: ["Something new", "UNIVERSIDAD DE ARIZONA"] }))).toMatchObject({ record: { id: 1 } });
  });

  test("two records with the same name are ambiguous; a website settles it", () => {
    const ambiguous = organizations.match(rowOf({ names: ["Office of Global Initiatives"] }));
    expect(ambiguous.status).toBe("many");
    expect(organizations.match(rowOf({ website: "global.arizona.edu", names: ["Office of Global Initiatives"] }))).toMatchObject({
      status: "one",
      record: { id: 3 },
    });
  });

  test("nothing matching is a new organization", () => {
    expect(organizations.match(rowOf({ rorId: "05xyz1234", names: ["Instituto Tecnológico de Sonora"] }))).toEqual({ status: "none" });
  });

  test("participants are found by ROR address, website, name or acronym; a shared acronym is ambiguous", () => {
    expect(organizations.find("https://ror.org/01tmp8f25")).toMatchObject({ status: "one", record: { id: 2 } });
    expect(organizations.find("www.arizona.edu")).toMatchObject({ status: "one", record: { id: 1 } });
    expect(organizations.find("Universidad Autonoma de Baja California")).toMatchObject({ status: "one", record: { id: 5 } });
    expect(organizations.find("UABC")).toMatchObject({ status: "one", by: "acronym", record: { id: 5 } });
    expect(organizations.find("UA").status).toBe("many");
    expect(organizations.find("Nowhere College").status).toBe("none");
  });
});

describe("matching meetings and sources", () => {
  const meetings = new MeetingIndex([
    {
      id: 1,
      slug: "2014-06-09-working-group-tucson",
      version: 3,
      titleEn: "Sixth working-group meeting",
      titleEs: "Sexta reunión",
      startDate: "2014-06-09",
    },
    { id: 2, slug: "2017-03-14-roundtable", version: 1, titleEn: "Roundtable", titleEs: null, startDate: "2017-03-14" },
  ]);

  test("a meeting by its address, or by title and start date", () => {
    expect(meetings.match({ slug: "2017-03-14-roundtable", titles: ["Renamed"], startDate: null })).toMatchObject({
      by: "slug",
      record: { id: 2 },
    });
    expect(meetings.match({ slug: null, titles: [null, "SEXTA REUNIÓN"], startDate: "2014-06-09" })).toMatchObject({
      by: "title_date",
      record: { id: 1 },
    });
    expect(meetings.match({ slug: null, titles: ["Roundtable"], startDate: "2018-01-01" })).toEqual({ status: "none" });
  });

  test("a source by its address, its page in Puentes or its document's URL", () => {
    const sources = new SourceIndex([
      { id: 7, slug: "uanews-2014-06-11-meeting-at-ua", url: "https://uanews.arizona.edu/story/officials-meet" },
      { id: 8, slug: "sre-2014-06-16-working-group-arizona", url: null },
    ]);
    expect(sources.find("uanews-2014-06-11-meeting-at-ua")?.id).toBe(7);
    expect(sources.find("https://puentes.example.org/en/sources/sre-2014-06-16-working-group-arizona")?.id).toBe(8);
    expect(sources.find("http://uanews.arizona.edu/story/officials-meet/")?.id).toBe(7);
    expect(sources.find("a press release")).toBeNull();
  });
});

describe("reading cells", () => {
  test("choices by code or English label", () => {
    expect(readChoice(ORGANIZATION_KINDS, "Research center")).toEqual({ ok: true, value: "research_center" });
    expect(readChoice(MEETING_KINDS, "High-level meeting")).toEqual({ ok: true, value: "high_level_meeting" });
    expect(readChoice(ORGANIZATION_KINDS, "Universidad")).toMatchObject({
      ok: false,
      issue: { code: "not_in_list", value: "Universidad" },
    });
  });

  test("countries, states, ROR ids, websites, decimals and yes/no as people type them", () => {
    expect(readCountry("México")).toEqual({ ok: true, value: "MX" });
    expect(readCountry("EE.UU.")).toEqual({ ok: true, value: "US" });
    expect(readCountry("Canada").ok).toBe(false);
    expect(readState("Nuevo Leon", "MX")).toEqual({ ok: true, value: "MX-NLE" });
    expect(readState("AZ", "US")).toEqual({ ok: true, value: "US-AZ" });
    expect(readState("us-az", null)).toEqual({ ok: true, value: "US-AZ" });
    expect(readState("Atlantis", "MX").ok).toBe(false);
    expect(readRorId("https://ror.org/03M2X1Q45")).toEqual({ ok: true, value: "03m2x1q45" });
    expect(readRorId("3m2x1q45").ok).toBe(false);
    expect(readWebsite("www.uabc.mx")).toEqual({ ok: true, value: "https://www.uabc.mx" });
    expect(readDecimal("32,22174")).toEqual({ ok: true, value: 32.22174 });
    expect(readDecimal("north").ok).toBe(false);
    expect(readYesNo("Sí")).toEqual({ ok: true, value: true });
    expect(readYesNo("maybe").ok).toBe(false);
    expect(splitList("UNAM | CONACYT\nSRE; SEP")).toEqual(["UNAM", "CONACYT", "SRE", "SEP"]);
  });

  test("a header is matched column by column; missing, unknown and repeated columns are named", () => {
    const reading = readHeader("organization", ["Name EN", "kind", "Notes", "kind"]);
    expect(reading.missing).toEqual(["country"]);
    expect(reading.unknown).toEqual(["Notes"]);
    expect(reading.duplicated).toEqual(["kind"]);
    expect(reading.positions.get("name_en")).toBe(0);
  });
});
