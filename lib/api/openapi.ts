/**
 * The OpenAPI 3.1 document of /api/v1, built from the operations table: query
 * parameters and response schemas are converted from the very zod schemas that
 * parse requests and type answers (z.toJSONSchema, JSON Schema 2020-12, which is
 * OpenAPI 3.1's dialect), texts come from the dictionary, and the examples are
 * real requests answered from the live data. Served at /api/v1/openapi.json and
 * rendered for people at /[locale]/api.
 */
import "server-only";
import { z } from "zod";
import type { Messages } from "@/lib/i18n";
import { EXPORT_DATASETS, EXPORT_FORMATS, routes, type ExportDataset, type ExportFormat } from "@/lib/routes";
import type { ParamSchemas } from "@/lib/search-params";
import { slugSchema } from "@/lib/search-params";
import { datasets } from "./exports";
import { API_CACHE_CONTROL, noRecordMessage } from "./http";
import { OPERATION_LIST, operations, type ExampleRequest, type JsonOperation } from "./operations";
import { pagingParams, parseApiQuery } from "./query";
import { absoluteUrl } from "./represent";
import { apiRegistry, exportEnvelope } from "./schemas";

type JsonSchema = Record<string, unknown>;

export interface ParameterObject {
  name: string;
  in: "query" | "path";
  required: boolean;
  description: string;
  schema: JsonSchema;
  example?: string;
}

export interface MediaTypeObject {
  schema: JsonSchema;
  example?: unknown;
  /** Set when arrays of the example were cut for length. */
  "x-sample-shortened"?: boolean;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId: string;
  tags: string[];
  summary: string;
  description: string;
  parameters: ParameterObject[];
  responses: Record<string, ResponseObject>;
}

export interface OpenApiDocument {
  openapi: "3.1.1";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, { get: OperationObject }>;
  components: { schemas: Record<string, JsonSchema> };
}

export const API_VERSION = "1.0.0";
/** Arrays in sample responses are cut to this length: a sample shows the shape, not the whole record. */
export const SAMPLE_ARRAY_LENGTH = 3;

const exportSchemaId = (name: ExportDataset) => `${name[0]!.toUpperCase()}${name.slice(1)}Export`;
for (const name of EXPORT_DATASETS) apiRegistry.add(exportEnvelope(datasets[name].item), { id: exportSchemaId(name), description: name });

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Standalone JSON Schemas, as OpenAPI wants them inside a document: no $schema or $id of their own. */
function bare(schema: JsonSchema): JsonSchema {
  const rest = { ...schema };
  delete rest.$schema;
  delete rest.$id;
  return rest;
}

let componentSchemas: Record<string, JsonSchema> | undefined;
function schemas(): Record<string, JsonSchema> {
  componentSchemas ??= Object.fromEntries(
    Object.entries(
      z.toJSONSchema(apiRegistry, { target: "draft-2020-12", io: "output", uri: (id) => `#/components/schemas/${id}` }).schemas,
    ).map(([id, schema]) => [id, bare(schema as JsonSchema)]),
  );
  return componentSchemas;
}

/** Query strings arrive as text; the schema documents what the text must say (as the input side of the zod schema). */
function parameterSchema(schema: z.ZodType): JsonSchema {
  return bare(z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as JsonSchema);
}

function queryParameters(query: ParamSchemas, example: Record<string, string>, m: Messages): ParameterObject[] {
  const params = m.api.openapi.params;
  return Object.entries(query).map(([name, schema]) => ({
    name,
    in: "query" as const,
    required: false,
    description: params[name] ?? name,
    schema: parameterSchema(schema),
    ...(example[name] === undefined ? {} : { example: example[name] }),
  }));
}

function shorten(value: unknown, state: { cut: boolean }): unknown {
  if (Array.isArray(value)) {
    if (value.length > SAMPLE_ARRAY_LENGTH) state.cut = true;
    return value.slice(0, SAMPLE_ARRAY_LENGTH).map((v) => shorten(v, state));
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v, state)]));
  }
  return value;
}

/** The live answer to the example request, or nothing when the data has no record to show (an empty database). */
function sampleResponse(op: JsonOperation, example: ExampleRequest): Pick<MediaTypeObject, "example" | "x-sample-shortened"> {
  if (op.record && !example.slug) return {};
  try {
    const body = op.run({ query: parseApiQuery(new URLSearchParams(example.query), op.query, op.paging), slug: example.slug ?? "" });
    if (body === null) return {};
    const state = { cut: false };
    const sample = shorten(body, state);
    return state.cut ? { example: sample, "x-sample-shortened": true } : { example: sample };
  } catch {
    return {};
  }
}

// Headers and error responses are written out in each operation rather than as
// components: the published OAS 3.1 schema (2021-04-15) wants reference objects'
// $ref to be absolute URIs, which "#/components/…" is not.
function cachingHeaders(m: Messages) {
  return {
    ETag: { description: m.api.openapi.responses.etag, schema: { type: "string" } },
    "Cache-Control": { description: m.api.openapi.responses.cacheControl, schema: { type: "string", example: API_CACHE_CONTROL } },
  };
}

function okResponse(m: Messages, content: Record<string, MediaTypeObject>): ResponseObject {
  return { description: m.api.openapi.responses.ok, headers: cachingHeaders(m), content };
}

