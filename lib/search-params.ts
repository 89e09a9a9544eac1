/**
 * Query strings come from anywhere (old links, hand edits, robots). A list page
 * never fails on one: each known parameter is checked on its own, bad values are
 * dropped and reported back to the reader, unknown parameters are ignored.
 */
import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** Longer values are never legitimate filters; refusing them early keeps them out of queries and pages. */
export const MAX_PARAM_LENGTH = 200;
export const MAX_PAGE = 100_000;

export interface IgnoredParam {
  name: string;
  /** Shortened for display; the page escapes it like any text. */
  value: string;
  /** A message reference (lib/i18n/message-ref.ts): the page says it in its language. */
  reason: string;
}

export type ParamSchemas = Record<string, z.ZodType>;

export interface ParsedParams<S extends ParamSchemas> {
  values: { [K in keyof S]?: z.output<S[K]> };
  page: number;
  ignored: IgnoredParam[];
}

export const pageSchema = z.coerce
  .number({ error: msg("params.wholeNumber") })
  .int(msg("params.wholeNumber"))
  .min(1, msg("params.atLeastOne"))
  .max(MAX_PAGE, msg("params.atMost", { max: MAX_PAGE }));

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, msg("params.identifier"))
  .max(120, msg("params.tooLong"));

/**
 * A choice among known values, with the message a reader understands. An enum (not
 * a refined string) so the API's OpenAPI document lists the values.
 */
export function oneOf<T extends string>(values: readonly T[]) {
  return z.enum(values, { error: msg("params.notAChoice") });
}

export const yearSchema = z.coerce
  .number({ error: msg("params.year") })
  .int(msg("params.year"))
  .min(1900, msg("params.year"))
  .max(2100, msg("params.year"));

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export function parseSearchParams<S extends ParamSchemas>(raw: RawSearchParams, schemas: S): ParsedParams<S> {
  const values: ParsedParams<S>["values"] = {};
  const ignored: IgnoredParam[] = [];

  const read = (name: string): string | undefined => {
    const value = raw[name];
    const first = Array.isArray(value) ? value[0] : value;
    if (Array.isArray(value) && value.length > 1) {
      ignored.push({ name, value: shorten(value.slice(1).join(", ")), reason: msg("params.repeated") });
    }
    if (first === undefined || first === "") return undefined;
    if (first.length > MAX_PARAM_LENGTH) {
      ignored.push({ name, value: shorten(first), reason: msg("params.longerThan", { max: MAX_PARAM_LENGTH }) });
      return undefined;
    }
    return first;
  };

  for (const name of Object.keys(schemas) as (keyof S & string)[]) {
    const value = read(name);
    if (value === undefined) continue;
    const result = schemas[name]!.safeParse(value);
    if (result.success) values[name] = result.data as z.output<S[typeof name]>;
    else ignored.push({ name, value: shorten(value), reason: result.error.issues[0]?.message ?? msg("params.invalid") });
  }

  let page = 1;
  const rawPage = read("page");
  if (rawPage !== undefined) {
    const result = pageSchema.safeParse(rawPage);
    if (result.success) page = result.data;
    else ignored.push({ name: "page", value: shorten(rawPage), reason: result.error.issues[0]?.message ?? msg("params.invalid") });
  }
  return { values, page, ignored };
}

/** Builds a list URL from filters, dropping empty ones, so links stay short and shareable. */
export function buildQuery(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "" || (k === "page" && Number(v) === 1)) continue;
    search.set(k, String(v));
  }
  const s = search.toString();
  return s ? `?${s}` : "";
}
