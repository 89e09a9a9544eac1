/**
 * Building blocks of the editing schemas. Messages are written for the person
 * filling the form: they say what is wrong and what would be right.
 */
import { z } from "zod";
import { isPartialDate } from "@/lib/format/dates";

/** Empty form fields arrive as "" and mean "not known". */
const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : v);

export const requiredText = (label: string, max = 300) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);

export const optionalText = (label: string, max = 300) =>
  z.preprocess(emptyToNull, z.string().max(max, `${label} must be at most ${max} characters.`).nullable().default(null));

export const longText = (label: string) => optionalText(label, 10_000);

export const optionalUrl = (label: string) =>
  z.preprocess(
    emptyToNull,
    z
      .string()
      .max(2000, `${label} must be at most 2000 characters.`)
      .refine((v) => {
        try {
          const url = new URL(v);
          return url.protocol === "https:" || url.protocol === "http:";
        } catch {
          return false;
        }
      }, `${label} must be a full web address starting with https:// or http://.`)
      .nullable()
      .default(null),
  );

export const partialDate = (label: string) =>
  z.preprocess(
    emptyToNull,
    z
      .string()
      .refine(isPartialDate, `${label} must be a year (2014), a month (2014-06) or a day (2014-06-09) that exists.`)
      .nullable()
      .default(null),
  );

export const choice = <T extends string>(label: string, values: readonly [T, ...T[]]) =>
  z.enum(values, { error: `Choose a ${label.toLowerCase()} from the list.` });

export const optionalChoice = <T extends string>(label: string, values: readonly [T, ...T[]]) =>
  z.preprocess(
    emptyToNull,
    z
      .enum(values, { error: `Choose a ${label.toLowerCase()} from the list.` })
      .nullable()
      .default(null),
  );

/** A reference to another record by id, as pickers send it. */
export const recordId = (label: string) =>
  z.coerce
    .number({ error: `Choose ${label.toLowerCase()}.` })
    .int(`Choose ${label.toLowerCase()}.`)
    .positive(`Choose ${label.toLowerCase()}.`);

export const optionalRecordId = (label: string) => z.preprocess(emptyToNull, recordId(label).nullable().default(null));

export const optionalCount = (label: string) =>
  z.preprocess(
    emptyToNull,
    z.coerce
      .number({ error: `${label} must be a whole number.` })
      .int(`${label} must be a whole number.`)
      .min(0, `${label} cannot be negative.`)
      .max(10_000_000, `${label} is too large.`)
      .nullable()
      .default(null),
  );

/** A checkbox: present ("on", "true") means yes. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const slugField = z.preprocess(
  emptyToNull,
  z
    .string()
    .max(120, "The address must be at most 120 characters.")
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      "The address may use lower-case letters, digits and single hyphens only (e.g. university-of-arizona).",
    )
    // /en/meetings/new is the page for creating a meeting.
    .refine((v) => v !== "new", "“new” is reserved; choose another address.")
    .nullable()
    .default(null),
);

/** A Wikidata item: "Q" and a number without leading zeros (the database checks the same pattern). */
export const wikidataId = z.preprocess(
  emptyToNull,
  z
    .string()
    .regex(
      /^Q[1-9][0-9]{0,11}$/,
      "A Wikidata identifier is a capital Q followed by digits, like Q1234: the end of the item's address, https://www.wikidata.org/wiki/Q1234.",
    )
    .nullable()
    .default(null),
);

export const certaintyFields = {
  uncertain: checkbox,
  uncertaintyNote: optionalText("The uncertainty note", 2000),
};

/** What every link row carries: its source and whether it is certain. */
export const linkEvidence = {
  sourceId: optionalRecordId("a source"),
  ...certaintyFields,
};

/** Later dates must not come before earlier ones. */
export function datesInOrder(start: string | null, end: string | null): boolean {
  return !start || !end || end >= start;
}

/** Decimal degrees (WGS 84), as the map and gazetteers give them; empty means not placed. */
const coordinate = (label: string, min: number, max: number) =>
  z.preprocess(
    emptyToNull,
    z.coerce
      .number({ error: `${label} must be a number in decimal degrees, like ${min === -90 ? "32.2217" : "-110.9265"}.` })
      .min(min, `${label} must be between ${min} and ${max}.`)
      .max(max, `${label} must be between ${min} and ${max}.`)
      .nullable()
      .default(null),
  );

export const coordinateFields = {
  latitude: coordinate("The latitude", -90, 90),
  longitude: coordinate("The longitude", -180, 180),
};

/** A point needs both numbers: one alone places nothing (the database refuses it too). */
export function pairCoordinates(f: { latitude: number | null; longitude: number | null }, ctx: z.RefinementCtx): void {
  if (f.latitude !== null && f.longitude === null)
    ctx.addIssue({ code: "custom", path: ["longitude"], message: "Give the longitude too, or clear the latitude." });
  if (f.longitude !== null && f.latitude === null)
    ctx.addIssue({ code: "custom", path: ["latitude"], message: "Give the latitude too, or clear the longitude." });
}
