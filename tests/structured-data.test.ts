/**
 * schema.org JSON-LD built from the forum's records in a real SQLite file: types,
 * names, places, dates at the sources' precision, who organized and attended,
 * registry links; uncertain links left out; and a serializer that a record's
 * name cannot break out of.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import type { Db } from "@/db/connection";
import { getMeetingBySlug } from "@/db/queries/meetings";
import { getOrganizationBySlug } from "@/db/queries/organizations";
import { getProgramBySlug } from "@/db/queries/programs";
import { PUBLIC_VIEWER } from "@/db/queries/shared";
import { organizations } from "@/db/schema";
import { prepareDatabase } from "@/db/setup";
import { getI18n } from "@/lib/i18n/server";
import {
  meetingJsonLd,
  organizationJsonLd,
  programJsonLd,
  serializeJsonLd,
  websiteJsonLd,
  type JsonLd,
  type LinkedDataContext,
} from "@/lib/structured-data";

const BASE = "https://puentes.example.org";
let db: Db;
let ctx: LinkedDataContext;

beforeAll(() => {
  db = prepareDatabase(process.env.DATABASE_PATH!, "forum").db;
  ctx = { i18n: getI18n("en"), baseUrl: BASE };
});

const names = (refs: unknown) => (refs as JsonLd[] | undefined)?.map((r) => r.name) ?? [];
const organization = (slug: string) => organizationJsonLd(getOrganizationBySlug(slug, PUBLIC_VIEWER)!, ctx);
const meeting = (slug: string) => meetingJsonLd(getMeetingBySlug(slug, PUBLIC_VIEWER)!, ctx);

describe("organizations", () => {
  test("a university with its other-language name, place, coordinates and units", () => {
    const ua = organization("university-of-arizona");
    expect(ua).toMatchObject({
      "@context": "https://schema.org",
      "@type": "CollegeOrUniversity",
      "@id": `${BASE}/en/organizations/university-of-arizona`,
      name: "University of Arizona",
      address: { "@type": "PostalAddress", addressLocality: "Tucson", addressRegion: "Arizona", addressCountry: "US" },
      geo: { "@type": "GeoCoordinates", latitude: 32.22174, longitude: -110.92648 },
    });
    expect(ua.alternateName).toEqual(expect.arrayContaining(["Universidad de Arizona", "UA"]));
    expect(names(ua.subOrganization)).toContain("Office of Global Initiatives");
    // No registry identifier is recorded for it, so there is no sameAs at all.
    expect(ua).not.toHaveProperty("sameAs");
  });

  test("a unit names its parent; an agency is a GovernmentOrganization; a binational one has no country", () => {
    expect(organization("ua-office-of-global-initiatives").parentOrganization).toEqual({
      "@type": "CollegeOrUniversity",
      "@id": `${BASE}/en/organizations/university-of-arizona`,
      name: "University of Arizona",
    });
    expect(organization("sre")["@type"]).toBe("GovernmentOrganization");
    expect(organization("fumec")).not.toHaveProperty("address.addressCountry");
  });

  test("ROR and Wikidata identifiers become sameAs links to their registries", () => {
    // Synthetic identifiers, set for this test only.
    db.update(organizations).set({ rorId: "0abcdef12", wikidataId: "Q1000003" }).where(eq(organizations.slug, "cetys")).run();
    expect(organization("cetys").sameAs).toEqual(["https://ror.org/0abcdef12", "https://www.wikidata.org/wiki/Q1000003"]);
  });
});

describe("meetings", () => {
  test("the Tucson working group: dates, place, organizers, attendees and topics", () => {
    const tucson = meeting("2014-06-09-working-group-tucson");
    expect(tucson).toMatchObject({
      "@type": "Event",
      name: "Sixth working-group meeting: joint research and innovation",
      startDate: "2014-06-09",
      endDate: "2014-06-10",
      eventStatus: "https://schema.org/EventScheduled",
      location: {
        "@type": "Place",
        name: "University of Arizona",
        address: { addressLocality: "Tucson", addressRegion: "Arizona", addressCountry: "US" },
        geo: { latitude: 32.22174, longitude: -110.92648 },
      },
    });
    expect(names(tucson.organizer).sort()).toEqual(["Office of Global Initiatives", "University of Arizona"]);
    expect(names(tucson.attendee)).toEqual(expect.arrayContaining(["National Science Foundation"]));
    expect(names(tucson.about)).toEqual(expect.arrayContaining(["Astrophysics", "Health"]));
    expect(tucson).not.toHaveProperty("isAccessibleForFree");
  });

  test("dates keep the precision of the sources; a host the sources leave uncertain is not an organizer", () => {
    expect(meeting("2014-01-first-working-group")).toMatchObject({ startDate: "2014-01", location: { address: { addressCountry: "MX" } } });
    expect(meeting("2014-01-first-working-group")).not.toHaveProperty("endDate");
    const nova = meeting("2014-02-27-working-group-community-colleges");
    expect(nova).not.toHaveProperty("organizer");
    expect(nova.startDate).toBe("2014-02-27");
    // Known place, no coordinates: an address without geo.
    expect(nova.location).toEqual({
      "@type": "Place",
      name: "Northern Virginia Community College",
      address: { "@type": "PostalAddress", addressRegion: "Virginia", addressCountry: "US" },
    });
    // A meeting no source places has no location.
    expect(meeting("2015-01-05-signing-fso-exchange-and-internships")).not.toHaveProperty("location");
  });
});

describe("programs and the site", () => {
  test("CANFSA is a ResearchProject with its certain members; uncertain partners are left out", () => {
    const canfsa = programJsonLd(getProgramBySlug("canfsa")!, ctx);
    expect(canfsa["@type"]).toBe("ResearchProject");
    expect(names(canfsa.member)).toEqual(expect.arrayContaining(["Colorado School of Mines", "University of North Texas"]));
    expect(names(canfsa.member)).not.toContain("Honeywell Aerospace");
    expect(canfsa.alternateName).toContain("CANFSA");
  });

  test("the home page's WebSite declares the search URL template", () => {
    expect(websiteJsonLd(ctx)).toMatchObject({
      "@type": "WebSite",
      url: `${BASE}/en`,
      potentialAction: {
        "@type": "SearchAction",
        target: { urlTemplate: `${BASE}/en/search?q={search_term_string}` },
        "query-input": "required name=search_term_string",
      },
    });
  });
});

describe("serializeJsonLd", () => {
  test("a name holding </script> cannot close the script element, and reads back unchanged", () => {
    const name = 'Evil </script><script>alert("x")</script> & Co\u2028';
    const out = serializeJsonLd({ "@type": "Organization", name });
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual({ "@type": "Organization", name });
  });
});
