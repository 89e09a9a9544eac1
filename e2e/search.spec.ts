import { expect, test, type Page } from "@playwright/test";
import { SitePage } from "./pages/site";

/** The search box in the header of every page. */
function headerSearch(page: Page) {
  const form = page.getByRole("banner").getByRole("search", { name: "Search Puentes" });
  return { form, input: form.getByRole("combobox", { name: "Search Puentes" }), listbox: page.getByRole("listbox") };
}

test.describe("a researcher searches the directory", () => {
  test("suggestions appear as they type, grouped by kind, and the keyboard opens one", async ({ page }) => {
    await new SitePage(page).open("/en/meetings");
    const { input, listbox } = headerSearch(page);
    // Typed key by key, without the accent: the suggestions follow each keystroke.
    await input.pressSequentially("martir", { delay: 30 });
    await expect(listbox).toBeVisible();
    const programs = listbox.getByRole("group", { name: "Programs" });
    await expect(programs.getByRole("option", { name: /San Pedro Mártir/ }).first()).toBeVisible();
    await expect(input).toHaveAttribute("aria-expanded", "true");

    // Walk down to the first program with the arrow keys, then open it with Enter.
    const options = listbox.getByRole("option");
    const names = await options.allTextContents();
    const target = names.findIndex((n) => /San Pedro Mártir/.test(n));
    for (let i = 0; i <= target; i++) await input.press("ArrowDown");
    await expect(options.nth(target)).toHaveAttribute("aria-selected", "true");
    await expect(input).toHaveAttribute("aria-activedescendant", (await options.nth(target).getAttribute("id"))!);
    await input.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("San Pedro Mártir");
  });

  test("an acronym suggests the organization, and the last option opens every result", async ({ page }) => {
    await new SitePage(page).open("/en");
    const { input, listbox } = headerSearch(page);
    await input.fill("SRE");
    const organizations = listbox.getByRole("group", { name: "Organizations" });
    await expect(organizations.getByRole("option").first()).toContainText("Ministry of Foreign Affairs");

    await input.press("ArrowUp"); // wraps to "See all results"
    await expect(listbox.getByRole("option", { name: /See all results for “SRE”/ })).toHaveAttribute("aria-selected", "true");
    await input.press("Enter");
    await expect(page).toHaveURL(/\/en\/search\?q=SRE$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “SRE”");
    await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toContainText("Ministry of Foreign Affairs");
  });

  test("Escape closes the suggestions and Enter then submits the typed words", async ({ page }) => {
    await new SitePage(page).open("/en");
    const { input, listbox } = headerSearch(page);
    await input.fill("relaciones exteriores");
    await expect(listbox).toBeVisible();
    await input.press("Escape");
    await expect(listbox).toBeHidden();
    await input.press("Enter");
    await expect(page).toHaveURL(/\/en\/search\?q=relaciones\+exteriores$/);
    await expect(page.getByRole("status")).toHaveText(/\d+ results?/);
  });

  test("results show highlighted matches, counts per kind, and facets that combine in the URL", async ({ page }) => {
    await new SitePage(page).open("/en/search?q=materials");
    const results = page.getByRole("list", { name: "Results" });
    await expect(results.locator("mark").first()).toHaveText(/materials/i);

    const kinds = page.getByRole("navigation", { name: "Kinds of record" });
    await expect(kinds.getByRole("link", { name: /^All \(\d+\)$/ })).toHaveAttribute("aria-current", "page");
    const total = Number((await page.getByRole("status").textContent())!.match(/\d+/)![0]);

    const facets = page.getByRole("navigation", { name: "Refine the results" });
    const unitedStates = facets.getByRole("region", { name: "Country" }).getByRole("link", { name: /United States/ });
    const usCount = Number((await unitedStates.textContent())!.match(/(\d+)$/)![1]);
    expect(usCount).toBeLessThan(total);
    await unitedStates.click();
    await expect(page).toHaveURL(/q=materials&country=US|country=US.*q=materials/);
    await expect(page.getByRole("status")).toHaveText(new RegExp(`^${usCount} results?$`));
    await expect(facets.getByRole("link", { name: /United States/ })).toHaveAttribute("aria-current", "true");

    await kinds.getByRole("link", { name: /^Organizations \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/kind=organization/);
    await expect(page).toHaveURL(/country=US/);
    const hits = results.getByRole("listitem");
    expect(await hits.count()).toBeGreaterThan(0);
    for (const hit of await hits.all()) await expect(hit.locator("p").first()).toHaveText(/^Organization · .*U\.S\.$/);

    // The shared URL brings back the same search.
    const url = page.url();
    const again = await page.context().newPage();
    await again.goto(url);
    await expect(again.getByRole("status")).toHaveText((await page.getByRole("status").textContent())!);

    await facets.getByRole("link", { name: /United States/ }).click(); // chosen again: removes it
    await expect(page).not.toHaveURL(/country=US/);
  });

  test("a typo still finds the record and says what was searched instead", async ({ page }) => {
    await new SitePage(page).open("/en/search?q=arizonna");
    await expect(page.getByText(/Nothing matched “arizonna”, so these are the results for “arizona”/)).toBeVisible();
    await expect(
      page
        .getByRole("list", { name: "Results" })
        .getByRole("link", { name: /University of Arizona/ })
        .first(),
    ).toBeVisible();
  });

  test("a bad filter value is named and ignored, never an error page", async ({ page }) => {
    const response = await page.goto("/en/search?q=nsf&year=twenty&country=XX");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Some parts of the address were ignored")).toBeVisible();
    await expect(page.getByText(/year/).first()).toBeVisible();
    await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toContainText("National Science Foundation");
  });

  test("the suggestions API refuses a bad request with a message", async ({ request }) => {
    const tooLong = await request.get(`/api/search/suggestions?locale=en&q=${"a".repeat(300)}`);
    expect(tooLong.status()).toBe(400);
    expect((await tooLong.json()).error).toMatch(/q/);
    const ok = await request.get("/api/search/suggestions?locale=en&q=canfsa");
    expect(ok.status()).toBe(200);
    const body = (await ok.json()) as { groups: { kind: string; items: { label: string; href: string }[] }[] };
    const first = body.groups[0]?.items[0];
    expect(first?.label).toBe("Center for Advanced Non-Ferrous Structural Alloys");
    expect(first?.href).toBe("/en/programs/canfsa");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header box submits to the results page and facets are plain links", async ({ page }) => {
    await new SitePage(page).open("/en/organizations");
    const { input } = headerSearch(page);
    await input.fill("autonoma");
    await input.press("Enter");
    await expect(page).toHaveURL(/\/en\/search\?q=autonoma$/);
    await expect(
      page
        .getByRole("list", { name: "Results" })
        .getByRole("link", { name: /Autonomous|Autónoma/ })
        .first(),
    ).toBeVisible();

    await page
      .getByRole("navigation", { name: "Refine the results" })
      .getByRole("region", { name: "State" })
      .getByRole("link")
      .first()
      .click();
    await expect(page).toHaveURL(/state=/);
    await expect(page.getByRole("status")).toHaveText(/\d+ results?/);
  });
});
