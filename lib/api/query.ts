/**
 * The API reads query strings strictly, unlike the pages: a client is a program
 * that can be fixed, and a misspelt filter (`contry=MX`) silently ignored would
 * return the wrong records as if they were right. Every problem is a 400 naming
 * the parameter; unknown parameters are refused the same way.
 */
import "server-only";
import { z } from "zod";
import { inEnglish, msg } from "@/lib/i18n/message-ref";
import { MAX_PARAM_LENGTH, pageSchema, slugSchema, type ParamSchemas } from "@/lib/search-params";
import { DEFAULT_PAGE_SIZE, pageSizeSchema, unknownReferences } from "@/lib/validation/list-params";
import { badParameter } from "./http";

/** Enumerations short enough to list in the message. */
const MAX_LISTED_CHOICES = 12;

function reasonFor(schema: z.ZodType, issue: string): string {
  if (schema instanceof z.ZodEnum && schema.options.length <= MAX_LISTED_CHOICES) return `${issue}: ${schema.options.join(", ")}`;
  return issue;
}

function readOne(params: URLSearchParams, name: string): string | undefined {
  const all = params.getAll(name);
  if (all.length > 1) throw badParameter(name, `Parameter "${name}" was given ${all.length} times; give it once.`);
  const value = all[0];
  if (value === undefined || value === "") return undefined;
  if (value.length > MAX_PARAM_LENGTH) throw badParameter(name, `Parameter "${name}" is longer than ${MAX_PARAM_LENGTH} characters.`);
  return value;
}

function parseValue<T extends z.ZodType>(name: string, schema: T, value: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // Schemas speak in message references (lib/i18n/message-ref.ts); API answers are in English.
  const issue = inEnglish(result.error.issues[0]?.message ?? msg("params.invalid"));
  throw badParameter(
    name,
    `Parameter "${name}" ${reasonFor(schema, issue)} (got "${value.length > 40 ? `${value.slice(0, 40)}…` : value}").`,
  );
}

export interface ApiQuery<S extends ParamSchemas> {
  values: { [K in keyof S]?: z.output<S[K]> };
  page: number;
  /** As given (undefined when not), so page links repeat exactly what the client asked. */
  pageSize: number | undefined;
}

/**
 * Which paging parameters an endpoint takes besides its filters: lists take both,
 * the search only `page` (its pages are the search page's), records and exports none.
 */
export type Paging = "none" | "page" | "page+size";

export function pagingParams(paging: Paging): ParamSchemas {
  if (paging === "none") return {};
  return paging === "page" ? { page: pageSchema } : { page: pageSchema, pageSize: pageSizeSchema };
}

export function parseApiQuery<S extends ParamSchemas>(params: URLSearchParams, schemas: S, paging: Paging): ApiQuery<S> {
  const paged = pagingParams(paging);
  const accepted = [...Object.keys(schemas), ...Object.keys(paged)];
  for (const name of new Set(params.keys())) {
    if (!accepted.includes(name)) {
      const known = accepted.length ? `accepted: ${accepted.join(", ")}` : "this endpoint takes no parameters";
      throw badParameter(name, `Unknown parameter "${name}" (${known}).`);
    }
  }
  const values: ApiQuery<S>["values"] = {};
  for (const name of Object.keys(schemas) as (keyof S & string)[]) {
    const raw = readOne(params, name);
    if (raw !== undefined) values[name] = parseValue(name, schemas[name]!, raw);
  }
  for (const unknown of unknownReferences(values)) {
    throw badParameter(unknown.name, `Parameter "${unknown.name}" ${inEnglish(unknown.reason)} (got "${unknown.value}").`);
  }
  const rawPage = "page" in paged ? readOne(params, "page") : undefined;
  const rawSize = "pageSize" in paged ? readOne(params, "pageSize") : undefined;
  return {
    values,
    page: rawPage === undefined ? 1 : parseValue("page", pageSchema, rawPage),
    pageSize: rawSize === undefined ? undefined : parseValue("pageSize", pageSizeSchema, rawSize),
  };
}

export function pageRequest(query: { page: number; pageSize: number | undefined }) {
  return { page: query.page, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE };
}

/** The {slug} of a record's address. */
export function parseSlug(slug: string): string {
  return parseValue("slug", slugSchema, slug);
}
