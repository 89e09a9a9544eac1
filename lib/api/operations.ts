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
import { offsetOf, pageOf, PUBLIC_VIEWER } from "@/db/queries/shared";
import { getTopicBySlug, listTopics } from "@/db/queries/topics";
import { routes, type ApiKind } from "@/lib/routes";
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

const firstSlug = (items: { slug: string }[]) => items[0]?.slug;
const firstPage = { page: 1, pageSize: 1 };

export const operations = {
  listOrganizations: operation({
    id: "listOrganizations",
    tag: "organizations",
    path: "/organizations",
    query: organizationListParams,
    paging: "page+size",
    response: s.listEnvelope(s.organizationListItemSchema),
    run: ({ query }) =>
      represent.listPage(
        listOrganizations(query.values, pageRequest(query)),
        represent.organizationRef,
        routes.apiList("organization"),
        query.values,
        query.pageSize,
      ),
    example: () => ({ query: { country: "MX", pageSize: "2" } }),
  }),
  getOrganization: operation({
    id: "getOrganization",
    tag: "organizations",
    path: "/organizations/{slug}",
    query: {},
    paging: "none",
    record: "organization",
    response: s.recordEnvelope(s.organizationSchema),
    run: ({ slug }) => {
      const organization = getOrganizationBySlug(slug, PUBLIC_VIEWER);
      return organization && { data: represent.organizationDetail(organization) };
    },
    example: () => ({ query: {}, slug: firstSlug(listOrganizations({ country: "MX" }, firstPage).items) }),
  }),
  listPrograms: operation({
    id: "listPrograms",
    tag: "programs",
    path: "/programs",
    query: programListParams,
    paging: "page+size",
    response: s.listEnvelope(s.programListItemSchema),
    run: ({ query }) =>
      represent.listPage(
        listPrograms(query.values, pageRequest(query)),
        represent.programListItem,
        routes.apiList("program"),
        query.values,
        query.pageSize,
      ),
    example: () => ({ query: { pageSize: "2" } }),
  }),
  getProgram: operation({
    id: "getProgram",
    tag: "programs",
    path: "/programs/{slug}",
    query: {},
    paging: "none",
    record: "program",
    response: s.recordEnvelope(s.programSchema),
    run: ({ slug }) => {
      const program = getProgramBySlug(slug);
      return program && { data: represent.programDetail(program) };
    },
    example: () => ({ query: {}, slug: firstSlug(listPrograms({}, firstPage).items) }),
  }),
  listMeetings: operation({
    id: "listMeetings",
    tag: "meetings",
    path: "/meetings",
    query: meetingListParams,
    paging: "page+size",
    response: s.listEnvelope(s.meetingListItemSchema),
    run: ({ query }) =>
      represent.listPage(
        listMeetings(query.values, pageRequest(query)),
        represent.meetingListItem,
        routes.apiList("meeting"),
        query.values,
        query.pageSize,
      ),
    example: () => ({ query: { country: "US", pageSize: "2" } }),
  }),
  getMeeting: operation({
    id: "getMeeting",
    tag: "meetings",
    path: "/meetings/{slug}",
    query: {},
    paging: "none",
    record: "meeting",
    response: s.recordEnvelope(s.meetingSchema),
    run: ({ slug }) => {
      const meeting = getMeetingBySlug(slug, PUBLIC_VIEWER);
      return meeting && { data: represent.meetingDetail(meeting) };
    },
    example: () => ({ query: {}, slug: firstSlug(listMeetings({}, firstPage).items) }),
  }),
  listPeople: operation({
    id: "listPeople",
    tag: "people",
    path: "/people",
    query: {},
    paging: "page+size",
    response: s.listEnvelope(s.personListItemSchema),
    run: ({ query }) =>
      represent.listPage(
        listPeople(PUBLIC_VIEWER, pageRequest(query)),
        represent.personListItem,
        routes.apiList("person"),
        {},
        query.pageSize,
      ),
    example: () => ({ query: { pageSize: "2" } }),
  }),
  getPerson: operation({
    id: "getPerson",
    tag: "people",
    path: "/people/{slug}",
    query: {},
    paging: "none",
    record: "person",
    // Private people are not found, as on the website.
    response: s.recordEnvelope(s.personSchema),
    run: ({ slug }) => {
      const person = getPersonBySlug(slug, PUBLIC_VIEWER);
      return person && { data: represent.personDetail(person) };
    },
    example: () => ({ query: {}, slug: firstSlug(listPeople(PUBLIC_VIEWER, firstPage).items) }),
  }),
  listTopics: operation({
    id: "listTopics",
    tag: "topics",
    path: "/topics",
    query: {},
    paging: "page+size",
    response: s.listEnvelope(s.topicListItemSchema),
    run: ({ query }) => {
      // A few dozen topics: the page lists them all, and the API pages them in memory like the other lists.
      const all = listTopics();
      const req = pageRequest(query);
      const page = pageOf(all.slice(offsetOf(req), offsetOf(req) + req.pageSize), all.length, req);
      return represent.listPage(page, represent.topicListItem, routes.apiList("topic"), {}, query.pageSize);
    },
    example: () => ({ query: { pageSize: "3" } }),
  }),
  getTopic: operation({
    id: "getTopic",
    tag: "topics",
    path: "/topics/{slug}",
    query: {},
    paging: "none",
    record: "topic",
    response: s.recordEnvelope(s.topicSchema),
    run: ({ slug }) => {
      const topic = getTopicBySlug(slug);
      return topic && { data: represent.topicDetail(topic) };
    },
    example: () => ({ query: {}, slug: firstSlug(listTopics()) }),
  }),
  listParticipations: operation({
    id: "listParticipations",
    tag: "participations",
    path: "/participations",
    query: participationListParams,
    paging: "page+size",
    response: s.listEnvelope(s.participationSchema),
    run: ({ query }) =>
      represent.listPage(
        listParticipations(query.values, pageRequest(query)),
        represent.participation,
        routes.api("/participations"),
        query.values,
        query.pageSize,
      ),
    example: () => {
      const meeting = firstSlug(listMeetings({}, firstPage).items);
      const query: Record<string, string> = meeting ? { meeting, pageSize: "3" } : { pageSize: "3" };
      return { query };
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
      const listed = represent.listPage(
        { items: results.hits, total: results.total, page: results.page, pageSize: results.pageSize, pageCount: results.pageCount },
        represent.searchHit,
        routes.api("/search"),
        { ...values },
        undefined,
      );
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
    example: () => ({ query: { q: "university", kind: "organization" } }),
  }),
};

export type OperationId = keyof typeof operations;

/** As a list, for the document and the tests (typed loosely: each entry keeps its own types above). */
export const OPERATION_LIST: JsonOperation[] = Object.values(operations) as unknown as JsonOperation[];
