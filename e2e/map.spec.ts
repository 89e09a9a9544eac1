import { expect, test } from "@playwright/test";
import { MapPage } from "./pages/map";

test.describe("the map", () => {
  test("shows Tucson with the University of Arizona and the June 2014 working group", async ({ page }) => {
    const map = await new MapPage(page).openMap();
    await map.expectMetadata();
    await expect(map.nav().getByRole("link", { name: "Map" })).toBeVisible();
    await expect(map.marker(/^Tucson, Arizona: 3 organizations — .*University of Arizona/)).toBeVisible();
    await expect(map.marker(/^Tucson, Arizona: 2 meetings — .*Sixth working-group meeting/)).toBeVisible();
    await expect(map.marker(/^Mexico City: 3 meetings/)).toBeVisible();
    await expect(map.summary()).toHaveText(/On the map: \d+ organizations and 6 meetings\./);
    // The map does not pretend to be complete.
    await expect(page.getByText(/Not on the map: \d+ organizations and \d+ meetings/)).toBeVisible();
    await expect(map.places().getByRole("link", { name: "University of Arizona", exact: true })).toBeVisible();
  });

  test("a marker leads to its record, or to its place in the table when it holds several", async ({ page }) => {
    const map = await new MapPage(page).openMap();
    await map.marker(/^Washington, D\.C\.: 1 meeting/).click();
    await expect(page).toHaveURL(/\/en\/meetings\/2017-03-14-roundtable-washington$/);
    await expect(map.heading()).toContainText("roundtable");

    await map.openMap();
    await map.marker(/^Tucson, Arizona: 3 organizations/).click();
    await expect(page).toHaveURL(/#place-organization-/);
    await map.places().getByRole("link", { name: "University of Arizona", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/organizations\/university-of-arizona$/);
  });

  test("filters by country through the form, in the address", async ({ page }) => {
    const map = await new MapPage(page).openMap();
    await map.filters.choose("Country", "Mexico");
    await map.filters.apply();
    await expect(page).toHaveURL(/\/en\/map\?.*\bcountry=MX\b/);
    await expect(map.marker(/^Mexico City: 3 meetings/)).toBeVisible();
    await expect(map.marker(/^Tucson/)).toHaveCount(0);
    await expect(map.summary()).toHaveText(/and 3 meetings\./);
    await expect(page.getByLabel("Country", { exact: true })).toHaveValue("MX");
  });

  test("a profile's Show on map link highlights its marker", async ({ page }) => {
    const map = new MapPage(page);
    await map.open("/en/organizations/university-of-arizona");
    await page.getByRole("link", { name: "Show on map" }).click();
    await expect(page).toHaveURL(/\/en\/map\?focus=organization%3Auniversity-of-arizona$/);
    await expect(page.getByRole("note")).toHaveText("University of Arizona is highlighted on the map.");
  });

  test("bad filter values are named in a message, never a server error", async ({ page }) => {
    const response = await page.goto("/en/map?country=XX&year=abc&kind=person&topic=no-such-topic&focus=organization%3Ano-such-org");
    expect(response?.status()).toBe(200);
    const notice = page.getByRole("note").filter({ hasText: "Some parts of the address were ignored" });
    for (const name of ["country", "year", "kind", "topic", "focus"]) await expect(notice).toContainText(`“${name}”`);
    await expect(new MapPage(page).marker(/^Tucson, Arizona: 3 organizations/)).toBeVisible();
  });
});

test.describe("the map without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("draws the markers, filters through the form and follows a marker", async ({ page }) => {
    const map = await new MapPage(page).openMap();
    await expect(map.marker(/^Tucson, Arizona: 2 meetings/)).toBeVisible();
    await map.filters.choose("Show", "Meetings");
    await map.filters.choose("Country", "United States");
    await map.filters.apply();
    await expect(page).toHaveURL(/kind=meeting/);
    await expect(map.summary()).toHaveText("On the map: no organizations and 3 meetings.");
    await map.marker(/^Washington, D\.C\.: 1 meeting/).click();
    await expect(page).toHaveURL(/\/en\/meetings\/2017-03-14-roundtable-washington$/);
  });
});
