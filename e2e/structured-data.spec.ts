import { expect, test, type Page } from "@playwright/test";
import { signedInPage } from "./support/accounts";

type JsonLd = Record<string, unknown> & { "@type": string; name?: string };

/** The page's schema.org descriptions, parsed from the HTML the server sent (not the live DOM). */
async function jsonLdOf(page: Page, path: string): Promise<JsonLd[]> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return scripts.map((s) => JSON.parse(s) as JsonLd);
}

const names = (refs: unknown) => (refs as JsonLd[]).map((r) => r.name);

async function meta(page: Page, key: string): Promise<string | null> {
  return page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");
}

test.describe("search engines and link previews understand the directory", () => {
  test("the home page declares the site and its search, which answers the declared address", async ({ page, baseURL }) => {
    const [site] = await jsonLdOf(page, "/en");
    expect(site).toMatchObject({ "@context": "https://schema.org", "@type": "WebSite", name: "Puentes", url: `${baseURL}/en` });
    const template = (site!.potentialAction as { target: { urlTemplate: string } }).target.urlTemplate;
    expect(template).toBe(`${baseURL}/en/search?q={search_term_string}`);
    await page.goto(template.replace("{search_term_string}", "arizona"));
    await expect(page.getByRole("link", { name: /University of Arizona/ }).first()).toBeVisible();
  });

  test("an organization, a meeting and a program describe themselves with their schema.org types", async ({ page, baseURL }) => {
    const [ua] = await jsonLdOf(page, "/en/organizations/university-of-arizona");
    expect(ua).toMatchObject({
      "@type": "CollegeOrUniversity",
      name: "University of Arizona",
      address: { addressLocality: "Tucson", addressRegion: "Arizona", addressCountry: "US" },
      geo: { latitude: 32.22174, longitude: -110.92648 },
    });
    expect(ua!.alternateName).toContain("Universidad de Arizona");

    const [tucson] = await jsonLdOf(page, "/en/meetings/2014-06-09-working-group-tucson");
    expect(tucson).toMatchObject({
      "@type": "Event",
      name: "Sixth working-group meeting: joint research and innovation",
      startDate: "2014-06-09",
      endDate: "2014-06-10",
      location: { "@type": "Place", address: { addressLocality: "Tucson" }, geo: { latitude: 32.22174 } },
    });
    expect(names(tucson!.organizer)).toContain("University of Arizona");
    expect((tucson!.organizer as JsonLd[]).find((o) => o.name === "University of Arizona")!["@id"]).toBe(
      `${baseURL}/en/organizations/university-of-arizona`,
    );
    expect(names(tucson!.attendee)).toContain("National Science Foundation");

    const [january] = await jsonLdOf(page, "/en/meetings/2014-01-first-working-group");
    expect(january!.startDate).toBe("2014-01");

    const [canfsa] = await jsonLdOf(page, "/en/programs/canfsa");
    expect(canfsa!["@type"]).toBe("ResearchProject");
    expect(names(canfsa!.member)).toContain("Colorado School of Mines");
  });

  test("every page has OpenGraph and Twitter cards with its own address and the site's card image", async ({ page, request, baseURL }) => {
    test.slow(); // five pages
    for (const [path, type] of [
      ["/en", "website"],
      ["/en/organizations", "website"],
      ["/en/meetings/2014-06-09-working-group-tucson", "article"],
      ["/en/topics/astrophysics", "website"],
      ["/en/programs/canfsa", "article"],
    ] as const) {
      await page.goto(path);
      expect(await meta(page, "og:url"), path).toBe(`${baseURL}${path}`);
      expect(await meta(page, "og:type"), path).toBe(type);
      expect(await meta(page, "og:site_name")).toBe("Puentes");
      expect(await meta(page, "og:locale")).toBe("en_US");
      expect(await meta(page, "og:title"), path).toBe(await page.title());
      expect((await meta(page, "og:description"))?.length ?? 0, path).toBeGreaterThan(10);
      expect(await meta(page, "twitter:card")).toBe("summary_large_image");
      expect(await meta(page, "og:image")).toBe(`${baseURL}/social-card.png`);
      // Record pages are dated by their last change.
      await expect(page.locator('meta[property="article:modified_time"]'), path).toHaveCount(type === "article" ? 1 : 0);
    }
    expect(await meta(page, "article:modified_time")).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const image = await request.get("/social-card.png");
    expect(image.headers()["content-type"]).toBe("image/png");
    const png = await image.body();
    // Width and height from the PNG's IHDR chunk.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test("an administrator records ROR and Wikidata identifiers; the page links them and JSON-LD lists them, even under a hostile name", async ({
    browser,
    baseURL,
  }) => {
    test.slow(); // an account, two saves and two readers
    const admin = await signedInPage(browser, baseURL!, "identifiers-admin@example.org", "admin");
    // Test data: a made-up organization whose name tries to end the JSON-LD script element.
    const name = "Colegio </script><script>window.__injected = true</script> & Co";
    await admin.goto("/en/organizations/new");
    await admin.getByLabel("Name (English)").fill(name);
    await admin.getByLabel("Address (slug)").fill("colegio-identifiers-test");
    await admin.getByRole("combobox", { name: "Kind", exact: true }).selectOption("university");
    await admin.getByRole("combobox", { name: "Country", exact: true }).selectOption("MX");
    await admin.getByLabel("ROR identifier").fill("0abcdef12");
    await admin.getByLabel("Wikidata identifier").fill("Q0042");
    await admin.getByRole("button", { name: "Save" }).click();

    // A malformed Wikidata id is refused next to its field, and nothing is created.
    await expect(admin.getByText(/A Wikidata identifier is a capital Q followed by digits/)).toBeVisible();
    await expect(admin.getByLabel("Wikidata identifier")).toHaveAttribute("aria-invalid", "true");
    expect((await admin.request.get("/en/organizations/colegio-identifiers-test")).status()).toBe(404);

    await admin.getByLabel("Wikidata identifier").fill("Q1000004");
    await admin.getByRole("button", { name: "Save" }).click();
    const path = "/en/organizations/colegio-identifiers-test";
    await expect(admin).toHaveURL(new RegExp(`${path}$`));

    const visitor = await browser.newPage({ baseURL });
    await visitor.goto(path);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(name);
    expect(await visitor.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await expect(visitor.getByRole("link", { name: "ROR record 0abcdef12" })).toHaveAttribute("href", "https://ror.org/0abcdef12");
    await expect(visitor.getByRole("link", { name: "Wikidata item Q1000004" })).toHaveAttribute(
      "href",
      "https://www.wikidata.org/wiki/Q1000004",
    );

    const [organization] = await jsonLdOf(visitor, path);
    expect(organization).toMatchObject({ "@type": "CollegeOrUniversity", name });
    expect(organization!.sameAs).toEqual(["https://ror.org/0abcdef12", "https://www.wikidata.org/wiki/Q1000004"]);
    const raw = await (await visitor.request.get(path)).text();
    expect(raw).not.toContain("</script><script>window.__injected");
  });
});
