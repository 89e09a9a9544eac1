/**
 * What the public API answers, as zod schemas: the route handlers' return types are
 * inferred from them and the OpenAPI document's component schemas are generated
 * from them (lib/api/openapi.ts), so the document cannot drift from the code.
 * Every schema registered here becomes a named component.
 */
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import {
  AGREEMENT_KINDS,
  ATTENDANCE_QUALIFIERS,
  COUNTRIES,
  LANGUAGES,
  MEETING_COUNTRIES,
  MEETING_KINDS,
  MEETING_ORGANIZATION_ROLES,
  MEETING_PERSON_ROLES,
  MEETING_PROGRAM_RELATIONS,
  ORGANIZATION_KINDS,
  PROGRAM_KINDS,
  PROGRAM_ORGANIZATION_ROLES,
  PROGRAM_STATUSES,
  SEARCH_KINDS,
  SOURCE_KINDS,
} from "@/lib/vocabulary";

export const apiRegistry = z.registry<{ id: string; description?: string }>();

function named<T extends z.ZodType>(schema: T, id: string, description: string): T {
  apiRegistry.add(schema, { id, description });
  return schema;
}

/** Partial ISO dates: a year, a month or a day, as the sources give them. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const nullableDate = partialDate.nullable();
const timestamp = z.iso.datetime();

export const bilingualSchema = named(
  z.object({ en: z.string().nullable(), es: z.string().nullable() }),
  "Bilingual",
  "The same text in English and in Spanish; null where a language has none.",
);

/** An object with one property per key (not a record), so documents list the properties. */
function objectOf<K extends string, T extends z.ZodType>(keys: readonly K[], value: T) {
  return z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, T>);
}

const htmlLinksSchema = named(
  objectOf(LOCALES, z.url()),
  "HtmlLinks",
  "The record's page on the website, in each language the site is served in.",
);

export const recordLinksSchema = named(
  z.object({ self: z.url(), html: htmlLinksSchema }),
  "RecordLinks",
  "Where the record is: its API address and its web pages.",
);

/** Agreements and sources have web pages but no API endpoint of their own. */
const pageLinksOnlySchema = z.object({ html: htmlLinksSchema });

const certainty = {
  uncertain: z.boolean(),
  uncertaintyNote: z.string().nullable(),
};

export const organizationRefSchema = named(
  z.object({
    slug: z.string(),
    name: bilingualSchema,
    acronym: bilingualSchema,
    kind: z.enum(ORGANIZATION_KINDS),
    country: z.enum(COUNTRIES),
    state: z.string().nullable(),
    city: z.string().nullable(),
    uncertain: z.boolean(),
    links: recordLinksSchema,
  }),
  "OrganizationRef",
  "An organization as lists and other records show it. `uncertain` means sources disagree or leave the record open.",
);

export const programRefSchema = named(
  z.object({
    slug: z.string(),
    name: bilingualSchema,
    acronym: z.string().nullable(),
    kind: z.enum(PROGRAM_KINDS),
    status: z.enum(PROGRAM_STATUSES),
    startDate: nullableDate,
    uncertain: z.boolean(),
    links: recordLinksSchema,
  }),
  "ProgramRef",
  "A program as lists and other records show it.",
);

export const meetingRefSchema = named(
  z.object({
    slug: z.string(),
    title: bilingualSchema,
    kind: z.enum(MEETING_KINDS),
    startDate: nullableDate,
    endDate: nullableDate,
    city: z.string().nullable(),
    state: z.string().nullable(),
    country: z.enum(MEETING_COUNTRIES).nullable(),
    uncertain: z.boolean(),
    links: recordLinksSchema,
  }),
  "MeetingRef",
  "A meeting as lists and other records show it; dates are partial (2014, 2014-06 or 2014-06-09) when the sources are.",
);

export const personRefSchema = named(
  z.object({
    slug: z.string(),
    name: z.string(),
    honorific: z.string().nullable(),
    uncertain: z.boolean(),
    links: recordLinksSchema,
  }),
  "PersonRef",
  "A person named in the sources. Only people marked public are published.",
);

export const topicRefSchema = named(
  z.object({ slug: z.string(), name: bilingualSchema, uncertain: z.boolean(), links: recordLinksSchema }),
  "TopicRef",
  "A topic of collaboration.",
);

