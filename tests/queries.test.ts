/**
 * The read layer against the real seeded database: what the public pages show.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { openDatabase } from "@/db/connection";
import { listAgreements, getAgreementBySlug } from "@/db/queries/agreements";
import { getDirectoryCounts, getForumProgram } from "@/db/queries/home";
import { getMeetingBySlug, listMeetings, listMeetingYears } from "@/db/queries/meetings";
import {
  countOrganizationFacets,
  getOrganizationBySlug,
  listCollaborators,
  listOrganizations,
  listOrganizationsWithMeetings,
} from "@/db/queries/organizations";
import { getPersonBySlug, listPeople } from "@/db/queries/people";
import { getProgramBySlug, listPrograms } from "@/db/queries/programs";
import { PUBLIC_VIEWER } from "@/db/queries/shared";
import { getSourceBySlug, listSources } from "@/db/queries/sources";
import { getTopicBySlug, listTopics } from "@/db/queries/topics";
import { citations, meetingPeople, meetings, people, sources } from "@/db/schema";
import { prepareDatabase } from "@/db/setup";

const ALL = { page: 1, pageSize: 1000 };

beforeAll(() => {
  prepareDatabase(process.env.DATABASE_PATH!, "forum").db.$client.close();
});

describe("organizations", () => {
  test("lists only Mexican organizations when filtered by country", () => {
    const page = listOrganizations({ country: "MX" }, ALL);
    expect(page.total).toBeGreaterThan(5);
    expect(page.items.every((o) => o.country === "MX")).toBe(true);
    expect(page.items.map((o) => o.slug)).toContain("conacyt");
  });

  test("filters by topic through programs and meetings", () => {
    const slugs = listOrganizations({ topic: "materials-and-advanced-manufacturing" }, ALL).items.map((o) => o.slug);
    expect(slugs).toEqual(expect.arrayContaining(["colorado-school-of-mines", "cetys", "university-of-north-texas"]));
    expect(slugs).not.toContain("northern-virginia-community-college");
  });

  test("paginates with a stable total", () => {
    const first = listOrganizations({}, { page: 1, pageSize: 10 });
    const second = listOrganizations({}, { page: 2, pageSize: 10 });
    expect(first.items).toHaveLength(10);
    expect(second.total).toBe(first.total);
    expect(first.pageCount).toBe(Math.ceil(first.total / 10));
    expect(second.items.map((o) => o.id)).not.toContain(first.items[0]!.id);
  });

  test("counts facets with the other filters applied", () => {
    const facets = countOrganizationFacets({ country: "US" });
    const total = listOrganizations({}, ALL).total;
    expect(facets.country.reduce((n, f) => n + f.count, 0)).toBe(total);
    expect(facets.kind.reduce((n, f) => n + f.count, 0)).toBe(listOrganizations({ country: "US" }, ALL).total);
    expect(facets.state.map((f) => f.value)).toContain("US-AZ");
  });

  test("profile of the University of Arizona links its meetings, units and collaborators", () => {
    const ua = getOrganizationBySlug("university-of-arizona", PUBLIC_VIEWER)!;
    expect(ua.name.en).toBe("University of Arizona");
    expect(ua.state).toBe("US-AZ");
    const tucson = ua.meetings.find((m) => m.slug === "2014-06-09-working-group-tucson");
    expect(tucson?.roles).toContain("host");
    expect(ua.children.map((c) => c.slug)).toContain("ua-office-of-global-initiatives");
    expect(ua.citations.length).toBeGreaterThan(0);
    // Collaborators put the other country first.
    expect(ua.collaborators.length).toBeGreaterThan(3);
    const firstUs = ua.collaborators.findIndex((c) => c.country === "US");
    const lastMx = ua.collaborators.map((c) => c.country).lastIndexOf("MX");
    expect(firstUs === -1 || lastMx < firstUs).toBe(true);
  });

  test("collaborators count shared programs and meetings", () => {
    const mines = getOrganizationBySlug("colorado-school-of-mines", PUBLIC_VIEWER)!;
    const collaborators = listCollaborators({ id: mines.id, country: mines.country, parentId: mines.parent?.id ?? null });
    const cetys = collaborators.find((c) => c.slug === "cetys");
    expect(cetys?.sharedPrograms).toBeGreaterThanOrEqual(1);
    // Its own department is one of its units, not a collaborator.
    expect(collaborators.map((c) => c.slug)).not.toContain("mines-metallurgical-and-materials-engineering");
  });

  test("an unknown slug is null, not an error", () => {
    expect(getOrganizationBySlug("no-such-organization", PUBLIC_VIEWER)).toBeNull();
  });

  test("organizations with meetings feed the meetings filter", () => {
    expect(listOrganizationsWithMeetings(500).map((o) => o.slug)).toContain("university-of-arizona");
  });
});

describe("meetings", () => {
  test("the June 2014 working group in Tucson, as the press release tells it", () => {
    const m = getMeetingBySlug("2014-06-09-working-group-tucson", PUBLIC_VIEWER)!;
    expect(m.startDate).toBe("2014-06-09");
    expect(m.endDate).toBe("2014-06-10");
    expect(m.city).toBe("Tucson");
    expect(m.attendance).toBe(90);
    expect(m.attendanceQualifier).toBe("more_than");
    expect(m.organizations.filter((o) => o.role === "host").map((o) => o.slug)).toContain("university-of-arizona");
    const openers = m.people
      .filter((p) => p.role === "opened")
      .map((p) => p.slug)
      .sort();
    expect(openers).toEqual(["nathaniel-schaefle", "sergio-m-alcocer"]);
    expect(m.topics).toHaveLength(6);
    expect(m.series?.number).toBe(6);
    expect(m.series?.previous).not.toBeNull();
    expect(m.programs.map((p) => p.slug)).toEqual(
      expect.arrayContaining(["iucrc", "canfsa", "la-red", "san-pedro-martir-telescope", "gomurc"]),
    );
  });

  test("timeline is newest first and filters combine", () => {
    const all = listMeetings({}, ALL).items;
    const dates = all.map((m) => m.startDate).filter((d): d is string => d !== null);
    expect([...dates].sort().reverse()).toEqual(dates);
    const inUs2014 = listMeetings({ country: "US", year: 2014 }, ALL).items;
    expect(inUs2014.length).toBeGreaterThan(0);
    expect(inUs2014.every((m) => m.country === "US" && m.startDate?.startsWith("2014"))).toBe(true);
    const byOrg = listMeetings({ organization: "university-of-arizona" }, ALL).items.map((m) => m.slug);
    expect(byOrg).toContain("2014-06-09-working-group-tucson");
    const byTopic = listMeetings({ topic: "astrophysics" }, ALL).items.map((m) => m.slug);
    expect(byTopic).toContain("2014-06-09-working-group-tucson");
    expect(listMeetingYears()).toContain(2014);
  });
});

describe("programs, agreements, people, topics, sources", () => {
  test("CANFSA lists its partners by role and is part of IUCRC", () => {
    const canfsa = getProgramBySlug("canfsa")!;
    expect(canfsa.parent?.slug).toBe("iucrc");
    expect(canfsa.organizations.find((o) => o.slug === "university-of-north-texas")?.role).toBe("site");
    expect(canfsa.topics.map((t) => t.slug)).toContain("materials-and-advanced-manufacturing");
    expect(listPrograms({ topic: "astrophysics" }, ALL).items.map((p) => p.slug)).toContain("san-pedro-martir-telescope");
  });

  test("the forum keeps both names and both dates", () => {
    const forum = getForumProgram()!;
    expect(forum.announcedOn).toBe("2013-05");
    expect(forum.startDate).toBe("2014-05-21");
    expect(forum.alternateNames.length).toBeGreaterThanOrEqual(1);
  });

  test("the intern program MOU follows the letter of intent", () => {
    const mou = getAgreementBySlug("2015-03-16-mou-intern-program", PUBLIC_VIEWER)!;
    expect(mou.followed.map((a) => a.kind)).toContain("letter_of_intent");
    expect(mou.establishesProgram?.slug).toBe("us-mexico-intern-program");
    expect(mou.signatories.map((s) => s.slug)).toEqual(expect.arrayContaining(["evan-ryan", "sergio-m-alcocer"]));
    expect(listAgreements({ kind: "memorandum_of_understanding" }, ALL).items.length).toBeGreaterThanOrEqual(2);
  });

  test("people show positions and meetings", () => {
    const alcocer = getPersonBySlug("sergio-m-alcocer", PUBLIC_VIEWER)!;
    expect(alcocer.honorific).toBe("Dr.");
    expect(alcocer.positions.length).toBeGreaterThan(0);
    expect(alcocer.meetings.map((m) => m.slug)).toContain("2014-06-09-working-group-tucson");
    expect(listPeople(PUBLIC_VIEWER, ALL).items.every((p) => p.isPublic)).toBe(true);
  });

  test("topics count their programs and meetings", () => {
    const astro = listTopics().find((t) => t.slug === "astrophysics")!;
    expect(astro.programCount).toBeGreaterThanOrEqual(1);
    expect(astro.meetingCount).toBeGreaterThanOrEqual(1);
    expect(getTopicBySlug("astrophysics")?.name.es).toBeTruthy();
    expect(listOrganizations({ topic: "astrophysics" }, ALL).items.map((o) => o.slug)).toContain("university-of-arizona");
  });

  test("a source lists every record that cites it", () => {
    const sources = listSources(ALL).items;
    const seed = sources.reduce((a, b) => (b.citationCount > a.citationCount ? b : a));
    expect(seed.citationCount).toBeGreaterThan(10);
    const profile = getSourceBySlug(seed.slug, PUBLIC_VIEWER)!;
    expect(profile.meetings.total + profile.organizations.total + profile.programs.total).toBeGreaterThan(10);
    expect(profile.meetings.items).toHaveLength(profile.meetings.total);
  });

  test("home counts match the lists", () => {
    const counts = getDirectoryCounts();
    expect(counts.organizations).toBe(listOrganizations({}, ALL).total);
    expect(counts.meetings).toBe(listMeetings({}, ALL).total);
    expect(counts.organizationsByCountry.US + counts.organizationsByCountry.MX + counts.organizationsByCountry["US-MX"]).toBe(
      counts.organizations,
    );
  });
});

describe("private people", () => {
  test("are hidden from the public everywhere and shown to editors", () => {
    const db = openDatabase(process.env.DATABASE_PATH!);
    const meeting = db.select().from(meetings).where(eq(meetings.slug, "2014-06-09-working-group-tucson")).get()!;
    const source = db.select().from(sources).limit(1).get()!;
    db.transaction((tx) => {
      const [person] = tx
        .insert(people)
        .values({ slug: "private-attendee", name: "Private Attendee", sortName: "Attendee, Private", isPublic: false })
        .returning()
        .all();
      tx.insert(citations).values({ sourceId: source.id, personId: person!.id }).run();
      tx.insert(meetingPeople).values({ meetingId: meeting.id, personId: person!.id, role: "attended", sourceId: source.id }).run();
    });
    db.$client.close();

    const editor = { canSeePrivatePeople: true };
    expect(getPersonBySlug("private-attendee", PUBLIC_VIEWER)).toBeNull();
    expect(getPersonBySlug("private-attendee", editor)?.isPublic).toBe(false);
    expect(listPeople(PUBLIC_VIEWER, ALL).items.map((p) => p.slug)).not.toContain("private-attendee");
    expect(listPeople(editor, ALL).items.map((p) => p.slug)).toContain("private-attendee");
    expect(getMeetingBySlug(meeting.slug, PUBLIC_VIEWER)!.people.map((p) => p.slug)).not.toContain("private-attendee");
    expect(getMeetingBySlug(meeting.slug, editor)!.people.map((p) => p.slug)).toContain("private-attendee");
    expect(getDirectoryCounts().people).toBe(listPeople(PUBLIC_VIEWER, ALL).total);
  });
});
