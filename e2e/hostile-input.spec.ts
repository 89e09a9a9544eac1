/**
 * Hostile input over real HTTP, against the production build: known cross-site
 * scripting and SQL injection payloads, Unicode edge cases, oversized and
 * malformed values and fast-check's arbitrary strings, thrown at every query
 * parameter of every page, every parameter of every API operation (read from its
 * OpenAPI document) and the record addresses. Never a server error; a page never
 * carries a payload as markup nor a script without its nonce; the API answers
 * JSON. Forms and uploads get the same values in tests/hostile-input.test.ts.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { hostileValue, MARK } from "../tests/support/hostile-values";
import { fetchDocument } from "./support/openapi";
import { nonceOf } from "./support/security";

/** Every page with a query string, and the parameters its schema reads (lib/validation/list-params.ts and the pages). */
const PAGE_PARAMETERS: Record<string, string[]> = {
  "/en/organizations": ["country", "kind", "state", "topic", "page"],
  "/en/programs": ["kind", "topic", "page"],
  "/es/meetings": ["kind", "topic", "country", "organization", "year", "page"],
  "/en/agreements": ["kind", "page"],
  "/en/people": ["page"],
  "/en/sources": ["page"],
  "/en/recent-changes": ["page", "kind"],
  "/es/search": ["q", "kind", "country", "state", "orgKind", "topic", "program", "year", "page"],
  "/en/partners": ["institution", "country", "topic", "state", "page"],
  "/en/map": ["kind", "focus", "topic", "country", "state", "year"],
  "/en/network": ["topic", "country", "year", "focus"],
  "/en/search/../organizations": ["page"],
};

const RECORD_PAGES = ["/en/organizations/", "/es/programs/", "/en/meetings/", "/en/people/", "/en/topics/", "/en/history/organization/"];

/** What a payload would look like if a page let it through as markup (as text, its "<" would be "&lt;"). */
const UNESCAPED = [
  `<script>window.${MARK}`,
  `<script>${MARK}`,
  "<img src=x onerror=",
  "<svg onload=",
  "<iframe srcdoc",
  'href="javascript:',
];

const RUNS = 8;

/** `value` percent-encoded when it can be; a lone surrogate cannot, and goes as the invalid escape a client might send. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80";
  }
}

async function expectSafeAnswer(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  const status = response.status();
  expect(status, url).toBeLessThan(500);
  // An address longer than Node's header limit is refused before the app sees it.
  if (status === 414 || status === 431) return;
  const type = response.headers()["content-type"] ?? "";
  if (type.includes("text/html")) {
    const html = await response.text();
    for (const marker of UNESCAPED) expect(html.includes(marker), `${url} carries ${marker}`).toBe(false);
    const nonce = nonceOf(response.headers()["content-security-policy"]);
    for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
      if (!tag.includes('type="application/ld+json"')) expect(tag, url).toContain(`nonce="${nonce}"`);
    }
  } else if (url.startsWith("/api/")) {
    expect(type, url).toContain("json");
    const body = (await response.json()) as { error?: string };
    if (status >= 400) expect(body.error, url).toBeTruthy();
  }
}

test.describe("hostile query strings", () => {
  test.describe.configure({ mode: "parallel" });

  for (const [path, names] of Object.entries(PAGE_PARAMETERS)) {
    test(`${path}: every parameter`, async ({ request }) => {
      test.slow();
      await fc.assert(
        fc.asyncProperty(
          fc.subarray(names, { minLength: 1 }),
          fc.array(hostileValue, { minLength: names.length, maxLength: names.length }),
          async (chosen, values) => {
            const query = chosen.map((name, i) => `${name}=${encode(values[i]!)}`).join("&");
            await expectSafeAnswer(request, `${path}?${query}`);
          },
        ),
        { numRuns: RUNS },
      );
    });
  }

  test("record addresses with hostile slugs", async ({ request }) => {
    test.slow();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...RECORD_PAGES), hostileValue, async (prefix, slug) => {
        await expectSafeAnswer(request, `${prefix}${encode(slug) || "x"}`);
      }),
      { numRuns: RUNS * 4 },
    );
  });

  test("every API operation, every parameter, as its OpenAPI document lists them", async ({ request }) => {
    test.slow();
    const document = await fetchDocument(request);
    const operations = Object.entries(document.paths).map(([path, { get }]) => ({ path, parameters: get.parameters ?? [] }));
    expect(operations.length).toBeGreaterThan(5);
    for (const { path, parameters } of operations) {
      await fc.assert(
        fc.asyncProperty(fc.array(hostileValue, { minLength: parameters.length + 1, maxLength: parameters.length + 1 }), async (values) => {
          let url = `/api/v1${path}`;
          const query: string[] = [];
          parameters.forEach((p, i) => {
            if (p.in === "path") url = url.replace(`{${p.name}}`, encode(values[i]!) || "x");
            else query.push(`${p.name}=${encode(values[i]!)}`);
          });
          await expectSafeAnswer(request, query.length ? `${url}?${query.join("&")}` : url);
        }),
        { numRuns: RUNS },
      );
    }
  });

  test("the type-ahead, the lookup and the partner API", async ({ request }) => {
    await fc.assert(
      fc.asyncProperty(hostileValue, hostileValue, async (q, other) => {
        await expectSafeAnswer(request, `/api/search/suggestions?q=${encode(q)}&locale=${encode(other)}`);
        await expectSafeAnswer(request, `/api/search/suggestions?q=${encode(q)}`);
        await expectSafeAnswer(request, `/api/lookup?q=${encode(q)}&kind=${encode(other)}`);
        await expectSafeAnswer(request, `/api/partners?institution=${encode(q)}&topic=${encode(other)}`);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

test("a sign-in posted with hostile fields is turned away, never a server error", async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(hostileValue, hostileValue, async (email, password) => {
      const response = await request.post("/api/auth/callback/credentials", {
        form: { email, password, csrfToken: "x" },
        maxRedirects: 0,
      });
      expect(response.status()).toBeLessThan(500);
    }),
    { numRuns: RUNS },
  );
});

test("an address whose % codes are not UTF-8 is a 400 that says so, as a page or as JSON", async ({ request }) => {
  for (const path of ["/en/organizations/%ED%A0%80", "/es/meetings/%FF", "/organizations/%C3"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toMatch(/not UTF-8|no es UTF-8/);
  }
  const api = await request.get("/api/v1/programs/%ED%A0%80");
  expect(api.status()).toBe(400);
  expect(((await api.json()) as { error: string }).error).toContain("not UTF-8");
});
