import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { LOCALES } from "../lib/i18n/locales";

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["sitemap", "url", "xhtml:link"].includes(name) });

async function fetchXml(request: APIRequestContext, url: string) {
  // No redirects: the proxy must let sitemap addresses through untouched.
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toMatch(/^application\/xml/);
  const text = await response.text();
  expect(XMLValidator.validate(text), url).toBe(true);
  return xml.parse(text) as Record<string, Record<string, unknown>>;
}

interface UrlEntry {
  loc: string;
  lastmod?: string;
  "xhtml:link": { "@_hreflang": string; "@_href": string }[];
}

test.describe("crawlers find every public page and stay out of the private ones", () => {
  test("robots.txt allows the public pages and feeds, keeps out signing in, accounts, editing and the API, and names the sitemap", async ({
    request,
    baseURL,
  }) => {
    const response = await request.get("/robots.txt", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    const lines = (await response.text()).split("\n").map((l) => l.trim());
    const values = (field: string) => lines.filter((l) => l.startsWith(`${field}:`)).map((l) => l.slice(field.length + 1).trim());
    expect(values("User-Agent")).toEqual(["*"]);
    expect(values("Allow")).toEqual(expect.arrayContaining(["/", "/api/feeds/", "/api/calendar/"]));
    expect(values("Disallow")).toContain("/api/");
    for (const locale of LOCALES) {
      expect(values("Disallow")).toEqual(
        expect.arrayContaining([
          `/${locale}/sign-in`,
          `/${locale}/account`,
          `/${locale}/admin/`,
          `/${locale}/*/new$`,
          `/${locale}/*/edit$`,
        ]),
      );
    }
    expect(values("Sitemap")).toEqual([`${baseURL}/sitemap.xml`]);
  });

  test("the sitemap index leads to files listing every public record in every language, with alternates", async ({ request, baseURL }) => {
    const index = await fetchXml(request, "/sitemap.xml");
    const files = (index.sitemapindex!.sitemap as { loc: string }[]).map((s) => s.loc);
    expect(files[0]).toBe(`${baseURL}/sitemaps/sitemap/pages.xml`);
    expect(files).toContain(`${baseURL}/sitemaps/sitemap/organizations-0.xml`);

    const entries: UrlEntry[] = [];
    for (const file of files) {
      const urls = (await fetchXml(request, file)).urlset!.url as UrlEntry[];
      expect(urls.length, file).toBeLessThanOrEqual(50_000);
      entries.push(...urls);
    }
    const locs = entries.map((e) => e.loc);
    expect(new Set(locs).size).toBe(locs.length);
    for (const locale of LOCALES) {
      for (const path of [
        "",
        "/meetings",
        "/organizations/university-of-arizona",
        "/meetings/2014-06-09-working-group-tucson",
        "/programs/canfsa",
        "/people/sergio-m-alcocer",
        "/topics/astrophysics",
      ]) {
        expect(locs).toContain(`${baseURL}/${locale}${path}`);
      }
    }
    const ua = entries.find((e) => e.loc === `${baseURL}/${LOCALES[0]}/organizations/university-of-arizona`)!;
    expect(ua.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(ua["xhtml:link"].map((l) => [l["@_hreflang"], l["@_href"]])).toEqual(
      LOCALES.map((l) => [l, `${baseURL}/${l}/organizations/university-of-arizona`]),
    );
    expect(locs.some((l) => /\/(edit|history|new|sign-in|account)$/.test(l))).toBe(false);

    // Every listed address answers.
    for (const loc of locs.filter((l) => /\/(organizations|meetings)\/[^/]+$/.test(l)).slice(0, 10)) {
      expect((await request.get(loc)).status(), loc).toBe(200);
    }
  });

  test("an unknown sitemap file is a 404", async ({ request }) => {
    expect((await request.get("/sitemaps/sitemap/organizations-99.xml")).status()).toBe(404);
  });
});
