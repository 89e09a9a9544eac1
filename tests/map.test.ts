/**
 * The map against the forum's real seed in a real SQLite file: the places the
 * sources support, the filters shared with the lists, grouping into markers,
 * records without coordinates, and editing coordinates (validation and history).
 */
import { inEnglish } from "@/lib/i18n/message-ref";
import { and, count, eq, isNotNull, isNull, like } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { readSnapshot, type Snapshot } from "@/db/aggregates";
import type { Actor } from "@/db/authorize";
import type { Db } from "@/db/connection";
import { updateRecord, ValidationError } from "@/db/mutations/records";
import { getMapRecord, listMapMarkers, markerKeyOf, MAX_MARKERS, type MapMarker } from "@/db/queries/map";
import { citations, meetings, organizations, revisions, sources } from "@/db/schema";
import { projectPoint } from "@/lib/map/base-map";
import { RECORD_SCHEMAS } from "@/lib/validation/records";
import { forumDatabaseWithAdmin } from "./support/forum-database";

let db: Db;
let admin: Actor;

beforeAll(() => {
  ({ db, admin } = forumDatabaseWithAdmin("admin@example.org"));
});

const slugsOf = (marker: MapMarker | undefined) => marker?.records.map((r) => r.slug) ?? [];

function markerWith(markers: MapMarker[], kind: MapMarker["kind"], slug: string): MapMarker | undefined {
  return markers.find((m) => m.kind === kind && m.records.some((r) => r.slug === slug));
}

describe("the forum's places", () => {
  test("the University of Arizona is placed at Tucson and cites the GeoNames entry for the city", () => {
    const ua = db.select().from(organizations).where(eq(organizations.slug, "university-of-arizona")).get()!;
    expect(ua.latitude).toBeCloseTo(32.22174, 5);
    expect(ua.longitude).toBeCloseTo(-110.92648, 5);
    const cited = db
      .select({ url: sources.url })
      .from(citations)
      .innerJoin(sources, eq(sources.id, citations.sourceId))
      .where(eq(citations.organizationId, ua.id))
      .all()
      .map((r) => r.url);
    expect(cited).toContain("https://www.geonames.org/5318313");
  });

  test("records no source places keep no coordinates", () => {
    for (const slug of ["national-science-foundation", "colorado-school-of-mines", "cetys"]) {
      const row = db.select().from(organizations).where(eq(organizations.slug, slug)).get()!;
      expect([row.latitude, row.longitude], slug).toEqual([null, null]);
    }
    const january = db.select().from(meetings).where(eq(meetings.slug, "2014-01-first-working-group")).get()!;
    expect(january.latitude).toBeNull();
  });
});

