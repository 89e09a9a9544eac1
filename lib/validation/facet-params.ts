/** The facets the search page and the map filter by, read from the query string the same way on both. */
import { STATES } from "@/lib/geo";
import { oneOf, slugSchema, yearSchema } from "@/lib/search-params";
import { COUNTRIES, ORGANIZATION_KINDS } from "@/lib/vocabulary";

export const facetParamSchemas = {
  country: oneOf(COUNTRIES),
  state: oneOf(STATES.map((s) => s.code)),
  orgKind: oneOf(ORGANIZATION_KINDS),
  topic: slugSchema,
  program: slugSchema,
  year: yearSchema,
};
