/**
 * Every JSON endpoint of /api/v1 in one table: its address, the query schema it
 * shares with its list page, its response schema and what it runs. The route files
 * serve these (lib/api/serve.ts) and the OpenAPI document describes these
 * (lib/api/openapi.ts), so what is documented is what answers.
 */
import "server-only";
import type { z } from "zod";
import { getMeetingBySlug, listMeetings } from "@/db/queries/meetings";
import { getOrganizationBySlug, listOrganizations } from "@/db/queries/organizations";
import { listParticipations } from "@/db/queries/participations";
import { getPersonBySlug, listPeople } from "@/db/queries/people";
import { getProgramBySlug, listPrograms } from "@/db/queries/programs";
import { resolveFacetSlugs, searchRecords } from "@/db/queries/search";
import { offsetOf, pageOf, PUBLIC_VIEWER, type Page, type PageRequest } from "@/db/queries/shared";
import { getTopicBySlug, listTopics } from "@/db/queries/topics";
import { KIND_SEGMENTS, routes, type ApiKind } from "@/lib/routes";
import type { ParamSchemas } from "@/lib/search-params";
import {
  meetingListParams,
  organizationListParams,
  participationListParams,
  programListParams,
  searchParamSchemas,
} from "@/lib/validation/list-params";
import { pageRequest, type ApiQuery, type Paging } from "./query";
import * as represent from "./represent";
import * as s from "./schemas";

export const API_TAGS = ["organizations", "programs", "meetings", "people", "topics", "participations", "search"] as const;
export type ApiTag = (typeof API_TAGS)[number];

export interface ExampleRequest {
  query: Record<string, string>;
  /** For a record's address; undefined when the database has no record to show. */
  slug?: string;
}

export interface JsonOperation<S extends ParamSchemas = ParamSchemas, R extends z.ZodType = z.ZodType> {
  id: string;
  tag: ApiTag;
  /** Under /api/v1, as OpenAPI writes it ({slug} for a record). */
  path: string;
  query: S;
  paging: Paging;
  /** For /…/{slug}: the kind of record the slug names (a 404 says which). */
  record?: ApiKind;
  response: R;
  /** The answer, or null when the slug names no record. */
  run: (input: { query: ApiQuery<S>; slug: string }) => z.output<R> | null;
  /** A request that shows the endpoint at work on the live data, for the document and the API page. */
  example: () => ExampleRequest;
}

function operation<S extends ParamSchemas, R extends z.ZodType>(op: JsonOperation<S, R>): JsonOperation<S, R> {
  // Named components: the OpenAPI document refers to each response by name.
  s.apiRegistry.add(op.response, { id: `${op.id[0]!.toUpperCase()}${op.id.slice(1)}Response`, description: op.id });
  return op;
}

/** A list with the filters of its page, paged, each item as `toItem` makes it. */
function listOperation<S extends ParamSchemas, T, R extends z.ZodType>(o: {
  id: string;
  tag: ApiTag;
  path: string;
  query: S;
  item: R;
  list: (values: ApiQuery<S>["values"], req: PageRequest) => Page<T>;
  toItem: (record: T) => z.output<R>;
  example: () => Record<string, string>;
}) {
  return operation({
    id: o.id,
    tag: o.tag,
    path: o.path,
    query: o.query,
    paging: "page+size",
    response: s.listEnvelope(o.item),
    run: ({ query }) =>
      represent.listPage(o.list(query.values, pageRequest(query)), o.toItem, routes.api(o.path), query.values, query.pageSize),
    example: () => ({ query: o.example() }),
  });
}

/** One record by slug, with everything its page shows; the example is the first record of its list. */
function recordOperation<T, R extends z.ZodType>(o: {
  id: string;
  kind: ApiKind;
  tag: ApiTag;
  detail: R;
  get: (slug: string) => T | null;
  toDetail: (record: T) => z.output<R>;
  exampleSlug: () => string | undefined;
}) {
  return operation({
    id: o.id,
    tag: o.tag,
    path: `/${KIND_SEGMENTS[o.kind]}/{slug}`,
    query: {},
    paging: "none",
    record: o.kind,
    response: s.recordEnvelope(o.detail),
    run: ({ slug }) => {
      const record = o.get(slug);
      return record === null ? null : { data: o.toDetail(record) };
    },
    example: () => ({ query: {}, slug: o.exampleSlug() }),
  });
}

const firstSlug = (items: { slug: string }[]) => items[0]?.slug;
const firstPage = { page: 1, pageSize: 1 };