export const agreementRefSchema = named(
  z.object({
    slug: z.string(),
    title: bilingualSchema,
    kind: z.enum(AGREEMENT_KINDS),
    signedOn: nullableDate,
    uncertain: z.boolean(),
    links: pageLinksOnlySchema,
  }),
  "AgreementRef",
  "An agreement (memorandum, letter of intent, joint statement).",
);

export const sourceRefSchema = named(
  z.object({
    slug: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    kind: z.enum(SOURCE_KINDS),
    publishedOn: nullableDate,
    url: z.string().nullable(),
    links: pageLinksOnlySchema,
  }),
  "SourceRef",
  "A document records are based on.",
);

export const citationSchema = named(
  sourceRefSchema.extend({ locator: z.string().nullable() }),
  "Citation",
  "A source cited by a record, with what in it supports the record (a quotation or a page) when recorded.",
);

const alternateNameSchema = z.object({ name: z.string(), language: z.enum(LANGUAGES), ...certainty });

// ---------------------------------------------------------------- list items

export const organizationListItemSchema = organizationRefSchema;

export const programListItemSchema = named(
  programRefSchema.extend({ organizationCount: z.int().nonnegative(), topics: z.array(topicRefSchema) }),
  "ProgramListItem",
  "A program in a list, with how many organizations take part and its topics.",
);

export const meetingListItemSchema = named(
  meetingRefSchema.extend({ seriesNumber: z.int().nullable(), hosts: z.array(organizationRefSchema) }),
  "MeetingListItem",
  "A meeting in a list, with its hosts and its number in its series when known.",
);

const positionSchema = z.object({
  title: bilingualSchema,
  organization: organizationRefSchema.nullable(),
  startDate: nullableDate,
  endDate: nullableDate,
  ...certainty,
});

export const personListItemSchema = named(
  personRefSchema.extend({ positions: z.array(positionSchema) }),
  "PersonListItem",
  "A person in a list, with the positions the sources give.",
);

export const topicListItemSchema = named(
  topicRefSchema.extend({ description: bilingualSchema, programCount: z.int().nonnegative(), meetingCount: z.int().nonnegative() }),
  "TopicListItem",
  "A topic with how many programs and meetings are on it.",
);

export const participationSchema = named(
  z.object({
    meeting: meetingRefSchema,
    organization: organizationRefSchema,
    role: z.enum(MEETING_ORGANIZATION_ROLES),
    source: sourceRefSchema.nullable(),
    ...certainty,
  }),
  "Participation",
  "One organization's part in one meeting (host, organizer or participant), with the source that says so and whether it is certain.",
);

export const searchHitSchema = named(
  z.object({
    kind: z.enum(SEARCH_KINDS),
    slug: z.string(),
    label: bilingualSchema,
    acronym: z.string().nullable(),
    country: z.string().nullable(),
    state: z.string().nullable(),
    city: z.string().nullable(),
    date: z.string().nullable(),
    links: z.object({ self: z.url().nullable(), html: htmlLinksSchema }),
  }),
  "SearchHit",
  "A record found by the search, best first. `links.self` is null for kinds without an API endpoint (agreements).",
);

// ---------------------------------------------------------------- details

const recordFacts = {
  ...certainty,
  archivedAt: timestamp.nullable(),
  updatedAt: timestamp,
  citations: z.array(citationSchema),
};

export const organizationSchema = named(
  organizationRefSchema.extend({
    ...recordFacts,
    website: z.string().nullable(),
    rorId: z.string().nullable(),
    description: bilingualSchema,
    parent: organizationRefSchema.nullable(),
    children: z.array(organizationRefSchema),
    alternateNames: z.array(alternateNameSchema),
    programs: z.array(programRefSchema.extend({ role: z.enum(PROGRAM_ORGANIZATION_ROLES), note: bilingualSchema, ...certainty })),
    meetings: z.array(meetingRefSchema.extend({ roles: z.array(z.enum(MEETING_ORGANIZATION_ROLES)) })),
    people: z.array(personRefSchema.extend({ title: bilingualSchema, startDate: nullableDate, endDate: nullableDate })),
    topics: z.array(topicRefSchema),
    collaborators: z.array(organizationRefSchema.extend({ sharedPrograms: z.int(), sharedMeetings: z.int() })),
  }),
  "Organization",
  "An organization with everything its page shows. On links (programs, meetings), `uncertain` and `uncertaintyNote` are the link's own.",
);

