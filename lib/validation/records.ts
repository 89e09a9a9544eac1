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
import { msg } from "@/lib/i18n/message-ref";
import { translationStatusFields } from "./translation";
import {
  certaintyFields,
  checkbox,
  field,
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

const list = <T extends z.ZodType>(row: T, label: string, max = 500) =>
  z
    .array(row)
    .max(max, msg("validation.tooManyRows", { max, rows: label }))
    .default([]);

/**
 * A list of links where a record may appear once (per role, where the link has
 * one), as the table's primary key says: a second row for it is refused next to
 * its first field, instead of failing the save in the database.
 */
const uniqueList = <T extends z.ZodObject>(row: T, label: string, keys: (keyof z.output<T> & string)[]) =>
  list(row, label).superRefine((rows, ctx) => {
    const seen = new Map<string, number>();
    rows.forEach((r, i) => {
      const key = JSON.stringify(keys.map((k) => (r as Record<string, unknown>)[k]));
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else ctx.addIssue({ code: "custom", path: [i, keys[0]!], message: msg("validation.duplicateRow", { row: String(first + 1) }) });
    });
  });

const citations = list(
  z.object({ sourceId: recordId(field("source")), locator: optionalText(field("locator"), 1000) }),
  msg("validation.rows.sources"),
);
const alternateNames = list(
  z.object({ name: requiredText(field("alternateName")), language: choice(field("language"), LANGUAGES), ...linkEvidence }),
  msg("validation.rows.alternateNames"),
);
const stateCode = z.preprocess(
  (v) => (v === "" ? null : v),
  z
    .string()
    .refine((v) => getState(v) !== undefined, msg("validation.choice", { field: field("state") }))
    .nullable()
    .default(null),
);

const organization = z.object({
  fields: z
    .object({
      nameEn: requiredText(field("englishName")),
      nameEs: optionalText(field("spanishName")),
      acronymEn: optionalText(field("acronym"), 30),
      acronymEs: optionalText(field("spanishAcronym"), 30),
      kind: choice(field("kind"), ORGANIZATION_KINDS),
      country: choice(field("country"), COUNTRIES),
      state: stateCode,
      city: optionalText(field("city"), 120),
      ...coordinateFields,
      website: optionalUrl(field("website")),
      rorId: z.preprocess(
        (v) => (v === "" ? null : v),
        z
          .string()
          .regex(/^0[a-z0-9]{6}[0-9]{2}$/, msg("validation.ror"))
          .nullable()
          .default(null),
      ),
      wikidataId,
      parentId: optionalRecordId(field("parentOrganization")),
      descriptionEn: longText(field("englishDescription")),
      descriptionEs: longText(field("spanishDescription")),
      ...certaintyFields,
      ...translationStatusFields("organization"),
    })
    .superRefine(pairCoordinates),
  links: z.object({ alternateNames, citations }),
});

const program = z.object({
  fields: z
    .object({
      nameEn: requiredText(field("englishName")),
      nameEs: optionalText(field("spanishName")),
      acronym: optionalText(field("acronym"), 30),
      kind: choice(field("kind"), PROGRAM_KINDS),
      status: choice(field("status"), PROGRAM_STATUSES),
      announcedOn: partialDate(field("announcementDate")),
      startDate: partialDate(field("startDate")),
      endDate: partialDate(field("endDate")),
      website: optionalUrl(field("website")),
      parentId: optionalRecordId(field("parentProgram")),
      descriptionEn: longText(field("englishDescription")),
      descriptionEs: longText(field("spanishDescription")),
      ...certaintyFields,
      ...translationStatusFields("program"),
    })
    .refine((f) => datesInOrder(f.startDate, f.endDate), { path: ["endDate"], message: msg("validation.endBeforeStart") }),
  links: z.object({
    organizations: uniqueList(
      z.object({
        organizationId: recordId(field("organization")),
        role: choice(field("role"), PROGRAM_ORGANIZATION_ROLES),
        noteEn: optionalText(field("note"), 500),
        noteEs: optionalText(field("spanishNote"), 500),
        ...linkEvidence,
      }),
      msg("validation.rows.organizations"),
      ["organizationId", "role"],
    ),
    topics: uniqueList(z.object({ topicId: recordId(field("topic")), ...linkEvidence }), msg("validation.rows.topics"), ["topicId"]),
    alternateNames,
    citations,
  }),
});

const meeting = z.object({
  fields: z
    .object({
      titleEn: requiredText(field("englishTitle")),
      titleEs: optionalText(field("spanishTitle")),
      kind: choice(field("kind"), MEETING_KINDS),
      startDate: partialDate(field("startDate")),
      endDate: partialDate(field("endDate")),
      venue: optionalText(field("venue"), 200),
      city: optionalText(field("city"), 120),
      state: stateCode,
      country: optionalChoice(field("country"), MEETING_COUNTRIES),
      ...coordinateFields,
      seriesId: optionalRecordId(field("series")),
      seriesNumber: optionalCount(field("seriesNumber")),
      attendance: optionalCount(field("attendance")),
      attendanceQualifier: optionalChoice(field("howKnown"), ATTENDANCE_QUALIFIERS),
      summaryEn: longText(field("englishSummary")),
      summaryEs: longText(field("spanishSummary")),
      outcomesEn: longText(field("englishOutcomes")),
      outcomesEs: longText(field("spanishOutcomes")),
      ...certaintyFields,
      ...translationStatusFields("meeting"),
    })
    .refine((f) => datesInOrder(f.startDate, f.endDate), { path: ["endDate"], message: msg("validation.endBeforeStart") })
    .refine((f) => f.seriesNumber === null || f.seriesId !== null, {
      path: ["seriesNumber"],
      message: msg("validation.seriesNumberNeedsSeries"),
    })
    .refine((f) => f.seriesNumber === null || f.seriesNumber > 0, {
      path: ["seriesNumber"],
      message: msg("validation.seriesNumberFromOne"),
    })
    .superRefine(pairCoordinates),
  links: z.object({
    organizations: uniqueList(
      z.object({
        organizationId: recordId(field("organization")),
        role: choice(field("role"), MEETING_ORGANIZATION_ROLES),
        ...linkEvidence,
      }),
      msg("validation.rows.organizations"),
      ["organizationId", "role"],
    ),
    people: uniqueList(
      z.object({
        personId: recordId(field("person")),
        role: choice(field("role"), MEETING_PERSON_ROLES),
        organizationId: optionalRecordId(field("organization")),
        ...linkEvidence,
      }),
      msg("validation.rows.people"),
      ["personId", "role"],
    ),
    topics: uniqueList(z.object({ topicId: recordId(field("topic")), ...linkEvidence }), msg("validation.rows.topics"), ["topicId"]),
    programs: uniqueList(
      z.object({ programId: recordId(field("program")), relation: choice(field("relation"), MEETING_PROGRAM_RELATIONS), ...linkEvidence }),
      msg("validation.rows.programs"),
      ["programId"],
    ),
    citations,
  }),
});

const meetingSeries = z.object({
  fields: z.object({
    nameEn: requiredText(field("englishName")),
    nameEs: optionalText(field("spanishName")),
    programId: optionalRecordId(field("program")),
    plannedCount: optionalCount(field("plannedCount")),
    descriptionEn: longText(field("englishDescription")),
    descriptionEs: longText(field("spanishDescription")),
    ...certaintyFields,
    ...translationStatusFields("meeting_series"),
  }),
  links: z.object({ citations }),
});

const agreement = z.object({
  fields: z.object({
    titleEn: requiredText(field("englishTitle")),
    titleEs: optionalText(field("spanishTitle")),
    kind: choice(field("kind"), AGREEMENT_KINDS),
    signedOn: partialDate(field("signingDate")),
    meetingId: optionalRecordId(field("meeting")),
    establishesProgramId: optionalRecordId(field("program")),
    summaryEn: longText(field("englishSummary")),
    summaryEs: longText(field("spanishSummary")),
    ...certaintyFields,
    ...translationStatusFields("agreement"),
  }),
  links: z.object({
    parties: uniqueList(z.object({ organizationId: recordId(field("organization")), ...linkEvidence }), msg("validation.rows.parties"), [
      "organizationId",
    ]),
    signatories: uniqueList(
      z.object({ personId: recordId(field("person")), organizationId: optionalRecordId(field("organization")), ...linkEvidence }),
      msg("validation.rows.signatories"),
      ["personId"],
    ),
    ledTo: uniqueList(z.object({ toAgreementId: recordId(field("agreement")), ...linkEvidence }), msg("validation.rows.agreements"), [
      "toAgreementId",
    ]),
    citations,
  }),
});

const person = z.object({
  fields: z.object({
    name: requiredText(field("name"), 200),
    sortName: requiredText(field("sortName"), 200),
    honorific: optionalText(field("honorific"), 30),
    isPublic: checkbox,
    bioEn: longText(field("englishBiography")),
    bioEs: longText(field("spanishBiography")),
    ...certaintyFields,
    ...translationStatusFields("person"),
  }),
  links: z.object({
    positions: list(
      z
        .object({
          titleEn: requiredText(field("positionTitle")),
          titleEs: optionalText(field("spanishPositionTitle")),
          organizationId: optionalRecordId(field("organization")),
          startDate: partialDate(field("startDate")),
          endDate: partialDate(field("endDate")),
          ...linkEvidence,
        })
        .refine((p) => datesInOrder(p.startDate, p.endDate), {
          path: ["endDate"],
          message: msg("validation.endBeforeStart"),
        }),
      msg("validation.rows.positions"),
    ),
    citations,
  }),
});

const topic = z.object({
  fields: z.object({
    nameEn: requiredText(field("englishName"), 120),
    nameEs: requiredText(field("spanishName"), 120),
    descriptionEn: longText(field("englishDescription")),
    descriptionEs: longText(field("spanishDescription")),
    ...certaintyFields,
    ...translationStatusFields("topic"),
  }),
  links: z.object({ citations }),
});

const source = z.object({
  fields: z.object({
    title: requiredText(field("title"), 500),
    publisher: optionalText(field("publisher"), 200),
    kind: choice(field("kind"), SOURCE_KINDS),
    publishedOn: partialDate(field("publicationDate")),
    url: optionalUrl(field("documentAddress")),
    language: optionalChoice(field("language"), LANGUAGES),
    archivedCopy: optionalText(field("archivedCopy"), 500),
    noteEn: longText(field("note")),
    noteEs: longText(field("spanishNote")),
    ...certaintyFields,
    ...translationStatusFields("source"),
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
