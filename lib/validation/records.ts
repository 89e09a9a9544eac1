/**
 * One schema per kind of record, shared by the edit forms (their messages) and
 * the data layer (the truth): db/mutations/records.ts parses every input with it.
 * The shape matches db/aggregates.ts: scalar fields plus link sets.
 */
import { z } from "zod";
import type { RecordKind } from "@/db/schema";
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
  SOURCE_KINDS,
} from "@/lib/vocabulary";
import { getState } from "@/lib/geo";
import {
  certaintyFields,
  checkbox,
  choice,
  coordinateFields,
  datesInOrder,
  linkEvidence,
  longText,
  optionalChoice,
  optionalCount,
  optionalRecordId,
  optionalText,
  optionalUrl,
  pairCoordinates,
  partialDate,
  recordId,
  requiredText,
  slugField,
  wikidataId,
} from "./fields";

const list = <T extends z.ZodType>(row: T, label: string, max = 500) => z.array(row).max(max, `At most ${max} ${label}.`).default([]);

const citations = list(z.object({ sourceId: recordId("a source"), locator: optionalText("The quotation or page", 1000) }), "sources");
const alternateNames = list(
  z.object({ name: requiredText("The alternate name"), language: choice("Language", LANGUAGES), ...linkEvidence }),
  "alternate names",
);
const stateCode = z.preprocess(
  (v) => (v === "" ? null : v),
  z
    .string()
    .refine((v) => getState(v) !== undefined, "Choose a state from the list.")
    .nullable()
    .default(null),
);

const organization = z.object({
  fields: z
    .object({
      nameEn: requiredText("The English name"),
      nameEs: optionalText("The Spanish name"),
      acronymEn: optionalText("The acronym", 30),
      acronymEs: optionalText("The Spanish acronym", 30),
      kind: choice("Kind", ORGANIZATION_KINDS),
      country: choice("Country", COUNTRIES),
      state: stateCode,
      city: optionalText("The city", 120),
      ...coordinateFields,
      website: optionalUrl("The website"),
      rorId: z.preprocess(
        (v) => (v === "" ? null : v),
        z
          .string()
          .regex(/^0[a-z0-9]{6}[0-9]{2}$/, "A ROR identifier has nine characters, like 03m2x1q45.")
          .nullable()
          .default(null),
      ),
      wikidataId,
      parentId: optionalRecordId("a parent organization"),
      descriptionEn: longText("The English description"),
      descriptionEs: longText("The Spanish description"),
      ...certaintyFields,
    })
    .superRefine(pairCoordinates),
  links: z.object({ alternateNames, citations }),
});

const program = z.object({
  fields: z
    .object({
      nameEn: requiredText("The English name"),
      nameEs: optionalText("The Spanish name"),
      acronym: optionalText("The acronym", 30),
      kind: choice("Kind", PROGRAM_KINDS),
      status: choice("Status", PROGRAM_STATUSES),
      announcedOn: partialDate("The announcement date"),
      startDate: partialDate("The start date"),
      endDate: partialDate("The end date"),
      website: optionalUrl("The website"),
      parentId: optionalRecordId("a parent program"),
      descriptionEn: longText("The English description"),
      descriptionEs: longText("The Spanish description"),
      ...certaintyFields,
    })
    .refine((f) => datesInOrder(f.startDate, f.endDate), { path: ["endDate"], message: "The end date cannot be before the start date." }),
  links: z.object({
    organizations: list(
      z.object({
        organizationId: recordId("an organization"),
        role: choice("Role", PROGRAM_ORGANIZATION_ROLES),
        noteEn: optionalText("The note", 500),
        noteEs: optionalText("The Spanish note", 500),
        ...linkEvidence,
      }),
      "organizations",
    ),
    topics: list(z.object({ topicId: recordId("a topic"), ...linkEvidence }), "topics"),
    alternateNames,
    citations,
  }),
});

