/**
 * schema.org JSON-LD for the pages that describe something search engines know
 * a type for: organizations, meetings (Event), programs (ResearchProject and
 * kin) and the site itself (WebSite with its search). Built from the records the
 * page already loaded. Only what the record states goes in: links the sources
 * leave uncertain are left out, and unknown facts stay absent.
 */
import { meetingPlaceLabel } from "@/components/records/record-links";
import type { MeetingProfile } from "@/db/queries/meetings";
import type { OrganizationProfile } from "@/db/queries/organizations";
import type { ProgramProfile } from "@/db/queries/programs";
import type { Bilingual } from "@/db/queries/shared";
import type { OrganizationSummary, TopicSummary } from "@/db/queries/summaries";
import { publicUrl, readEnv } from "@/lib/env";
import { getState } from "@/lib/geo";
import { rorUrl, wikidataUrl } from "@/lib/identifiers";
import { intlTag } from "@/lib/i18n/locales";
import type { I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import type { OrganizationKind, ProgramKind } from "@/lib/vocabulary";

export type JsonLd = { [key: string]: unknown };

export interface LinkedDataContext {
  i18n: I18n;
  /** The site's public URL, without a trailing slash. */
  baseUrl: string;
}

/** Pages link records by their public address (PUBLIC_URL), as the feeds do. */
export function linkedDataContext(i18n: I18n): LinkedDataContext {
  return { i18n, baseUrl: publicUrl(readEnv()) };
}

const CONTEXT = "https://schema.org";

/** The closest schema.org type to each kind; "Organization" where none is closer without guessing. */
const ORGANIZATION_TYPES: Record<OrganizationKind, string> = {
  government_agency: "GovernmentOrganization",
  university: "CollegeOrUniversity",
  community_college: "CollegeOrUniversity",
  research_center: "ResearchOrganization",
  observatory: "ResearchOrganization",
  academy: "Organization",
  foundation: "Organization",
  company: "Corporation",
  association: "Organization",
  binational_commission: "Organization",
  other: "Organization",
};

const PROGRAM_TYPES: Record<ProgramKind, string> = {
  research_center: "ResearchProject",
  research_network: "ResearchProject",
  research_project: "ResearchProject",
  consortium: "ResearchProject",
  funding_program: "FundingScheme",
  forum: "Project",
  exchange_program: "Project",
  initiative: "Project",
};

/** Drops absent values and empty lists, so the output says nothing about what is unknown. */
function compact(data: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(data).filter(([, v]) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0)),
  );
}

/** Names other than the one shown: the other language's, acronyms, recorded variants. */
function otherNames(shown: string, candidates: (string | null | undefined)[]): string[] {
  return [...new Set(candidates.filter((n): n is string => Boolean(n) && n !== shown))];
}

function otherLanguageName(name: Bilingual, i18n: I18n): string | null {
  const shown = i18n.text(name);
  return shown ? name[shown.lang === "en" ? "es" : "en"] : null;
}

function organizationRef(org: OrganizationSummary, { i18n, baseUrl }: LinkedDataContext): JsonLd {
  return {
    "@type": ORGANIZATION_TYPES[org.kind],
    "@id": `${baseUrl}${routes.organization(i18n.locale, org.slug)}`,
    name: i18n.name(org.name),
  };
}

function topicRef(topic: TopicSummary, { i18n, baseUrl }: LinkedDataContext): JsonLd {
  return { "@type": "Thing", name: i18n.name(topic.name), url: `${baseUrl}${routes.topic(i18n.locale, topic.slug)}` };
}

function postalAddress(place: { city: string | null; state: string | null; country: string | null }, i18n: I18n): JsonLd | undefined {
  const state = getState(place.state);
  const address = compact({
    addressLocality: place.city,
    addressRegion: state ? (i18n.locale === "en" ? state.nameEn : state.nameEs) : null,
    // Binational organizations have no one country.
    addressCountry: place.country === "US" || place.country === "MX" ? place.country : null,
  });
  return Object.keys(address).length ? { "@type": "PostalAddress", ...address } : undefined;
}

function geoCoordinates(place: { latitude: number | null; longitude: number | null }): JsonLd | undefined {
  return place.latitude !== null && place.longitude !== null
    ? { "@type": "GeoCoordinates", latitude: place.latitude, longitude: place.longitude }
    : undefined;
}

/**
 * What organizations and programs both state: type, page, website, names (the
 * other language's, acronyms, the variants the sources certainly use), description.
 */