export const operations = {
  listOrganizations: listOperation({
    id: "listOrganizations",
    tag: "organizations",
    path: "/organizations",
    query: organizationListParams,
    item: s.organizationListItemSchema,
    list: listOrganizations,
    toItem: represent.organizationRef,
    example: () => ({ country: "MX", pageSize: "2" }),
  }),
  getOrganization: recordOperation({
    id: "getOrganization",
    kind: "organization",
    tag: "organizations",
    detail: s.organizationSchema,
    get: (slug) => getOrganizationBySlug(slug, PUBLIC_VIEWER),
    toDetail: represent.organizationDetail,
    exampleSlug: () => firstSlug(listOrganizations({ country: "MX" }, firstPage).items),
  }),
  listPrograms: listOperation({
    id: "listPrograms",
    tag: "programs",
    path: "/programs",
    query: programListParams,
    item: s.programListItemSchema,
    list: listPrograms,
    toItem: represent.programListItem,
    example: () => ({ pageSize: "2" }),
  }),
  getProgram: recordOperation({
    id: "getProgram",
    kind: "program",
    tag: "programs",
    detail: s.programSchema,
    get: getProgramBySlug,
    toDetail: represent.programDetail,
    exampleSlug: () => firstSlug(listPrograms({}, firstPage).items),
  }),
  listMeetings: listOperation({
    id: "listMeetings",
    tag: "meetings",
    path: "/meetings",
    query: meetingListParams,
    item: s.meetingListItemSchema,
    list: listMeetings,
    toItem: represent.meetingListItem,
    example: () => ({ country: "US", pageSize: "2" }),
  }),
  getMeeting: recordOperation({
    id: "getMeeting",
    kind: "meeting",
    tag: "meetings",
    detail: s.meetingSchema,
    get: (slug) => getMeetingBySlug(slug, PUBLIC_VIEWER),
    toDetail: represent.meetingDetail,
    exampleSlug: () => firstSlug(listMeetings({}, firstPage).items),
  }),
  listPeople: listOperation({
    id: "listPeople",
    tag: "people",
    path: "/people",
    query: {},
    item: s.personListItemSchema,
    list: (_values, req) => listPeople(PUBLIC_VIEWER, req),
    toItem: represent.personListItem,
    example: () => ({ pageSize: "2" }),
  }),
  // Private people are not found, as on the website.
  getPerson: recordOperation({
    id: "getPerson",
    kind: "person",
    tag: "people",
    detail: s.personSchema,
    get: (slug) => getPersonBySlug(slug, PUBLIC_VIEWER),
    toDetail: represent.personDetail,
    exampleSlug: () => firstSlug(listPeople(PUBLIC_VIEWER, firstPage).items),
  }),
  listTopics: listOperation({
    id: "listTopics",
    tag: "topics",
    path: "/topics",
    query: {},
    item: s.topicListItemSchema,
    // A few dozen topics: the page lists them all, and the API pages them in memory like the other lists.
    list: (_values, req) => {
      const all = listTopics();
      return pageOf(all.slice(offsetOf(req), offsetOf(req) + req.pageSize), all.length, req);
    },
    toItem: represent.topicListItem,
    example: () => ({ pageSize: "3" }),
  }),
  getTopic: recordOperation({
    id: "getTopic",
    kind: "topic",
    tag: "topics",
    detail: s.topicSchema,
    get: getTopicBySlug,
    toDetail: represent.topicDetail,
    exampleSlug: () => firstSlug(listTopics()),
  }),
  listParticipations: listOperation({
    id: "listParticipations",
    tag: "participations",
    path: "/participations",
    query: participationListParams,
    item: s.participationSchema,
    list: listParticipations,
    toItem: represent.participation,
    example: (): Record<string, string> => {
      const meeting = firstSlug(listMeetings({}, firstPage).items);
      return meeting ? { meeting, pageSize: "3" } : { pageSize: "3" };
    },
  }),
  search: operation({
    id: "search",
    tag: "search",
    path: "/search",
    query: searchParamSchemas,
    paging: "page",
    response: s.searchResultsSchema,
    run: ({ query: { values, page } }) => {
      // The index stores topics and programs by id; parseApiQuery has already refused unknown slugs.
      const ids = resolveFacetSlugs({ topic: values.topic, program: values.program });
      const { q = "", ...facets } = values;
      const results = searchRecords(q.trim(), { ...facets, topic: ids.topic ?? undefined, program: ids.program ?? undefined }, page);
      const listed = represent.listPage({ ...results, items: results.hits }, represent.searchHit, routes.api("/search"), values, undefined);
      return {
        ...listed,
        meta: {
          ...listed.meta,
          kinds: results.kinds,
          correctedQuery: results.correctedTokens ? results.correctedTokens.join(" ") : null,
          matchedAnyWord: results.matchedAnyWord,
        },
      };
    },
    // A narrow word: a broad one ("university") ranks tens of thousands of records on a large dataset, on every request for the document.
    example: () => ({ query: { q: "fobesii" } }),
  }),
};

export type OperationId = keyof typeof operations;

/** As a list, for the document and the tests (typed loosely: each entry keeps its own types above). */
export const OPERATION_LIST: JsonOperation[] = Object.values(operations) as unknown as JsonOperation[];