const meeting = z.object({
  fields: z
    .object({
      titleEn: requiredText("The English title"),
      titleEs: optionalText("The Spanish title"),
      kind: choice("Kind", MEETING_KINDS),
      startDate: partialDate("The start date"),
      endDate: partialDate("The end date"),
      venue: optionalText("The venue", 200),
      city: optionalText("The city", 120),
      state: stateCode,
      country: optionalChoice("Country", MEETING_COUNTRIES),
      ...coordinateFields,
      seriesId: optionalRecordId("a series"),
      seriesNumber: optionalCount("The number in the series"),
      attendance: optionalCount("The number of participants"),
      attendanceQualifier: optionalChoice("How the number is known", ATTENDANCE_QUALIFIERS),
      summaryEn: longText("The English summary"),
      summaryEs: longText("The Spanish summary"),
      outcomesEn: longText("The English outcomes"),
      outcomesEs: longText("The Spanish outcomes"),
      ...certaintyFields,
    })
    .refine((f) => datesInOrder(f.startDate, f.endDate), { path: ["endDate"], message: "The end date cannot be before the start date." })
    .refine((f) => f.seriesNumber === null || f.seriesId !== null, {
      path: ["seriesNumber"],
      message: "A number in the series needs a series.",
    })
    .refine((f) => f.seriesNumber === null || f.seriesNumber > 0, { path: ["seriesNumber"], message: "Series numbers start at 1." })
    .superRefine(pairCoordinates),
  links: z.object({
    organizations: list(
      z.object({ organizationId: recordId("an organization"), role: choice("Role", MEETING_ORGANIZATION_ROLES), ...linkEvidence }),
      "organizations",
    ),
    people: list(
      z.object({
        personId: recordId("a person"),
        role: choice("Role", MEETING_PERSON_ROLES),
        organizationId: optionalRecordId("an organization"),
        ...linkEvidence,
      }),
      "people",
    ),
    topics: list(z.object({ topicId: recordId("a topic"), ...linkEvidence }), "topics"),
    programs: list(
      z.object({ programId: recordId("a program"), relation: choice("Relation", MEETING_PROGRAM_RELATIONS), ...linkEvidence }),
      "programs",
    ),
    citations,
  }),
});

const meetingSeries = z.object({
  fields: z.object({
    nameEn: requiredText("The English name"),
    nameEs: optionalText("The Spanish name"),
    programId: optionalRecordId("a program"),
    plannedCount: optionalCount("The planned number of meetings"),
    descriptionEn: longText("The English description"),
    descriptionEs: longText("The Spanish description"),
    ...certaintyFields,
  }),
  links: z.object({ citations }),
});

const agreement = z.object({
  fields: z.object({
    titleEn: requiredText("The English title"),
    titleEs: optionalText("The Spanish title"),
    kind: choice("Kind", AGREEMENT_KINDS),
    signedOn: partialDate("The signing date"),
    meetingId: optionalRecordId("a meeting"),
    establishesProgramId: optionalRecordId("a program"),
    summaryEn: longText("The English summary"),
    summaryEs: longText("The Spanish summary"),
    ...certaintyFields,
  }),
  links: z.object({
    parties: list(z.object({ organizationId: recordId("an organization"), ...linkEvidence }), "parties"),
    signatories: list(
      z.object({ personId: recordId("a person"), organizationId: optionalRecordId("an organization"), ...linkEvidence }),
      "signatories",
    ),
    ledTo: list(z.object({ toAgreementId: recordId("an agreement"), ...linkEvidence }), "agreements"),
    citations,
  }),
});

const person = z.object({
  fields: z.object({
    name: requiredText("The name", 200),
    sortName: requiredText("The name for sorting", 200),
    honorific: optionalText("The honorific", 30),
    isPublic: checkbox,
    bioEn: longText("The English biography"),
    bioEs: longText("The Spanish biography"),
    ...certaintyFields,
  }),
  links: z.object({
    positions: list(
      z
        .object({
          titleEn: requiredText("The position title"),
          titleEs: optionalText("The Spanish position title"),
          organizationId: optionalRecordId("an organization"),
          startDate: partialDate("The start date"),
          endDate: partialDate("The end date"),
          ...linkEvidence,
        })
        .refine((p) => datesInOrder(p.startDate, p.endDate), {
          path: ["endDate"],
          message: "The end date cannot be before the start date.",
        }),
      "positions",
    ),
    citations,
  }),
});

const topic = z.object({
  fields: z.object({
    nameEn: requiredText("The English name", 120),
    nameEs: requiredText("The Spanish name", 120),
    descriptionEn: longText("The English description"),
    descriptionEs: longText("The Spanish description"),
    ...certaintyFields,
  }),
  links: z.object({ citations }),
});

const source = z.object({
  fields: z.object({
    title: requiredText("The title", 500),
    publisher: optionalText("The publisher", 200),
    kind: choice("Kind", SOURCE_KINDS),
    publishedOn: partialDate("The publication date"),
    url: optionalUrl("The address"),
    language: optionalChoice("Language", LANGUAGES),
    archivedCopy: optionalText("The archived copy", 500),
    noteEn: longText("The note"),
    noteEs: longText("The Spanish note"),
    ...certaintyFields,
  }),
  links: z.object({}),
});

const withSlug = <T extends z.ZodObject>(schema: T) => schema.extend({ slug: slugField });

export const RECORD_SCHEMAS = {
  organization: withSlug(organization),
  program: withSlug(program),
  meeting: withSlug(meeting),
  meeting_series: withSlug(meetingSeries),
  agreement: withSlug(agreement),
  person: withSlug(person),
  topic: withSlug(topic),
  source: withSlug(source),
} satisfies Record<RecordKind, z.ZodType>;

export type RecordInput<K extends RecordKind = RecordKind> = z.output<(typeof RECORD_SCHEMAS)[K]>;
