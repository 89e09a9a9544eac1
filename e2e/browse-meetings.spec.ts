import { expect, test } from "@playwright/test";
import { SitePage } from "./pages/site";

test.describe("a member of the public follows the forum's meeting history", () => {
  test("from the home page to the June 2014 working group in Tucson and its people", async ({ page }) => {
    const site = await new SitePage(page).open("/en");
    await expect(site.heading()).toContainText("U.S.–Mexico collaboration");
    await site.expectMetadata();
    await expect(site.section("The directory in numbers")).toContainText("organizations");

    await site.nav().getByRole("link", { name: "Meetings" }).click();
    await expect(site.heading()).toHaveText("Meetings");
    await expect(page.getByRole("region", { name: "2014" })).toBeVisible();
    await page.getByRole("link", { name: /Sixth working-group meeting/ }).click();

    await expect(page).toHaveURL(/\/en\/meetings\/2014-06-09-working-group-tucson$/);
    await site.expectMetadata();
    await expect(site.heading()).toContainText("Sixth working-group meeting");
    await expect(page.getByRole("main")).toContainText(/June 9\s*–\s*10, 2014/);
    await expect(page.getByRole("main")).toContainText("Tucson, Arizona, United States");
    await expect(page.getByRole("main")).toContainText("More than 90 participants");
    await expect(page.getByRole("main")).toContainText("Meeting 6 of");

    const people = site.section("People");
    await expect(people.getByRole("link", { name: "Dr. Sergio M. Alcocer" })).toBeVisible();
    await expect(people.getByRole("link", { name: "Dr. Nathaniel Schaefle" })).toBeVisible();
    await expect(people.getByText("Opened the meeting")).toHaveCount(2);

    const participants = site.section("Participating organizations");
    await expect(participants.getByRole("region", { name: /Mexico/ }).getByRole("link", { name: /CONACYT/ })).toBeVisible();
    await expect(
      participants.getByRole("region", { name: /United States/ }).getByRole("link", { name: /National Science Foundation/ }),
    ).toBeVisible();
    await expect(site.section("Topics discussed").getByRole("link")).toHaveCount(6);
    await expect(site.section("Sources").getByRole("link").first()).toBeVisible();

    // The series links back to the meeting before it.
    await page.getByRole("link", { name: /Previous in the series/ }).click();
    await expect(site.heading()).toContainText("community colleges");
    await page.goBack();

    await site.section("People").getByRole("link", { name: "Dr. Sergio M. Alcocer" }).click();
    await expect(site.heading()).toHaveText("Dr. Sergio M. Alcocer");
    await expect(site.section("Positions")).toContainText("Undersecretary for North America");
    await expect(site.section("Meetings").getByRole("link", { name: /Sixth working-group meeting/ })).toBeVisible();
  });

  test("filters the timeline by country and year, and the URL can be shared", async ({ page }) => {
    await page.goto("/en/meetings?country=US&year=2014");
    await expect(page.getByRole("status")).toHaveText(/\d+ results?/);
    const years = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(years).toHaveText(["2014"]);
    await expect(page.getByRole("link", { name: /Sixth working-group meeting/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /official launch/i })).toHaveCount(0);
  });

  test("meetings of one organization, reached from its profile", async ({ page }) => {
    await page.goto("/en/meetings?organization=university-of-arizona");
    await expect(page.getByLabel("Organization", { exact: true })).toHaveValue("university-of-arizona");
    await expect(page.getByRole("link", { name: /Sixth working-group meeting/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /FOBESII colloquium/ })).toHaveCount(0);
  });
});