function errorResponse(description: string, example: { message: string; parameter?: string }): ResponseObject {
  return { description, content: { "application/json": { schema: ref("Error"), example: { error: example } } } };
}

function errorResponses(m: Messages, statuses: (304 | 400 | 404)[]): Record<string, ResponseObject> {
  const { responses } = m.api.openapi;
  const all = {
    304: { description: responses.notModified, headers: cachingHeaders(m) },
    400: errorResponse(responses.badRequest, sampleBadRequest()),
    404: errorResponse(responses.notFound, { message: noRecordMessage("organization", "no-such-organization") }),
  };
  return Object.fromEntries(statuses.map((status) => [String(status), all[status]]));
}

function jsonOperation(op: JsonOperation, m: Messages): OperationObject {
  const text = m.api.openapi.operations[op.id]!;
  const example = op.example();
  const parameters = [
    ...(op.record
      ? [
          {
            name: "slug",
            in: "path" as const,
            required: true,
            description: m.api.openapi.params.slug!,
            schema: parameterSchema(slugSchema),
            ...(example.slug ? { example: example.slug } : {}),
          },
        ]
      : []),
    ...queryParameters({ ...op.query, ...pagingParams(op.paging) }, example.query, m),
  ];
  const id = `${op.id[0]!.toUpperCase()}${op.id.slice(1)}Response`;
  return {
    operationId: op.id,
    tags: [op.tag],
    summary: text.summary,
    description: text.description,
    parameters,
    responses: {
      "200": okResponse(m, { "application/json": { schema: ref(id), ...sampleResponse(op, example) } }),
      ...errorResponses(m, op.record ? [304, 400, 404] : [304, 400]),
    },
  };
}

/** The list operation whose filters an export takes, for its example request. */
const exportExampleOf: Record<ExportDataset, JsonOperation> = {
  organizations: operations.listOrganizations as unknown as JsonOperation,
  meetings: operations.listMeetings as unknown as JsonOperation,
  participations: operations.listParticipations as unknown as JsonOperation,
};

function exportOperation(name: ExportDataset, format: ExportFormat, m: Messages): OperationObject {
  const key = `export${name[0]!.toUpperCase()}${name.slice(1)}`;
  const text = m.api.openapi.operations[key]!;
  // Exports are never paged.
  const example = { ...exportExampleOf[name].example().query };
  delete example.pageSize;
  return {
    operationId: `${key}${format === "csv" ? "Csv" : "Json"}`,
    tags: ["exports"],
    summary: `${text.summary} (${format.toUpperCase()})`,
    description: `${text.description} ${m.api.openapi.formats[format]}`,
    parameters: queryParameters(datasets[name].query, example, m),
    responses: {
      "200": okResponse(m, {
        [format === "csv" ? "text/csv" : "application/json"]: { schema: format === "csv" ? { type: "string" } : ref(exportSchemaId(name)) },
      }),
      ...errorResponses(m, [400]),
    },
  };
}

/** The server's own words for a bad parameter, for the document's example. */
function sampleBadRequest(): { message: string; parameter?: string } {
  try {
    parseApiQuery(new URLSearchParams({ contry: "MX" }), operations.listOrganizations.query, "page+size");
  } catch (error) {
    const parameter = ((error as { details?: { parameter?: string } }).details ?? {}).parameter;
    return { message: (error as Error).message, ...(parameter ? { parameter } : {}) };
  }
  return { message: "" };
}

export function buildOpenApiDocument(m: Messages): OpenApiDocument {
  const { openapi } = m.api;
  const paths: OpenApiDocument["paths"] = {};
  for (const op of OPERATION_LIST) paths[op.path] = { get: jsonOperation(op, m) };
  for (const name of EXPORT_DATASETS) {
    for (const format of EXPORT_FORMATS) paths[`/exports/${name}.${format}`] = { get: exportOperation(name, format, m) };
  }
  paths["/openapi.json"] = {
    get: {
      operationId: "getDocument",
      tags: ["document"],
      summary: openapi.operations.getDocument!.summary,
      description: openapi.operations.getDocument!.description,
      parameters: [],
      responses: { "200": okResponse(m, { "application/json": { schema: { type: "object" } } }), ...errorResponses(m, [304]) },
    },
  };
  return {
    openapi: "3.1.1",
    info: { title: openapi.title, version: API_VERSION, description: openapi.description },
    servers: [{ url: absoluteUrl(routes.api()) }],
    tags: Object.entries(openapi.tags).map(([name, description]) => ({ name, description })),
    paths,
    components: { schemas: schemas() },
  };
}

/** The operation's example as a full address: the {slug} and the query filled with the parameters' examples. */
export function exampleUrl(document: OpenApiDocument, path: string): string {
  const { parameters } = document.paths[path]!.get;
  let filled = path;
  const query = new URLSearchParams();
  for (const p of parameters) {
    if (p.example === undefined) continue;
    if (p.in === "path") filled = filled.replace(`{${p.name}}`, encodeURIComponent(p.example));
    else query.set(p.name, p.example);
  }
  const search = query.toString();
  return `${document.servers[0]!.url}${filled}${search ? `?${search}` : ""}`;
}
