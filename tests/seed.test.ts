/**
 * The forum's real seed, read back from a real migrated SQLite file: the facts the
 * sources give, the evidence every row must carry, and the loader's refusal of a
 * dangling reference.
 */
import path from "node:path";
import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/connection";
import {
  agreementLineage,
  agreements,
  alternateNames,
  meetingOrganizations,
  meetingPeople,
  meetingSeries,
  meetingTopics,
  meetings,
  organizations,
  people,
  programs,
  sources,
} from "@/db/schema";
import { loadSeed } from "@/db/seed/load-seed";
import type { SeedData } from "@/db/seed/types";
import { prepareDatabase } from "@/db/setup";

let db: Db;
let firstSeeded: boolean;
const opened: Db[] = [];

beforeAll(() => {
  const prepared = prepareDatabase(process.env.DATABASE_PATH!, "forum");
  db = prepared.db;
  firstSeeded = prepared.seeded;
  opened.push(db);
});

afterAll(() => {
  for (const handle of opened) handle.$client.close();
});

function meetingBySlug(slug: string) {
  const row = db.select().from(meetings).where(eq(meetings.slug, slug)).get();
  if (!row) throw new Error(`meeting ${slug} not seeded`);
  return row;
}

function count(table: string): number {
  const row = db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
  return row.n;
}

describe("the June 9–10, 2014 working group in Tucson", () => {
  it("is the sixth meeting of the series, in Tucson, Arizona, with more than 90 participants", () => {
    expect(firstSeeded).toBe(true);
    const meeting = meetingBySlug("2014-06-09-working-group-tucson");
    expect(meeting).toMatchObject({
      kind: "working_group",
      startDate: "2014-06-09",
      endDate: "2014-06-10",
      city: "Tucson",
      state: "US-AZ",
      country: "US",
      seriesNumber: 6,
      attendance: 90,
      attendanceQualifier: "more_than",
    });
    const series = db.select().from(meetingSeries).where(eq(meetingSeries.id, meeting.seriesId!)).get();
    expect(series).toMatchObject({ slug: "preparatory-working-groups", plannedCount: 6 });
  });

  it("was hosted by the University of Arizona", () => {
    const meeting = meetingBySlug("2014-06-09-working-group-tucson");
    const hosts = db
      .select({ slug: organizations.slug })
      .from(meetingOrganizations)
      .innerJoin(organizations, eq(organizations.id, meetingOrganizations.organizationId))
      .where(and(eq(meetingOrganizations.meetingId, meeting.id), eq(meetingOrganizations.role, "host")))
      .all()
      .map((r) => r.slug);
    expect(hosts).toContain("university-of-arizona");
  });

  it("was opened by Dr. Sergio M. Alcocer and Dr. Nathaniel Schaefle", () => {
    const meeting = meetingBySlug("2014-06-09-working-group-tucson");
    const openers = db
      .select({ name: people.name, honorific: people.honorific })
      .from(meetingPeople)
      .innerJoin(people, eq(people.id, meetingPeople.personId))
      .where(and(eq(meetingPeople.meetingId, meeting.id), eq(meetingPeople.role, "opened")))
      .orderBy(asc(people.sortName))
      .all();
    expect(openers).toEqual([
      { name: "Sergio M. Alcocer", honorific: "Dr." },
      { name: "Nathaniel Schaefle", honorific: "Dr." },
    ]);
  });

  it("discussed its six topics", () => {
    const meeting = meetingBySlug("2014-06-09-working-group-tucson");
    const topicSlugs = db.$client
      .prepare(`SELECT t.slug FROM meeting_topics mt JOIN topics t ON t.id = mt.topic_id WHERE mt.meeting_id = ? ORDER BY t.slug`)
      .all(meeting.id)
      .map((r) => (r as { slug: string }).slug);
    expect(topicSlugs).toEqual([
      "astrophysics",
      "environment",
      "health",
      "infrastructure-and-logistics",
      "materials-and-advanced-manufacturing",
      "technology-transfer",
    ]);
    expect(db.select().from(meetingTopics).where(eq(meetingTopics.meetingId, meeting.id)).all()).toHaveLength(6);
  });
});

describe("the Bilateral Forum", () => {
  it("keeps both word orders and its acronym as alternate names", () => {
    const forum = db.select().from(programs).where(eq(programs.slug, "bilateral-forum")).get();
    expect(forum?.nameEn).toBe("U.S.–Mexico Bilateral Forum on Higher Education, Innovation, and Research");
    const names = db
      .select({ name: alternateNames.name })
      .from(alternateNames)
      .where(eq(alternateNames.programId, forum!.id))
      .all()
      .map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(["U.S.–Mexico Bilateral Forum on Higher Education, Research and Innovation", "FOBESII"]));
  });

  it("has an announced date (May 2013) and a launch date (May 21, 2014)", () => {
    const forum = db.select().from(programs).where(eq(programs.slug, "bilateral-forum")).get();
    expect(forum).toMatchObject({ kind: "forum", announcedOn: "2013-05", startDate: "2014-05-21" });
  });
});