function describedRecord(
  type: string,
  page: string,
  record: { name: Bilingual; website: string | null; description: Bilingual; alternateNames: { name: string; uncertain: boolean }[] },
  acronyms: (string | null)[],
  i18n: I18n,
): JsonLd {
  const name = i18n.name(record.name);
  return {
    "@context": CONTEXT,
    "@type": type,
    "@id": page,
    url: record.website ?? page,
    mainEntityOfPage: page,
    name,
    alternateName: otherNames(name, [
      otherLanguageName(record.name, i18n),
      ...acronyms,
      ...record.alternateNames.filter((a) => !a.uncertain).map((a) => a.name),
    ]),
    description: i18n.text(record.description)?.text,
  };
}

export function organizationJsonLd(org: OrganizationProfile, ctx: LinkedDataContext): JsonLd {
  const { i18n, baseUrl } = ctx;
  const page = `${baseUrl}${routes.organization(i18n.locale, org.slug)}`;
  return compact({
    ...describedRecord(ORGANIZATION_TYPES[org.kind], page, org, [org.acronym.en, org.acronym.es], i18n),
    sameAs: [org.rorId ? rorUrl(org.rorId) : null, org.wikidataId ? wikidataUrl(org.wikidataId) : null].filter(Boolean),
    address: postalAddress(org, i18n),
    geo: geoCoordinates(org),
    parentOrganization: org.parent ? organizationRef(org.parent, ctx) : undefined,
    subOrganization: org.children.map((c) => organizationRef(c, ctx)),
  });
}

export function meetingJsonLd(meeting: MeetingProfile, ctx: LinkedDataContext): JsonLd {
  const { i18n, baseUrl } = ctx;
  const page = `${baseUrl}${routes.meeting(i18n.locale, meeting.slug)}`;
  const certain = meeting.organizations.filter((o) => !o.uncertain);
  const address = postalAddress(meeting, i18n);
  const geo = geoCoordinates(meeting);
  const placeName = meeting.venue ?? meetingPlaceLabel(meeting, i18n);
  return compact({
    "@context": CONTEXT,
    "@type": "Event",
    "@id": page,
    url: page,
    name: i18n.name(meeting.title),
    description: i18n.text(meeting.summary)?.text,
    // ISO 8601 at the precision the sources give: "2014", "2014-01" or "2014-06-09".
    startDate: meeting.startDate,
    endDate: meeting.endDate,
    // Every meeting recorded is one its sources report as held; the directory has no cancelled or postponed state.
    eventStatus: "https://schema.org/EventScheduled",
    location: address || geo ? compact({ "@type": "Place", name: placeName || undefined, address, geo }) : undefined,
    organizer: certain.filter((o) => o.role === "host" || o.role === "organizer").map((o) => organizationRef(o, ctx)),
    attendee: certain.filter((o) => o.role === "participant").map((o) => organizationRef(o, ctx)),
    about: meeting.topics.filter((t) => !t.uncertain).map((t) => topicRef(t, ctx)),
  });
}

export function programJsonLd(program: ProgramProfile, ctx: LinkedDataContext): JsonLd {
  const { i18n, baseUrl } = ctx;
  const page = `${baseUrl}${routes.program(i18n.locale, program.slug)}`;
  const certain = program.organizations.filter((o) => !o.uncertain);
  const parent = program.parent;
  return compact({
    ...describedRecord(PROGRAM_TYPES[program.kind], page, program, [program.acronym], i18n),
    foundingDate: program.startDate,
    dissolutionDate: program.endDate,
    funder: certain.filter((o) => o.role === "funder").map((o) => organizationRef(o, ctx)),
    member: certain.filter((o) => o.role !== "funder").map((o) => organizationRef(o, ctx)),
    knowsAbout: program.topics.filter((t) => !t.uncertain).map((t) => topicRef(t, ctx)),
    parentOrganization: parent
      ? {
          "@type": PROGRAM_TYPES[parent.kind],
          "@id": `${baseUrl}${routes.program(i18n.locale, parent.slug)}`,
          name: i18n.name(parent.name),
        }
      : undefined,
  });
}

/** The site, with the search its results page answers (for a search box in search engines' results). */
export function websiteJsonLd({ i18n, baseUrl }: LinkedDataContext): JsonLd {
  const { m, locale } = i18n;
  return {
    "@context": CONTEXT,
    "@type": "WebSite",
    "@id": `${baseUrl}${routes.home(locale)}`,
    url: `${baseUrl}${routes.home(locale)}`,
    name: m.site.name,
    description: m.site.description,
    inLanguage: intlTag(locale),
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${baseUrl}${routes.search(locale, "?q={search_term_string}")}` },
      "query-input": "required name=search_term_string",
    },
  };
}

/**
 * JSON for a <script> element: "<" (so "</script>" in a record's name cannot close
 * the element), ">", "&" and the two line separators JavaScript once refused are
 * written as \u escapes, which JSON reads back as the same characters.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
