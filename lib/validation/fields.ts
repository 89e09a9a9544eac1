/**
 * Building blocks of the editing schemas. Messages are written for the person
 * filling the form: they say what is wrong and what would be right.
 */
import { z } from "zod";
import { isPartialDate } from "@/lib/format/dates";
import type { Messages } from "@/lib/i18n/messages";
import { msg } from "@/lib/i18n/message-ref";

/** Empty form fields arrive as "" and mean "not known". */
const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : v);

/**
 * A field's name inside a sentence ("the English name"), as a message reference:
 * schemas run in the data layer, which does not know the reader's language, so
 * every message below is a reference the page renders (lib/i18n/message-ref.ts).
 */
export type FieldLabel = keyof Messages["validation"]["field"];
export const field = (key: FieldLabel) => msg(`validation.field.${key}`);

export const requiredText = (label: string, max = 300) =>
  z
    .string({ error: msg("validation.required", { field: label }) })
    .trim()
    .min(1, msg("validation.required", { field: label }))
    .max(max, msg("validation.tooLong", { field: label, max }));

export const optionalText = (label: string, max = 300) =>
  z.preprocess(
    emptyToNull,
    z
      .string()
      .max(max, msg("validation.tooLong", { field: label, max }))
      .nullable()
      .default(null),
  );

export const longText = (label: string) => optionalText(label, 10_000);

export const optionalUrl = (label: string) =>
  z.preprocess(
    emptyToNull,
    z
      .string()
      .max(2000, msg("validation.tooLong", { field: label, max: 2000 }))
      .refine(
        (v) => {
          try {
            const url = new URL(v);
            return url.protocol === "https:" || url.protocol === "http:";
          } catch {
            return false;
          }
        },
        msg("validation.url", { field: label }),
      )
      .nullable()
      .default(null),
  );

export const partialDate = (label: string) =>
  z.preprocess(
    emptyToNull,
    z
      .string()
      .refine(isPartialDate, msg("validation.partialDate", { field: label }))
      .nullable()
      .default(null),
  );

export const choice = <T extends string>(label: string, values: readonly [T, ...T[]]) =>
  z.enum(values, { error: msg("validation.choice", { field: label }) });

export const optionalChoice = <T extends string>(label: string, values: readonly [T, ...T[]]) =>
  z.preprocess(
    emptyToNull,
    z
      .enum(values, { error: msg("validation.choice", { field: label }) })
      .nullable()
      .default(null),
  );

/** A reference to another record by id, as pickers send it. */
export const recordId = (label: string) =>
  z.coerce
    .number({ error: msg("validation.chooseRecordOf", { field: label }) })
    .int(msg("validation.chooseRecordOf", { field: label }))
    .positive(msg("validation.chooseRecordOf", { field: label }));

export const optionalRecordId = (label: string) => z.preprocess(emptyToNull, recordId(label).nullable().default(null));

export const optionalCount = (label: string) =>
  z.preprocess(
    emptyToNull,
    z.coerce
      .number({ error: msg("validation.wholeNumber", { field: label }) })
      .int(msg("validation.wholeNumber", { field: label }))
      .min(0, msg("validation.negative", { field: label }))
      .max(10_000_000, msg("validation.tooLarge", { field: label }))
      .nullable()
      .default(null),
  );

/** A checkbox: present ("on", "true") means yes. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const slugField = z.preprocess(
  emptyToNull,
  z
    .string()
    .max(120, msg("validation.slugTooLong"))
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, msg("validation.slugFormat"))
    // /en/meetings/new is the page for creating a meeting.
    .refine((v) => v !== "new", msg("validation.slugReserved"))
    .nullable()
    .default(null),
);

export const certaintyFields = {
  uncertain: checkbox,
  uncertaintyNote: optionalText(field("uncertaintyNote"), 2000),
};

/** What every link row carries: its source and whether it is certain. */
export const linkEvidence = {
  sourceId: optionalRecordId(field("source")),
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
      .number({ error: msg("validation.degrees", { field: label, example: min === -90 ? "32.2217" : "-110.9265" }) })
      .min(min, msg("validation.between", { field: label, min, max }))
      .max(max, msg("validation.between", { field: label, min, max }))
      .nullable()
      .default(null),
  );

export const coordinateFields = {
  latitude: coordinate(field("latitude"), -90, 90),
  longitude: coordinate(field("longitude"), -180, 180),
};

/** A point needs both numbers: one alone places nothing (the database refuses it too). */
export function pairCoordinates(f: { latitude: number | null; longitude: number | null }, ctx: z.RefinementCtx): void {
  if (f.latitude !== null && f.longitude === null)
    ctx.addIssue({ code: "custom", path: ["longitude"], message: msg("validation.longitudeToo") });
  if (f.longitude !== null && f.latitude === null)
    ctx.addIssue({ code: "custom", path: ["latitude"], message: msg("validation.latitudeToo") });
}
