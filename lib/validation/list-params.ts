/**
 * The query string of each list, one set of schemas shared by the list pages
 * (which drop a bad value and tell the reader) and the JSON API under /api/v1
 * (which answers 400 naming the parameter), so both filter alike.
 */
import { z } from "zod";
import { slugExists, type ReferenceKind } from "@/db/queries/references";
import { STATES } from "@/lib/geo";
import { msg } from "@/lib/i18n/message-ref";
import {
  MAX_PAGE,
  MAX_PARAM_LENGTH,
  oneOf,
  parseSearchParams,
  slugSchema,
  yearSchema,
  type ParamSchemas,
  type ParsedParams,
  type RawSearchParams,
} from "@/lib/search-params";
import { facetParamSchemas } from "@/lib/validation/facet-params";
import {
  COUNTRIES,
  MEETING_COUNTRIES,
  MEETING_KINDS,
  MEETING_ORGANIZATION_ROLES,
  ORGANIZATION_KINDS,
  PROGRAM_KINDS,
  SEARCH_KINDS,
} from "@/lib/vocabulary";

export const organizationListParams = {
  country: oneOf(COUNTRIES),
  kind: oneOf(ORGANIZATION_KINDS),
  state: oneOf(STATES.map((s) => s.code)),
  topic: slugSchema,
};

export const programListParams = {
  kind: oneOf(PROGRAM_KINDS),
  topic: slugSchema,
};

export const meetingListParams = {
  kind: oneOf(MEETING_KINDS),
  topic: slugSchema,
  country: oneOf(MEETING_COUNTRIES),
  /** Meetings this organization hosted, organized or attended. */
  organization: slugSchema,
  year: yearSchema,
};

/**
 * Which organization took part in which meeting: the meetings are chosen with the
 * meeting list's own filters (so a meeting list's download has its participants),
 * or one meeting by slug; `role` narrows to hosts, organizers or participants.
 */
export const participationListParams = {
  ...meetingListParams,
  meeting: slugSchema,
  role: oneOf(MEETING_ORGANIZATION_ROLES),
};

export const searchParamSchemas = {
  q: z.string().max(MAX_PARAM_LENGTH),
  kind: oneOf(SEARCH_KINDS),
  ...facetParamSchemas,
};

/** How many records one page of the API holds at most; the HTML lists use 25 or 30. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

export const pageSizeSchema = z.coerce
  .number({ error: "must be a whole number" })
  .int("must be a whole number")
  .min(1, "must be 1 or more")
  .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`);

export { MAX_PAGE };

/** Parameters whose value is the slug of a record that must exist. */
const REFERENCES: Record<string, ReferenceKind> = { topic: "topic", program: "program", organization: "organization", meeting: "meeting" };

/** The parameters among `values` that name a record the directory does not have. */
export function unknownReferences(values: Record<string, unknown>): { name: string; value: string; reason: string }[] {
  return Object.entries(values).flatMap(([name, value]) => {
    const kind = REFERENCES[name];
    return kind && typeof value === "string" && !slugExists(kind, value)
      ? [{ name, value, reason: msg(`params.unknownRecord.${kind}`) }]
      : [];
  });
}

/** A list page's filters: bad values and records that do not exist are dropped and reported. */
export function parseListParams<S extends ParamSchemas>(raw: RawSearchParams, schemas: S): ParsedParams<S> {
  const parsed = parseSearchParams(raw, schemas);
  for (const unknown of unknownReferences(parsed.values)) {
    parsed.ignored.push(unknown);
    delete parsed.values[unknown.name as keyof S];
  }
  return parsed;
}
