import { expect, test } from "@playwright/test";
import { NetworkPage } from "./pages/network";
import { FilterForm, SitePage } from "./pages/site";

const TUCSON = /Sixth working-group meeting/;

test.describe("a reader explores the collaboration network", () => {
  test("opens the network from the navigation: the graph is drawn and its links are in a table", async ({ page }) => {
    const site = await new SitePage(page).open("/en");
    await site.nav().getByRole("link", { name: "Network" }).click();
    await expect(site.heading()).toHaveText("Collaboration network");
    await site.expectMetadata();
    const network = new NetworkPage(page);
    await network.expectGraphDrawn();
    await expect(page.getByRole("status")).toHaveText(/\d+ records and \d+ links\./);
    await expect(page.getByText(/Page 1 of \d+/)).toBeVisible();
    // The table is paged, by organization name: the university is further on.
    expect(await network.findRow("University of Arizona (UA)", "hosted", TUCSON)).toBeGreaterThan(1);
    await expect(page).toHaveURL(/\/en\/network\?page=\d+#links-title$/);
  });

  test("filters by topic: the programs and meetings on it and their organizations", async ({ page }) => {
    await new SitePage(page).open("/en/network?topic=astrophysics");
    const network = new NetworkPage(page);
    await expect(page.getByLabel("Topic", { exact: true })).toHaveValue("astrophysics");
    await expect(network.row(/INAOE/, "takes part in", /San Pedro Mártir/)).toHaveCount(1);
    await expect(network.table().getByRole("link", { name: /Proyecta 100,000/ })).toHaveCount(0);
    await network.expectGraphDrawn();
  });

  test("moves through the graph with the keyboard and opens the selected record", async ({ page }) => {
    await new SitePage(page).open("/en/network");
    const network = new NetworkPage(page);
    await network.expectGraphDrawn();
    await network.graph().focus();
    await page.keyboard.press("ArrowRight");
    const announcement = page.getByText(/\(\w+\), \d+ links?\. Press Enter to open its page\./);
    await expect(announcement).toBeVisible();
    const name = (await announcement.textContent())!.replace(/ \((organization|program|meeting)\).*$/, "");
    await page.keyboard.press("+");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en\/(organizations|programs|meetings)\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  });

  test("filters the network to Mexican organizations through the URL", async ({ page }) => {
    await new SitePage(page).open("/en/network");
    const filters = new FilterForm(page);
    await filters.choose("Country of the organization", "Mexico");
    await filters.apply();
    await expect(page).toHaveURL(/country=MX/);
    const network = new NetworkPage(page);
    await network.expectGraphDrawn();
    await expect(network.row(/CONACYT/, "attended", TUCSON)).toHaveCount(1);
    await expect(network.table().getByRole("link", { name: "University of Arizona (UA)" })).toHaveCount(0);
    const countries = await network.organizationCells().allTextContents();
    expect(countries.length).toBeGreaterThan(0);
    for (const cell of countries) expect(cell).toMatch(/· Mexico$/);
  });

  test("opens the network centred on an organization from its profile, and clicks its node", async ({ page }) => {
    const site = await new SitePage(page).open("/en/organizations/university-of-arizona");
    await page.getByRole("link", { name: /See in the network/ }).click();
    await expect(page).toHaveURL(/\/en\/network\?focus=organization(:|%3A)university-of-arizona$/);
    await expect(page.getByRole("note").filter({ hasText: "Centred on University of Arizona" })).toBeVisible();
    await expect(page.getByLabel("Centred on", { exact: true })).toHaveValue("organization:university-of-arizona");
    const network = new NetworkPage(page);
    await network.expectGraphDrawn();
    await expect(network.row("University of Arizona (UA)", "hosted", TUCSON)).toHaveCount(1);
    // Two links away at most: the university's meeting and who else was there, not the whole forum.
    await expect(network.table().getByRole("link", { name: /Proyecta 100,000/ })).toHaveCount(0);

    // The focused record is drawn at the centre of the graph; clicking it opens its page.
    await network.clickCentre();
    await expect(page).toHaveURL(/\/en\/organizations\/university-of-arizona$/);
    await expect(site.heading()).toHaveText("University of Arizona (UA)");
  });

  test("explains filters it cannot use instead of failing", async ({ page }) => {
    await new SitePage(page).open("/en/network?country=ZZ&year=soon&focus=person:someone&page=0");
    const notice = page.getByRole("note").filter({ hasText: "Some parts of the address were ignored" });
    await expect(notice).toContainText("“country” = “ZZ” is not one of the available choices");
    await expect(notice).toContainText("“year” = “soon” must be a year");
    await expect(notice).toContainText("“focus” = “person:someone” must name an organization, a program or a meeting");
    await expect(notice).toContainText("“page” = “0”");
    await new SitePage(page).open("/en/network?focus=organization:no-such-university");
    await expect(page.getByRole("note")).toContainText("is not a known organization, program or meeting");
    await expect(new NetworkPage(page).table()).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the links are still listed, with a word about the graph", async ({ page }) => {
    await new SitePage(page).open("/en/network?focus=organization:university-of-arizona");
    await expect(page.getByText("The graph needs JavaScript. Every link it shows is listed in the table below.")).toBeVisible();
    const network = new NetworkPage(page);
    await expect(network.row("University of Arizona (UA)", "hosted", TUCSON)).toHaveCount(1);
    await network.table().getByRole("link", { name: TUCSON }).first().click();
    await expect(page).toHaveURL(/\/en\/meetings\/2014-06-09-working-group-tucson$/);
  });
});
