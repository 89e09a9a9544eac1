/**
 * Security headers (lib/security/headers.ts, proxy.ts, next.config.ts): pages
 * run only the scripts that carry their response's nonce, so markup slipped into
 * a page cannot run code; API answers and files allow nothing; every response
 * carries the rest; HSTS only over HTTPS. Every public page type is also checked
 * for refusals in every-page-type.spec.ts, the editor forms in accessibility.spec.ts.
 */
import { expect, test } from "@playwright/test";
import { routes } from "../lib/routes";
import { nonceOf, recordPolicyViolations } from "./support/security";

const EVERY_RESPONSE = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

test("a page's scripts carry a nonce that is new on every response", async ({ request }) => {
  const first = await request.get(routes.home("en"));
  const second = await request.get(routes.home("en"));
  const nonce = nonceOf(first.headers()["content-security-policy"]);
  expect(nonce).toMatch(/^[A-Za-z0-9+/=]{22,}$/);
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);
  const policy = first.headers()["content-security-policy"]!;
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);

  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
  const executable = scripts.filter((attributes) => !attributes.includes('type="application/ld+json"'));
  expect(executable.length).toBeGreaterThan(0);
  for (const attributes of executable) expect(attributes).toContain(`nonce="${nonce}"`);
});

test("markup slipped into a page cannot run script, and the page still works", async ({ page }) => {
  // The page as if a record's text had reached it unescaped: a script without the nonce and an
  // inline handler, both run (or not) as the page is read. The response keeps its own headers.
  await page.route(/\/en\/search\?q=materials$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "</main>",
      `<script>window.__injected = "script"</script><img src="/x.png" onerror="window.__injected = 'handler'"></main>`,
    );
    await route.fulfill({ response, body: html });
  });
  const violations = await recordPolicyViolations(page);
  await page.goto(routes.search("en", "?q=materials"));
  await expect.poll(async () => (await violations()).length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
  // The page's own scripts ran: the search box suggests as you type.
  await page.getByRole("banner").getByRole("combobox", { name: "Search Puentes" }).fill("conac");
  await expect(
    page
      .getByRole("listbox")
      .getByRole("option", { name: /CONACYT/ })
      .first(),
  ).toBeVisible();
});

test("API answers and files allow nothing, and every response carries the common headers", async ({ request }) => {
  const page = await request.get(routes.home("en"));
  const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(await page.text())?.[1];
  expect(chunk).toBeTruthy();
  for (const url of [
    routes.home("en"),
    "/api/v1/topics",
    "/api/health",
    "/robots.txt",
    "/icon.svg",
    "/social-card.png",
    chunk!,
    "/api/v1/nothing-here",
  ]) {
    const response = await request.get(url);
    expect(response.headers(), url).toMatchObject(EVERY_RESPONSE);
    expect(response.headers()["permissions-policy"], url).toContain("camera=()");
    expect(response.headers()["content-security-policy"], url).toContain("frame-ancestors 'none'");
    if (url !== routes.home("en")) {
      expect(response.headers()["content-security-policy"], url).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  }
});

test("HSTS is sent over HTTPS only", async ({ request }) => {
  for (const url of [routes.home("en"), "/api/v1/topics"]) {
    expect((await request.get(url)).headers()["strict-transport-security"], url).toBeUndefined();
    const overHttps = await request.get(url, { headers: { "x-forwarded-proto": "https" } });
    expect(overHttps.headers()["strict-transport-security"], url).toBe("max-age=63072000; includeSubDomains");
  }
  const policy = (await request.get(routes.home("en"), { headers: { "x-forwarded-proto": "https" } })).headers()["content-security-policy"];
  expect(policy).toContain("upgrade-insecure-requests");
});
