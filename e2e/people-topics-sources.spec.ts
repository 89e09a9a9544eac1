import { expect, test } from "@playwright/test";
import { SitePage } from "./pages/site";

test.describe("people, topics and the sources behind every record", () => {
  test("people are listed with their positions", async ({ page }) => {
    const site = await new SitePage(page).open("/en/people");
    await site.expectMetadata();
    await expect(page.getByRole("link", { name: "Dr. Nathaniel Schaefle" })).toBeVisible();
    await page.getByRole("link", { name: "Evan Ryan" }).click();
    await expect(site.heading()).toHaveText("Evan Ryan");
    await expect(site.section("Positions")).toContainText("Assistant Secretary of State");
  });

  test("topics lead to the programs and meetings on them", async ({ page }) => {
    const site = await new SitePage(page).open("/en/topics");
    await site.expectMetadata();
    await page.getByRole("link", { name: "Materials and advanced manufacturing" }).click();
    await expect(site.section("Programs").getByRole("link", { name: /CANFSA/ })).toBeVisible();
    await expect(
      site
        .section("Organizations")
        .getByRole("link", { name: /Colorado School of Mines/ })
        .first(),
    ).toBeVisible();
  });

  test("a source lists every record that cites it, and records link back to it", async ({ page }) => {
    const site = await new SitePage(page).open("/en/meetings/2014-06-09-working-group-tucson");
    await site
      .section("Sources")
      .getByRole("link", { name: /Binational Working Group Meets in Arizona/ })
      .click();

    await expect(site.heading()).toContainText("Binational Working Group Meets in Arizona");
    await site.expectMetadata();
    const citedBy = site.section("Records that cite this source");
    await expect(citedBy.getByRole("link", { name: /Sixth working-group meeting/ })).toBeVisible();
    await expect(citedBy.getByRole("link", { name: /University of Arizona/ }).first()).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Secretaría de Relaciones Exteriores");

    await site.breadcrumbs().getByRole("link", { name: "Sources" }).click();
    await expect(site.heading()).toHaveText("Sources");
  });
});
