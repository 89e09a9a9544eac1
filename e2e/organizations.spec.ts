import { expect, test } from "@playwright/test";
import { FilterForm, SitePage } from "./pages/site";

test.describe("a researcher looks for partner institutions", () => {
  test("filters organizations to Mexico and opens a profile with its collaborators", async ({ page }) => {
    const site = await new SitePage(page).open("/en/organizations");
    await site.expectMetadata();
    const filters = new FilterForm(page);
    await filters.choose("Country", "Mexico");
    await filters.apply();

    await expect(page).toHaveURL(/country=MX/);
    const rows = page.getByRole("main").getByRole("listitem");
    await expect(rows.first()).toBeVisible();
    for (const badge of await page
      .getByRole("main")
      .locator("li")
      .getByTitle(/^(United States|Mexico|Binational)$/)
      .allTextContents()) {
      expect(badge).toBe("Mexico");
    }

    await page
      .getByRole("link", { name: /CONACYT/ })
      .first()
      .click();
    await expect(site.heading()).toContainText("CONACYT");
    await expect(site.breadcrumbs().getByRole("link", { name: "Organizations" })).toBeVisible();
    const collaborators = site.section("Collaborators");
    // Across the border first: the first collaborator listed is not Mexican.
    await expect(
      collaborators
        .getByRole("listitem")
        .first()
        .getByTitle(/United States|Binational/),
    ).toBeVisible();
  });

  test("the University of Arizona profile links its units, meetings and topics", async ({ page }) => {
    const site = await new SitePage(page).open("/en/organizations/university-of-arizona");
    await expect(site.heading()).toHaveText("University of Arizona (UA)");
    await expect(site.section("Units").getByRole("link", { name: /Office of Global Initiatives/ })).toBeVisible();
    await expect(site.section("Meetings").getByText("Host")).toBeVisible();

    await site
      .section("Units")
      .getByRole("link", { name: /Office of Global Initiatives/ })
      .click();
    await expect(site.breadcrumbs().getByRole("link", { name: /University of Arizona/ })).toBeVisible();
    await page.goBack();

    await site.section("Topics").getByRole("link", { name: "Astrophysics" }).click();
    await expect(site.heading()).toHaveText("Astrophysics");
    await expect(site.section("Programs").getByRole("link", { name: /San Pedro Mártir/ })).toBeVisible();
  });

  test("filters combine with a topic and paginate", async ({ page }) => {
    await page.goto("/en/organizations?topic=materials-and-advanced-manufacturing");
    await expect(page.getByRole("link", { name: /Colorado School of Mines/ }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: /Northern Virginia Community College/ })).toHaveCount(0);

    await page.goto("/en/organizations");
    const next = page.getByRole("link", { name: /Next/ });
    await expect(next).toBeVisible();
    await next.click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
  });
});