describe("listMapMarkers", () => {
  test("groups the Tucson organizations into one marker and the Tucson meetings into another", () => {
    const { markers } = listMapMarkers({});
    const orgs = markerWith(markers, "organization", "university-of-arizona");
    expect(orgs?.count).toBe(3);
    expect(slugsOf(orgs)).toEqual(
      expect.arrayContaining(["university-of-arizona", "ua-office-of-global-initiatives", "ua-miraval-institute"]),
    );
    expect(orgs?.city).toBe("Tucson");
    const meetingsThere = markerWith(markers, "meeting", "2014-06-09-working-group-tucson");
    expect(meetingsThere?.count).toBe(2);
    expect(slugsOf(meetingsThere)).toContain("2014-creating-an-innovation-region-seminar");
    expect(meetingsThere!.latitude).toBeCloseTo(32.22174, 5);
  });

  test("a marker holding one record names it", () => {
    const { markers } = listMapMarkers({ kind: "meeting", country: "US", state: "US-DC" });
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ count: 1, records: [{ slug: "2017-03-14-roundtable-washington" }] });
  });

  test("counts the records the filters match that have no coordinates", () => {
    const result = listMapMarkers({});
    const unplacedOrgs = db
      .select({ n: count() })
      .from(organizations)
      .where(and(isNull(organizations.latitude), isNull(organizations.archivedAt)))
      .get()!.n;
    const placedOrgs = db.select({ n: count() }).from(organizations).where(isNotNull(organizations.latitude)).get()!.n;
    expect(result.unplaced.organization).toBe(unplacedOrgs);
    expect(result.placed.organization).toBe(placedOrgs);
    expect(result.placed.meeting).toBe(6);
    expect(result.unplaced.meeting).toBeGreaterThan(0);
    expect(result.markers.reduce((n, m) => n + m.count, 0)).toBe(result.placed.organization + result.placed.meeting);
  });

  test("filters by country, kind of record, kind of organization, year and program like the lists", () => {
    const mexico = listMapMarkers({ country: "MX" });
    // Country is the organization's own: the Mexican Cultural Institute is Mexican, in Washington.
    expect(mexico.markers.filter((m) => m.latitude > 33).flatMap((m) => m.records.map((r) => r.slug))).toEqual([
      "mexican-cultural-institute",
    ]);
    expect(markerWith(mexico.markers, "organization", "university-of-arizona")).toBeUndefined();
    expect(mexico.placed.meeting).toBe(3);

    const onlyMeetings = listMapMarkers({ kind: "meeting" });
    expect(onlyMeetings.markers.every((m) => m.kind === "meeting")).toBe(true);
    expect(onlyMeetings.placed.organization).toBe(0);

    // Meetings have no kind of organization, so that filter leaves organizations only.
    const universities = listMapMarkers({ orgKind: "university" });
    expect(universities.placed.meeting).toBe(0);
    expect(universities.markers.flatMap((m) => m.records.map((r) => r.slug)).sort()).toEqual(["unam", "university-of-arizona"]);

    const in2014 = listMapMarkers({ kind: "meeting", year: 2014 });
    expect(in2014.placed.meeting).toBe(3);
    const orgsAt2014Meetings = listMapMarkers({ kind: "organization", year: 2014 });
    expect(markerWith(orgsAt2014Meetings.markers, "organization", "university-of-arizona")).toBeDefined();

    const arizona = listMapMarkers({ state: "US-AZ" });
    expect(arizona.placed).toEqual({ organization: 3, meeting: 2 });

    const binational = listMapMarkers({ country: "US-MX" });
    expect(binational.placed.meeting).toBe(0);
  });

  test("the focused record's marker key matches the marker it is in", () => {
    const result = listMapMarkers({});
    const ua = getMapRecord("organization", "university-of-arizona")!;
    const key = markerKeyOf("organization", ua.latitude!, ua.longitude!, result.gridDegrees);
    expect(result.markers.find((m) => m.key === key)?.records.map((r) => r.slug)).toContain("university-of-arizona");
    expect(getMapRecord("meeting", "no-such-meeting")).toBeNull();
  });

  test("many records merge into at most MAX_MARKERS markers per kind, without losing any", () => {
    // A grid of 40 × 40 points across the southern United States and Mexico.
    const rows = [];
    for (let i = 0; i < 40; i++)
      for (let j = 0; j < 40; j++)
        rows.push({
          slug: `grid-org-${i}-${j}`,
          nameEn: `Grid organization ${i}-${j}`,
          kind: "company" as const,
          country: "MX" as const,
          latitude: 18 + i * 0.37,
          longitude: -115 + j * 0.51,
        });
    db.insert(organizations).values(rows).run();
    const result = listMapMarkers({ kind: "organization", orgKind: "company" });
    expect(result.placed.organization).toBe(1600);
    expect(result.markers.length).toBeLessThanOrEqual(MAX_MARKERS);
    expect(result.gridDegrees).toBeGreaterThan(0.01);
    expect(result.markers.reduce((n, m) => n + m.count, 0)).toBe(1600);
    expect(result.recordsListed).toBe(false);
    db.delete(organizations).where(like(organizations.slug, "grid-org-%")).run();
  });
});

describe("projection", () => {
  test("places Tucson west of Washington and Mexico City south of both, inside the map", () => {
    const tucson = projectPoint(32.22174, -110.92648)!;
    const washington = projectPoint(38.89511, -77.03637)!;
    const mexicoCity = projectPoint(19.42847, -99.12766)!;
    expect(tucson.x).toBeLessThan(washington.x);
    expect(mexicoCity.y).toBeGreaterThan(tucson.y);
    expect(mexicoCity.y).toBeGreaterThan(washington.y);
    expect(projectPoint(61.2181, -149.9003)).not.toBeNull(); // Anchorage, in the Alaska inset
    expect(projectPoint(-33.9, 18.4)).toBeNull(); // Cape Town is off the map
  });
});