describe("the 2015 agreements", () => {
  it("link the letter of intent on internships to the March 2015 MOU creating the Intern Program", () => {
    const rows = db
      .select({ from: agreements.slug, to: agreementLineage.toAgreementId })
      .from(agreementLineage)
      .innerJoin(agreements, eq(agreements.id, agreementLineage.fromAgreementId))
      .all();
    const mou = db.select().from(agreements).where(eq(agreements.slug, "2015-03-16-mou-intern-program")).get();
    expect(mou).toMatchObject({ kind: "memorandum_of_understanding", signedOn: "2015-03-16" });
    expect(rows).toEqual([{ from: "2015-01-05-letter-of-intent-internships", to: mou!.id }]);
    const program = db.select().from(programs).where(eq(programs.id, mou!.establishesProgramId!)).get();
    expect(program?.slug).toBe("us-mexico-intern-program");
  });
});

describe("evidence", () => {
  const ENTITY_TABLES = [
    ["organizations", "organization_id"],
    ["programs", "program_id"],
    ["meetings", "meeting_id"],
    ["agreements", "agreement_id"],
    ["people", "person_id"],
    ["topics", "topic_id"],
    ["meeting_series", "meeting_series_id"],
  ] as const;

  it.each(ENTITY_TABLES)("every row of %s cites at least one source", (table, column) => {
    expect(count(table)).toBeGreaterThan(0);
    const uncited = db.$client
      .prepare(`SELECT slug FROM ${table} WHERE id NOT IN (SELECT ${column} FROM citations WHERE ${column} IS NOT NULL)`)
      .all();
    expect(uncited).toEqual([]);
  });

  const LINK_TABLES = [
    "positions",
    "program_organizations",
    "program_topics",
    "meeting_organizations",
    "meeting_people",
    "meeting_topics",
    "meeting_programs",
    "agreement_parties",
    "agreement_signatories",
    "agreement_lineage",
    "alternate_names",
  ] as const;

  it.each(LINK_TABLES)("every row of %s has a source_id", (table) => {
    expect(count(table)).toBeGreaterThan(0);
    expect(count(`${table} WHERE source_id IS NULL`)).toBe(0);
  });

  it("keeps the press release with its archived copy and dates", () => {
    const release = db.select().from(sources).where(eq(sources.archivedCopy, "shared/seeds/000_9ee4d51cdf010d68.txt")).get();
    expect(release).toMatchObject({ kind: "press_release", publishedOn: "2014-06-16" });
    expect(release?.noteEn).toContain("June 23, 2014");
  });

  it("breaks no foreign key", () => {
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
  });
});

describe("seeding", () => {
  it("happens once: a second prepareDatabase does not duplicate rows", () => {
    const before = count("meetings");
    const again = prepareDatabase(process.env.DATABASE_PATH!, "forum");
    opened.push(again.db);
    expect(again.seeded).toBe(false);
    expect(count("meetings")).toBe(before);
    expect(count("organizations")).toBe(db.select().from(organizations).all().length);
  });

  it("refuses a dangling reference, naming it, and leaves nothing written", () => {
    const file = path.join(path.dirname(process.env.DATABASE_PATH!), "dangling.db");
    const empty = prepareDatabase(file, "none").db;
    opened.push(empty);
    const dangling: SeedData = {
      sources: [{ key: "s", slug: "s", title: "A source", kind: "web_page" }],
      topics: [],
      organizations: [{ slug: "known-university", nameEn: "Known University", kind: "university", country: "US", sources: ["s"] }],
      people: [],
      programs: [],
      meetingSeries: [],
      meetings: [
        {
          slug: "x",
          titleEn: "A meeting",
          kind: "seminar",
          organizations: [{ organization: "nowhere-university", role: "host", source: "s" }],
          sources: ["s"],
        },
      ],
      agreements: [],
    };
    expect(() => empty.transaction((tx) => loadSeed(tx, dangling))).toThrow('meeting "x" names unknown organization "nowhere-university"');
    for (const table of ["sources", "organizations", "meetings", "citations"]) {
      const row = empty.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
      expect(row.n, table).toBe(0);
    }
    expect(
      empty
        .select()
        .from(organizations)
        .where(inArray(organizations.slug, ["known-university"]))
        .all(),
    ).toEqual([]);
  });
});