export const programSchema = named(
  programRefSchema.extend({
    ...recordFacts,
    announcedOn: nullableDate,
    endDate: nullableDate,
    website: z.string().nullable(),
    description: bilingualSchema,
    parent: programRefSchema.nullable(),
    children: z.array(programRefSchema),
    alternateNames: z.array(alternateNameSchema),
    organizations: z.array(organizationRefSchema.extend({ role: z.enum(PROGRAM_ORGANIZATION_ROLES), note: bilingualSchema, ...certainty })),
    topics: z.array(topicRefSchema),
    meetings: z.array(meetingRefSchema.extend({ relation: z.enum(MEETING_PROGRAM_RELATIONS) })),
    establishedBy: z.array(agreementRefSchema),
  }),
  "Program",
  "A program with everything its page shows.",
);

export const meetingSchema = named(
  meetingRefSchema.extend({
    ...recordFacts,
    venue: z.string().nullable(),
    attendance: z.int().nullable(),
    attendanceQualifier: z.enum(ATTENDANCE_QUALIFIERS).nullable(),
    summary: bilingualSchema,
    outcomes: bilingualSchema,
    organizations: z.array(organizationRefSchema.extend({ role: z.enum(MEETING_ORGANIZATION_ROLES), ...certainty })),
    people: z.array(
      personRefSchema.extend({ role: z.enum(MEETING_PERSON_ROLES), organization: organizationRefSchema.nullable(), ...certainty }),
    ),
    topics: z.array(topicRefSchema.extend(certainty)),
    programs: z.array(programRefSchema.extend({ relation: z.enum(MEETING_PROGRAM_RELATIONS), ...certainty })),
    agreements: z.array(agreementRefSchema),
    series: z
      .object({
        name: bilingualSchema,
        plannedCount: z.int().nullable(),
        number: z.int().nullable(),
        previous: meetingRefSchema.nullable(),
        next: meetingRefSchema.nullable(),
      })
      .nullable(),
    participations: z.url(),
  }),
  "Meeting",
  "A meeting with everything its page shows; `participations` is the API address of its participants with their sources.",
);

export const personSchema = named(
  personRefSchema.extend({
    ...recordFacts,
    bio: bilingualSchema,
    positions: z.array(positionSchema),
    meetings: z.array(meetingRefSchema.extend({ roles: z.array(z.enum(MEETING_PERSON_ROLES)) })),
    agreements: z.array(agreementRefSchema),
  }),
  "Person",
  "A person with everything their page shows.",
);

export const topicSchema = named(
  topicRefSchema.extend({
    ...recordFacts,
    description: bilingualSchema,
    related: z.object({ organizations: z.url(), programs: z.url(), meetings: z.url() }),
  }),
  "Topic",
  "A topic; `related` holds the API addresses of the organizations, programs and meetings on it.",
);

// ---------------------------------------------------------------- envelopes

export const pageMetaSchema = named(
  z.object({ total: z.int().nonnegative(), page: z.int().positive(), pageSize: z.int().positive(), pageCount: z.int().positive() }),
  "PageMeta",
  "Where this page is in the whole list: `total` records in `pageCount` pages of `pageSize`.",
);

export const pageLinksSchema = named(
  z.object({ self: z.url(), first: z.url(), last: z.url(), prev: z.url().nullable(), next: z.url().nullable() }),
  "PageLinks",
  "Addresses of this page and its neighbours, with the same filters; `prev` and `next` are null at the ends.",
);

export function listEnvelope<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), meta: pageMetaSchema, links: pageLinksSchema });
}

export const searchResultsSchema = z.object({
  data: z.array(searchHitSchema),
  meta: pageMetaSchema.extend({
    kinds: objectOf(SEARCH_KINDS, z.int().nonnegative()),
    correctedQuery: z.string().nullable(),
    matchedAnyWord: z.boolean(),
  }),
  links: pageLinksSchema,
});

export function recordEnvelope<T extends z.ZodType>(item: T) {
  return z.object({ data: item });
}

/** A JSON export: every record the filters select, in list order, without pages. */
export function exportEnvelope<T extends z.ZodType>(item: T) {
  return z.object({ meta: z.object({ total: z.int().nonnegative() }), data: z.array(item) });
}

export const errorSchema = named(
  z.object({
    error: z.object({
      message: z.string(),
      /** The query or path parameter at fault, for a 400. */
      parameter: z.string().optional(),
    }),
  }),
  "Error",
  "What went wrong. For a bad request, `parameter` names the query or path parameter at fault.",
);

export type ApiError = z.infer<typeof errorSchema>;
