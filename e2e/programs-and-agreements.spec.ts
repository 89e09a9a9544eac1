import { expect, test } from "@playwright/test";
import { SitePage } from "./pages/site";

test.describe("programs and agreements are linked to the institutions behind them", () => {
  test("CANFSA shows its partners by country and role, and belongs to the IUCRC program", async ({ page }) => {
    const site = await new SitePage(page).open("/en/programs");
    await site.expectMetadata();
    await page.getByRole("link", { name: /Center for Advanced Non-Ferrous Structural Alloys/ }).click();

    await expect(site.heading()).toContainText("Center for Advanced Non-Ferrous Structural Alloys");
    const participants = site.section("Participating organizations");
    const us = participants.getByRole("region", { name: "United States" });
    await expect(us.getByRole("link", { name: /Colorado School of Mines/ }).first()).toBeVisible();
    await expect(us.getByText("Site", { exact: true })).toBeVisible();
    await expect(participants.getByRole("region", { name: "Mexico" }).getByRole("link", { name: /CETYS/ })).toBeVisible();
    // A role the sources leave open is marked as uncertain, with its note.
    await expect(participants.getByText("Uncertain").first()).toBeVisible();

    await page
      .getByRole("main")
      .getByRole("link", { name: /Industry\/University Cooperative Research Centers/ })
      .first()
      .click();
    await expect(site.heading()).toContainText("Industry/University Cooperative Research Centers");
    await expect(site.section("Programs within it").getByRole("link", { name: /CANFSA/ })).toBeVisible();
  });

  test("the forum keeps both its names and its announced and launch dates", async ({ page }) => {
    const site = await new SitePage(page).open("/en/programs/bilateral-forum");
    await expect(site.heading()).toContainText("Bilateral Forum");
    await expect(page.getByRole("main")).toContainText("Research and Innovation");
    await expect(page.getByRole("main")).toContainText("May 2013");
    await expect(page.getByRole("main")).toContainText("May 21, 2014");
  });

  test("the letter of intent on internships led to the MOU creating the Intern Program", async ({ page }) => {
    const site = await new SitePage(page).open("/en/agreements");
    await site.expectMetadata();
    await page
      .getByRole("link", { name: /letter of intent/i })
      .first()
      .click();
    await expect(site.section("Signatories").getByRole("link", { name: /Evan Ryan/ })).toBeVisible();

    await site.section("Led to").getByRole("link").first().click();
    await expect(page).toHaveURL(/\/en\/agreements\/2015-03-16-mou-intern-program$/);
    await expect(site.section("Followed from").getByRole("link", { name: /letter of intent/i })).toBeVisible();
    await expect(site.section("Parties").getByRole("link", { name: /U\.S\. Department of State/ })).toBeVisible();
    await page
      .getByRole("link", { name: /Intern Program/ })
      .first()
      .click();
    await expect(site.heading()).toContainText("Intern Program");
  });
});
