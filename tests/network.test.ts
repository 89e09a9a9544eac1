/**
 * The collaboration network on the forum's real data: its links, a record's
 * neighbourhood, the filters, the cap, the server layout and the cache.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { openDatabase } from "@/db/connection";
import { buildNetwork, findNetworkRecord, getNetwork, type NetworkGraph } from "@/db/queries/network";
import { meetingOrganizations, meetings, organizations } from "@/db/schema";
import { prepareDatabase } from "@/db/setup";
import { layoutNetwork } from "@/lib/network/layout";
import { recordRefSchema } from "@/lib/validation/record-ref";

const networkFocusSchema = recordRefSchema(["organization", "program", "meeting"]);

beforeAll(() => {
  prepareDatabase(process.env.DATABASE_PATH!, "forum").db.$client.close();
});

/** The graph's links as "organization relation record" strings. */
function links(graph: NetworkGraph): string[] {
  return graph.edges.map((e) => `${graph.nodes[e.source]!.slug} ${e.relation} ${graph.nodes[e.target]!.slug}`);
}

function slugs(graph: NetworkGraph, kind?: string): string[] {
  return graph.nodes.filter((n) => !kind || n.kind === kind).map((n) => n.slug);
}

describe("links of the forum's network", () => {
  const graph = () => buildNetwork({})!;

  test("the University of Arizona hosted the June 2014 working group, which CONACYT attended", () => {
    const all = links(graph());
    expect(all).toContain("university-of-arizona hosted 2014-06-09-working-group-tucson");
    expect(all).toContain("conacyt attended 2014-06-09-working-group-tucson");
  });

  test("organizations take part in programs", () => {
    expect(links(graph())).toContain("inaoe takes_part_in san-pedro-martir-telescope");
  });

  test("one link per organization and record, with its strongest role", () => {
    const all = links(graph());
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((l) => l.startsWith("university-of-arizona ") && l.endsWith(" 2014-06-09-working-group-tucson"))).toHaveLength(1);
  });

  test("every node is linked and every link joins an organization to a program or meeting", () => {
    const g = graph();
    expect(g.capped).toBe(false);
    expect(g.totalNodes).toBe(g.nodes.length);
    expect(g.nodes.every((n) => n.degree > 0)).toBe(true);
    for (const e of g.edges) {
      expect(g.nodes[e.source]!.kind).toBe("organization");
      expect(["program", "meeting"]).toContain(g.nodes[e.target]!.kind);
    }
  });
});

describe("centred on a record", () => {
  test("an organization's neighbourhood: its meetings and programs, then who else was there", () => {
    const g = buildNetwork({ focus: { kind: "organization", slug: "university-of-arizona" } })!;
    const focus = g.nodes[g.focusIndex!]!;
    expect(focus.slug).toBe("university-of-arizona");
    expect(focus.hop).toBe(0);
    expect([focus.x, focus.y]).toEqual([0, 0]);
    const hop = (slug: string) => g.nodes.find((n) => n.slug === slug)?.hop;
    expect(hop("2014-06-09-working-group-tucson")).toBe(1);
    expect(hop("conacyt")).toBe(2);
    expect(g.nodes.every((n) => n.hop !== null && n.hop <= 2)).toBe(true);
    // Not within two links of the university.
    expect(slugs(g)).not.toContain("proyecta-100000");
    expect(g.nodes.length).toBeLessThan(buildNetwork({})!.nodes.length);
  });

  test("a program's neighbourhood starts with its organizations", () => {
    const g = buildNetwork({ focus: { kind: "program", slug: "san-pedro-martir-telescope" } })!;
    expect(g.nodes[g.focusIndex!]!.slug).toBe("san-pedro-martir-telescope");
    expect(g.nodes.filter((n) => n.hop === 1).map((n) => n.slug)).toEqual(
      expect.arrayContaining(["inaoe", "steward-observatory", "unam-instituto-de-astronomia"]),
    );
  });

  test("a meeting's neighbourhood includes its host", () => {
    const g = buildNetwork({ focus: { kind: "meeting", slug: "2014-06-09-working-group-tucson" } })!;
    expect(g.nodes.find((n) => n.slug === "university-of-arizona")?.hop).toBe(1);
  });

  test("an unknown record gives no graph", () => {
    expect(findNetworkRecord({ kind: "organization", slug: "no-such-university" })).toBeNull();
    expect(buildNetwork({ focus: { kind: "meeting", slug: "no-such-meeting" } })).toBeNull();
  });
});