describe("coordinate validation", () => {
  const fields = (extra: Record<string, unknown>) => ({
    slug: null,
    fields: { nameEn: "Somewhere University", kind: "university", country: "US", ...extra },
    links: {},
  });
  const errorsOf = (input: unknown) => {
    const parsed = RECORD_SCHEMAS.organization.safeParse(input);
    return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), inEnglish(i.message)]));
  };

  test("accepts both numbers, or neither", () => {
    expect(errorsOf(fields({ latitude: "32.22174", longitude: "-110.92648" }))).toEqual({});
    expect(errorsOf(fields({ latitude: "", longitude: "" }))).toEqual({});
    const parsed = RECORD_SCHEMAS.organization.parse(fields({ latitude: " 32.5 ", longitude: "-110" }));
    expect(parsed.fields).toMatchObject({ latitude: 32.5, longitude: -110 });
  });

  test("asks for the missing half of a point", () => {
    expect(errorsOf(fields({ latitude: "32.2" }))).toEqual({ "fields.longitude": "Give the longitude too, or clear the latitude." });
    expect(errorsOf(fields({ longitude: "-110.9" }))).toEqual({ "fields.latitude": "Give the latitude too, or clear the longitude." });
  });

  test("refuses numbers off the globe and text that is not a number", () => {
    expect(errorsOf(fields({ latitude: "91", longitude: "0" }))).toEqual({
      "fields.latitude": "Use a value between -90 and 90 for the latitude.",
    });
    expect(errorsOf(fields({ latitude: "0", longitude: "-180.5" }))).toEqual({
      "fields.longitude": "Use a value between -180 and 180 for the longitude.",
    });
    expect(errorsOf(fields({ latitude: "north", longitude: "0" }))["fields.latitude"]).toMatch(/decimal degrees/);
  });

  test("meetings follow the same rules", () => {
    const meeting = (extra: Record<string, unknown>) => ({
      slug: null,
      fields: { titleEn: "A meeting", kind: "seminar", ...extra },
      links: {},
    });
    expect(RECORD_SCHEMAS.meeting.safeParse(meeting({ latitude: "19.4", longitude: "-99.1" })).success).toBe(true);
    const parsed = RECORD_SCHEMAS.meeting.safeParse(meeting({ latitude: "19.4" }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join(".")).toBe("fields.longitude");
  });
});

describe("editing coordinates", () => {
  const slug = "northern-virginia-community-college";
  const idOf = () => db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug)).get()!.id;
  const versionOf = () => db.select({ v: organizations.version }).from(organizations).where(eq(organizations.slug, slug)).get()!.v;

  test("an admin places an organization; the map shows it and history records before and after", () => {
    const before = readSnapshot(db, "organization", idOf())!;
    expect(before.fields.latitude).toBeNull();
    const result = updateRecord(db, admin, "organization", idOf(), versionOf(), {
      ...before,
      fields: { ...before.fields, latitude: "38.83", longitude: "-77.24" },
    });
    expect(result.changed).toBe(true);
    const row = db.select().from(organizations).where(eq(organizations.id, idOf())).get()!;
    expect([row.latitude, row.longitude]).toEqual([38.83, -77.24]);
    const revision = db.select().from(revisions).where(eq(revisions.recordId, idOf())).all().at(-1)!;
    expect((revision.before as Snapshot).fields).toMatchObject({ latitude: null, longitude: null });
    expect((revision.after as Snapshot).fields).toMatchObject({ latitude: 38.83, longitude: -77.24 });
    expect(markerWith(listMapMarkers({ state: "US-VA" }).markers, "organization", slug)).toBeDefined();
  });

  test("half a point is refused with a field error and changes nothing", () => {
    const before = readSnapshot(db, "organization", idOf())!;
    const n = db.select({ n: count() }).from(revisions).get()!.n;
    let error: unknown;
    try {
      updateRecord(db, admin, "organization", idOf(), versionOf(), {
        ...before,
        fields: { ...before.fields, latitude: "38.9", longitude: "" },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ "fields.longitude": "Give the longitude too, or clear the latitude." });
    expect(db.select({ n: count() }).from(revisions).get()!.n).toBe(n);
    expect(readSnapshot(db, "organization", idOf())!.fields).toMatchObject({ latitude: 38.83, longitude: -77.24 });
  });
});
