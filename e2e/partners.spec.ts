import { expect, test } from "@playwright/test";
import { PartnersPage } from "./pages/partners";
import { SitePage } from "./pages/site";

const MATERIALS = "Materials and advanced manufacturing";

test.describe("a researcher finds partners across the border", () => {
  test("from UABC, interested in materials: U.S. partners, each with the reason, and follows one", async ({ page }) => {
    await new SitePage(page).open("/en");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Find partners" }).click();
    const partners = new PartnersPage(page);
    await partners.search({ institution: "Universidad Autónoma de Baja California", topic: MATERIALS });

    await expect(page.getByRole("heading", { level: 2, name: /partners in the United States for Materials/ })).toBeVisible();
    await expect(page.getByText(/Suggestions for Autonomous University of Baja California \(UABC\)/)).toBeVisible();
    const mines = partners.suggestion("Colorado School of Mines");
    await expect(mines).toContainText("Took part in CANFSA (uncertain) with UABC");
    await expect(partners.suggestion(/University of Arizona/)).toContainText("Attended the working group of June 2014");
    // Only U.S. institutions are suggested.
    const badges = await partners
      .results()
      .getByTitle(/^(United States|Mexico|Binational)$/)
      .allTextContents();
    expect(badges.length).toBeGreaterThan(3);
    expect(new Set(badges)).toEqual(new Set(["U.S."]));

    // The evidence opens under the line, with links to what it rests on.
    await mines.getByText(/^Why \(\d+ items?\)$/).click();
    await expect(mines.getByRole("link", { name: /Center for Advanced Non-Ferrous Structural Alloys/ }).first()).toBeVisible();
    await expect(mines.getByText("uncertain", { exact: true })).toBeVisible();

    await mines.getByRole("link", { name: "Colorado School of Mines" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Colorado School of Mines");
  });

  test("the institution field suggests organizations as you type and sends the chosen one", async ({ page }) => {
    const partners = await new PartnersPage(page).open();
    const field = partners.form().getByRole("combobox", { name: "Your institution" });
    await field.pressSequentially("baja cal", { delay: 30 });
    await page
      .getByRole("listbox", { name: "Institutions matching what you typed" })
      .getByRole("option", { name: /Autonomous University of Baja California/ })
      .click();
    await expect(field).toHaveValue("Autonomous University of Baja California");
    await partners.search({ topic: MATERIALS });
    await expect(page).toHaveURL(/institution=uabc/);
    await expect(partners.suggestion("Colorado School of Mines")).toContainText("with UABC");
  });

  test("with only a country, and a partner state", async ({ page }) => {
    const partners = await new PartnersPage(page).open();
    await partners.search({ country: "Mexico", topic: MATERIALS, state: "Texas" });
    await expect(page).toHaveURL(/country=MX/);
    await expect(page.getByRole("heading", { level: 2, name: /1 partner in Texas for Materials/ })).toBeVisible();
    await expect(partners.suggestion(/University of North Texas/)).toContainText("Takes part in CANFSA");
    await expect(page.getByText(/Suggestions for a researcher in Mexico/)).toBeVisible();
  });

  test("an empty result helps: drop the state or try a topic that has partners", async ({ page }) => {
    const partners = await new PartnersPage(page).open("?country=MX&topic=materials-and-advanced-manufacturing&state=US-WY");
    await expect(page.getByText("No partners found")).toBeVisible();
    await page.getByRole("link", { name: "Search all of the United States instead" }).click();
    await expect(partners.suggestion("Colorado School of Mines")).toBeVisible();
    await expect(page).not.toHaveURL(/state=/);
  });

  test("an ambiguous institution offers choices; an unknown one and bad parameters say what is wrong", async ({ page }) => {
    const partners = await new PartnersPage(page).open();
    await partners.search({ institution: "Arizona", topic: "Astrophysics" });
    await expect(partners.warning()).toContainText("Several institutions match “Arizona”");
    await partners.warning().getByRole("link", { name: "University of Arizona (UA)" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /partners in Mexico for Astrophysics/ })).toBeVisible();
    await expect(partners.form().getByLabel("Your institution")).toHaveValue("University of Arizona");

    await partners.open("?institution=Xylophone+Institute&topic=health");
    await expect(partners.warning()).toContainText("No institution in the directory matches “Xylophone Institute”");

    await partners.open("?country=CA&topic=basket-weaving&state=ZZ");
    await expect(partners.warning()).toContainText("country: must be US or MX");
    await expect(partners.warning()).toContainText("state: must be a state code");

    await partners.open("?country=MX&topic=basket-weaving");
    await expect(partners.warning()).toContainText('There is no topic "basket-weaving"');
  });

  test("the API returns the same ranking as JSON and names a bad parameter", async ({ request }) => {
    const ok = await request.get("/api/partners?institution=cetys&topic=materials-and-advanced-manufacturing");
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.partnerCountry).toBe("US");
    expect(body.suggestions[0].organization.country).toBe("US");
    expect(body.suggestions.map((s: { explanation: string }) => s.explanation)).toContain("Took part in CANFSA with CETYS");

    const bad = await request.get("/api/partners?country=MX&topic=materials-and-advanced-manufacturing&state=MX-BCN");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toContain('Parameter "state"');
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the form works and the evidence still opens", async ({ page }) => {
      await new SitePage(page).open("/en/topics/materials-and-advanced-manufacturing");
      await page.getByRole("link", { name: /Find partners on this topic/ }).click();
      const partners = new PartnersPage(page);
      await expect(partners.form().getByLabel("Topic you work on")).toHaveValue("materials-and-advanced-manufacturing");
      await partners.search({ institution: "UNAM" });
      await expect(page).toHaveURL(/institution=UNAM/);
      const mines = partners.suggestion("Colorado School of Mines");
      await expect(mines).toContainText("Takes part in CANFSA");
      await mines.getByText(/^Why/).click();
      await expect(mines.getByRole("link", { name: /Center for Advanced Non-Ferrous Structural Alloys/ }).first()).toBeVisible();
    });
  });
});