describe("filters", () => {
  test("country keeps the organizations of that country", () => {
    const g = buildNetwork({ country: "MX" })!;
    const orgs = g.nodes.filter((n) => n.kind === "organization");
    expect(orgs.length).toBeGreaterThan(3);
    expect(orgs.every((n) => n.country === "MX")).toBe(true);
    expect(slugs(g)).toContain("conacyt");
    expect(slugs(g)).not.toContain("university-of-arizona");
  });

  test("year keeps the meetings of that year and the programs running then", () => {
    const g = buildNetwork({ year: 2014 })!;
    const dates = g.nodes.filter((n) => n.kind === "meeting").map((n) => n.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d?.startsWith("2014"))).toBe(true);
    expect(slugs(g, "meeting")).toContain("2014-06-09-working-group-tucson");
    expect(slugs(buildNetwork({ year: 2015 })!, "meeting")).not.toContain("2014-06-09-working-group-tucson");
  });

  test("topic keeps the programs and meetings on it, as the lists do", () => {
    const g = buildNetwork({ topic: "astrophysics" })!;
    expect(slugs(g)).toEqual(expect.arrayContaining(["san-pedro-martir-telescope", "university-of-arizona"]));
    expect(slugs(g, "program")).not.toContain("proyecta-100000");
  });

  test("filters combine with a focus", () => {
    const g = buildNetwork({ focus: { kind: "organization", slug: "university-of-arizona" }, country: "US" })!;
    expect(g.nodes.filter((n) => n.kind === "organization").every((n) => n.country === "US")).toBe(true);
    expect(slugs(g)).not.toContain("conacyt");
  });
});

describe("the cap", () => {
  test("keeps the most connected records, says it cut, and keeps every kept node linked", () => {
    const full = buildNetwork({})!;
    const g = buildNetwork({}, 10)!;
    expect(g.nodes).toHaveLength(10);
    expect(g.capped).toBe(true);
    expect(g.totalNodes).toBe(full.nodes.length);
    expect(g.totalEdges).toBe(full.edges.length);
    expect(g.nodes.every((n) => n.degree > 0)).toBe(true);
    // The best-connected meeting of the forum (the Tucson working group) is among them.
    const busiest = [...full.nodes].sort((a, b) => b.degree - a.degree)[0]!;
    expect(slugs(g)).toContain(busiest.slug);
    // The same data always gives the same cut.
    expect(slugs(buildNetwork({}, 10)!)).toEqual(slugs(g));
  });

  test("under a focus the focused record is always kept", () => {
    const g = buildNetwork({ focus: { kind: "organization", slug: "university-of-arizona" } }, 3)!;
    expect(g.nodes[0]!.slug).toBe("university-of-arizona");
    expect(g.nodes).toHaveLength(3);
  });
});

describe("layout", () => {
  test("places nodes apart, linked ones closer than unlinked ones on average", () => {
    const g = buildNetwork({})!;
    const distance = (a: number, b: number) => Math.hypot(g.nodes[a]!.x - g.nodes[b]!.x, g.nodes[a]!.y - g.nodes[b]!.y);
    expect(new Set(g.nodes.map((n) => `${n.x},${n.y}`)).size).toBeGreaterThan(g.nodes.length * 0.9);
    const linked = g.edges.reduce((sum, e) => sum + distance(e.source, e.target), 0) / g.edges.length;
    let unlinked = 0;
    for (let i = 1; i < g.nodes.length; i++) unlinked += distance(0, i);
    unlinked /= g.nodes.length - 1;
    expect(linked).toBeLessThan(unlinked);
  });

  test("sets leaves around their one neighbour and keeps a fixed centre", () => {
    const positions = layoutNetwork(
      4,
      [
        [0, 1],
        [0, 2],
        [0, 3],
      ],
      0,
    );
    expect(positions.slice(0, 2)).toEqual([0, 0]);
    for (const i of [1, 2, 3]) expect(Math.hypot(positions[2 * i]!, positions[2 * i + 1]!)).toBeCloseTo(14, 0);
  });
});

describe("cache", () => {
  test("serves the same graph until the data changes, from this connection or another", () => {
    const first = getNetwork({ country: "US" });
    const again = getNetwork({ country: "US" });
    expect(again.cached).toBe(true);
    expect(again.graph).toBe(first.graph);

    // Another connection (a script, another process) adds a link.
    const other = openDatabase(process.env.DATABASE_PATH!);
    const org = other.select().from(organizations).where(eq(organizations.slug, "national-science-foundation")).get()!;
    const meeting = other.select().from(meetings).where(eq(meetings.slug, "2013-05-forum-announcement")).get()!;
    other.insert(meetingOrganizations).values({ meetingId: meeting.id, organizationId: org.id, role: "participant" }).run();
    other.$client.close();

    const after = getNetwork({ country: "US" });
    expect(after.cached).toBe(false);
    expect(links(after.graph!)).toContain("national-science-foundation attended 2013-05-forum-announcement");
    expect(getNetwork({ country: "US" }).cached).toBe(true);
  });
});

describe("the focus parameter", () => {
  test("reads a kind and an identifier", () => {
    expect(networkFocusSchema.parse("organization:university-of-arizona")).toEqual({
      kind: "organization",
      slug: "university-of-arizona",
    });
  });

  test("refuses other kinds and malformed identifiers with a readable reason", () => {
    for (const bad of ["person:someone", "university-of-arizona", "meeting:Not A Slug", "program:"]) {
      const result = networkFocusSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/organization|identifier/);
    }
  });
});
