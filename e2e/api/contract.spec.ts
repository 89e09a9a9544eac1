/**
 * The public API against its own OpenAPI document, over real HTTP against the
 * production server: every endpoint answers its documented example with a body
 * its schema accepts, and bad requests, unknown records, writes, caching and CORS
 * behave as the document and the API page say.
 */
import { expect, test } from "@playwright/test";
import { exampleRequest, fetchDocument, schemaValidator, validateDocument, type OpenApiDocument } from "../support/openapi";

/** The API gives absolute addresses; the tests follow them on the test server. */
const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;

let document: OpenApiDocument;
let validator: ReturnType<typeof schemaValidator>;

test.beforeAll(async ({ request }) => {
  document = await fetchDocument(request);
  validator = schemaValidator(document);
});

test.describe("the OpenAPI document", () => {
  test("is a valid OpenAPI 3.1 document whose schemas compile as JSON Schema 2020-12", () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    const validate = validateDocument(document);
    expect(validate.errors ?? []).toEqual([]);
    for (const id of validator.componentIds) expect(() => validator.compile(id), id).not.toThrow();
    // A broken document is refused, so the check above means something.
    const broken = structuredClone(document);
    (broken.paths["/organizations"]!.get.parameters[0] as { in: string }).in = "body";
    expect(validateDocument(broken).errors?.length ?? 0).toBeGreaterThan(0);
  });

  test("describes every list, record and export, with parameters named as the pages name them", () => {
    for (const path of [
      "/organizations",
      "/organizations/{slug}",
      "/programs",
      "/programs/{slug}",
      "/meetings",
      "/meetings/{slug}",
      "/people",
      "/people/{slug}",
      "/topics",
      "/topics/{slug}",
      "/participations",
      "/search",
      "/exports/organizations.csv",
      "/exports/meetings.json",
      "/exports/participations.csv",
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
    const names = (path: string) => document.paths[path]!.get.parameters.map((p) => p.name);
    expect(names("/organizations")).toEqual(["country", "kind", "state", "topic", "page", "pageSize"]);
    expect(names("/meetings")).toEqual(["kind", "topic", "country", "organization", "year", "page", "pageSize"]);
    expect(names("/exports/organizations.csv")).toEqual(["country", "kind", "state", "topic"]);
    const country = document.paths["/organizations"]!.get.parameters.find((p) => p.name === "country")!;
    expect(country.schema.enum).toEqual(["US", "MX", "US-MX"]);
  });
});

test.describe("every endpoint", () => {
  test("answers its documented example with a body that matches the documented schema", async ({ request }) => {
    const jsonPaths = Object.keys(document.paths).filter((p) => !p.endsWith(".csv"));
    expect(jsonPaths.length).toBeGreaterThanOrEqual(16);
    for (const path of jsonPaths) {
      const url = exampleRequest(document, path);
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()["content-type"]).toContain("application/json");
      const body: unknown = await response.json();
      if (path !== "/openapi.json") validator.expectValid(path, 200, "application/json", body);
      // The example the document shows is an answer of the same shape.
      const sample = document.paths[path]!.get.responses["200"]!.content!["application/json"]!.example;
      if (sample !== undefined) validator.expectValid(path, 200, "application/json", sample);
    }
  });

  test("lists carry both languages, uncertainty, totals and links; records their sources and related API addresses", async ({
    request,
  }) => {
    const list = await (await request.get("/api/v1/organizations?country=MX&kind=university")).json();
    const uabc = list.data.find((o: { slug: string }) => o.slug === "uabc");
    expect(uabc.name).toEqual({ en: "Autonomous University of Baja California", es: "Universidad Autónoma de Baja California" });
    expect(uabc.uncertain).toBe(false);
    expect(list.meta.total).toBe(list.data.length);
    expect(list.links.next).toBeNull();

    const record = await (await request.get(new URL(uabc.links.self).pathname)).json();
    expect(record.data.slug).toBe("uabc");
    expect(new URL(record.data.links.html.en).pathname).toBe("/en/organizations/uabc");
    expect((await request.get(new URL(record.data.links.html.en).pathname)).status()).toBe(200);

    const meeting = (await (await request.get("/api/v1/meetings/2014-06-09-working-group-tucson")).json()).data;
    expect(meeting.title.es).toContain("Sexta reunión");
    expect(meeting.citations.length).toBeGreaterThan(0);
    expect(meeting.citations[0].url).toMatch(/^https?:\/\//);
    const host = meeting.organizations.find((o: { slug: string }) => o.slug === "university-of-arizona");
    expect(host.role).toBe("host");
    // Related records are reachable at the addresses the answer gives (a meeting no other test edits).
    const hostRecord = await request.get(new URL(host.links.self).pathname);
    expect((await hostRecord.json()).data.name.en).toBe("University of Arizona");
    const roundtable = (await (await request.get("/api/v1/meetings/2017-03-14-roundtable-washington")).json()).data;
    const participations = await request.get(pathOf(roundtable.participations));
    expect(participations.status()).toBe(200);
    expect((await participations.json()).meta.total).toBe(roundtable.organizations.length);
  });

  test("pages follow one another through next links to the total, with the same filters", async ({ request }) => {
    const seen: string[] = [];
    let url: string | null = "/api/v1/organizations?country=US&pageSize=7";
    let total = 0;
    for (let guard = 0; url && guard < 50; guard++) {
      const body: {
        data: { slug: string; country: string }[];
        meta: { total: number };
        links: { next: string | null; prev: string | null };
      } = await (await request.get(url)).json();
      total = body.meta.total;
      for (const o of body.data) expect(o.country).toBe("US");
      seen.push(...body.data.map((o) => o.slug));
      if (seen.length > 7) expect(body.links.prev).toContain("pageSize=7");
      url = body.links.next ? pathOf(body.links.next) : null;
    }
    expect(total).toBeGreaterThan(7);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });
});

test.describe("bad requests", () => {
  const cases: [url: string, parameter: string, says: RegExp][] = [
    ["/api/v1/organizations?country=XX", "country", /not one of the available choices: US, MX, US-MX/],
    ["/api/v1/organizations?page=0", "page", /must be 1 or more/],
    ["/api/v1/organizations?page=two", "page", /whole number/],
    ["/api/v1/organizations?pageSize=500", "pageSize", /at most 100/],
    ["/api/v1/organizations?contry=MX", "contry", /Unknown parameter "contry".*accepted: country/],
    ["/api/v1/organizations?topic=no-such-topic", "topic", /names no topic/],
    ["/api/v1/organizations?country=US&country=MX", "country", /given 2 times/],
    ["/api/v1/meetings?year=14", "year", /must be a year/],
    ["/api/v1/meetings?organization=Not%20A%20Slug", "organization", /not a valid identifier/],
    ["/api/v1/participations?role=chair", "role", /host, organizer, participant/],
    ["/api/v1/search?kind=spaceship", "kind", /not one of the available choices/],
    ["/api/v1/search?pageSize=5", "pageSize", /Unknown parameter/],
    ["/api/v1/people?q=ana", "q", /Unknown parameter "q" \(this endpoint takes page, pageSize|accepted: page, pageSize/],
    ["/api/v1/organizations/Bad_Slug", "slug", /not a valid identifier/],
    ["/api/v1/exports/organizations.csv?page=2", "page", /Unknown parameter/],
    ["/api/v1/exports/participations.json?meeting=no-such-meeting", "meeting", /names no meeting/],
  ];

  test("get a 400 whose JSON error names the parameter, as the document says", async ({ request }) => {
    for (const [url, parameter, says] of cases) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(400);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(response.headers()["cache-control"]).toBe("no-store");
      const body = await response.json();
      expect(body.error.parameter, url).toBe(parameter);
      expect(body.error.message, url).toMatch(says);
      const path = new URL(url, "http://x").pathname.replace(/^\/api\/v1/, "").replace(/^\/organizations\/[^/]+$/, "/organizations/{slug}");
      validator.expectValid(path, 400, "application/json", body);
    }
  });

  test("unknown records and addresses are JSON 404s", async ({ request }) => {
    for (const [url, documented] of [
      ["/api/v1/organizations/no-such-organization", "/organizations/{slug}"],
      ["/api/v1/people/no-such-person", "/people/{slug}"],
      ["/api/v1/meetings/no-such-meeting", "/meetings/{slug}"],
      ["/api/v1/no-such-list", null],
      ["/api/v1/exports/everything.xlsx", null],
    ] as const) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(404);
      const body = await response.json();
      expect(body.error.message.length).toBeGreaterThan(10);
      if (documented) validator.expectValid(documented, 404, "application/json", body);
      else expect(validator.compile("Error")(body)).toBe(true);
    }
  });

  test("methods that would write get a JSON 405 that says what is allowed", async ({ request }) => {
    for (const [method, url] of [
      ["POST", "/api/v1/organizations"],
      ["PUT", "/api/v1/organizations/uabc"],
      ["PATCH", "/api/v1/meetings/2014-06-09-working-group-tucson"],
      ["DELETE", "/api/v1/topics/health"],
      ["POST", "/api/v1/exports/organizations.csv"],
    ] as const) {
      const response = await request.fetch(url, { method, data: { name: "x" } });
      expect(response.status(), `${method} ${url}`).toBe(405);
      expect(response.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
      const body = await response.json();
      expect(validator.compile("Error")(body)).toBe(true);
      expect(body.error.message).toContain(method);
    }
    // Nothing was written.
    expect((await (await request.get("/api/v1/organizations/uabc")).json()).data.name.en).toBe("Autonomous University of Baja California");
  });
});

test.describe("caching and CORS", () => {
  test("a strong ETag comes back as a 304 without a body; another answer has another ETag", async ({ request }) => {
    // Topics: no journey saves one (organizations of Mexico, used before, are what the import journey adds to).
    const url = "/api/v1/topics";
    const first = await request.get(url);
    const etag = first.headers()["etag"]!;
    expect(etag).toMatch(/^"[\w-]{20,}"$/);
    const again = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    expect((await again.body()).length).toBe(0);
    expect(again.headers()["etag"]).toBe(etag);
    expect(again.headers()["cache-control"]).toBe(first.headers()["cache-control"]);
    // A list of validators, and the weak form a proxy may have made of it, match too.
    expect((await request.get(url, { headers: { "If-None-Match": `"other", W/${etag}` } })).status()).toBe(304);
    // A stale validator gets the full answer.
    const changed = await request.get(url, { headers: { "If-None-Match": '"not-this-one"' } });
    expect(changed.status()).toBe(200);
    expect(await changed.json()).toEqual(await first.json());
    const other = await request.get("/api/v1/topics?page=2&pageSize=5");
    expect(other.headers()["etag"]).not.toBe(etag);
    // The document itself is cached the same way.
    const doc = await request.get("/api/v1/openapi.json");
    expect((await request.get("/api/v1/openapi.json", { headers: { "If-None-Match": doc.headers()["etag"]! } })).status()).toBe(304);
  });

  test("answers may be cached briefly by anyone and read from any origin", async ({ request }) => {
    for (const url of ["/api/v1/organizations", "/api/v1/topics/health", "/api/v1/exports/meetings.csv"]) {
      const response = await request.get(url, { headers: { Origin: "https://dashboard.example.org" } });
      expect(response.status()).toBe(200);
      expect(response.headers()["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=300");
      expect(response.headers()["access-control-allow-origin"]).toBe("*");
    }
    const preflight = await request.fetch("/api/v1/organizations", {
      method: "OPTIONS",
      headers: {
        Origin: "https://dashboard.example.org",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match",
      },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
    expect(preflight.headers()["access-control-allow-headers"]).toContain("If-None-Match");
    // Errors are readable cross-origin too, so a browser client can show them.
    expect((await request.get("/api/v1/organizations?country=XX")).headers()["access-control-allow-origin"]).toBe("*");
  });
});
