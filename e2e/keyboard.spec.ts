import { expect, test, type Page } from "@playwright/test";
import { LOCALES } from "../lib/i18n/locales";
import { routes } from "../lib/routes";
import { adminPage } from "./support/accounts";
import { expectVisibleFocus, tabThroughPage, tabTo } from "./support/focus";
import { openPageType, publicPageTypes } from "./support/page-types";

/** Pages whose every control a keyboard user must reach, see focused, and leave again. */
const TAB_THROUGH = [
  "home",
  "organizations, filtered",
  "meeting",
  "history",
  "search results with facets",
  "partner finder, with results",
  "network, centred on a record",
  "map",
  "sign-in",
];

for (const locale of LOCALES) {
  test.describe(`keyboard only (${locale})`, () => {
    // Journeys of many key presses, each followed by a look at the focus; they share nothing.
    test.describe.configure({ mode: "parallel", timeout: 120_000 });

    test("the skip link comes first, shows itself and moves the focus to the main content", async ({ page }) => {
      await page.goto(routes.organizations(locale));
      await page.keyboard.press("Tab");
      const skip = page.locator('a[href="#main"]');
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      expect((await skip.boundingBox())!.width).toBeGreaterThan(40);
      await expectVisibleFocus(page);
      await page.keyboard.press("Enter");
      await expect(page.locator("main")).toBeFocused();
      await page.keyboard.press("Tab");
      expect(await page.locator("main").evaluate((main) => main.contains(document.activeElement) && main !== document.activeElement)).toBe(
        true,
      );
    });

    test("from the top: search, navigation, a filter, the next page and a record, all with keys", async ({ page }) => {
      await page.goto(routes.home(locale));
      const banner = page.getByRole("banner");
      const search = banner.getByRole("combobox");
      await tabTo(page, search, { limit: 3 });
      await page.keyboard.type("arizona", { delay: 30 });
      await expect(page.getByRole("listbox")).toBeVisible();
      await page.keyboard.press("ArrowDown");
      await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
      await page.keyboard.press("Escape");
      await expect(page.getByRole("listbox")).toBeHidden();
      await expect(search).toHaveValue("arizona");

      // On to the navigation, and the list of organizations.
      await tabTo(page, banner.getByRole("navigation").locator(`a[href="${routes.organizations(locale)}"]`), { limit: 4 });
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${routes.organizations(locale)}$`));

      // A filter chosen with the arrow keys and applied with Enter.
      const filters = page.getByRole("main").locator('form[method="get"]');
      const country = filters.locator('select[name="country"]');
      await tabTo(page, country);
      await page.keyboard.press("ArrowDown");
      const chosen = await country.inputValue();
      expect(chosen).not.toBe("");
      await tabTo(page, filters.locator('button[type="submit"]'));
      await page.keyboard.press("Enter");
      // A plain GET form: a new document, loaded before the next key.
      await page.waitForURL(new RegExp(`country=${chosen}`), { waitUntil: "load" });
      await expect(country).toHaveValue(chosen);

      // Cleared again, then the second page.
      await tabTo(page, filters.locator(`a[href="${routes.organizations(locale)}"]`));
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${routes.organizations(locale)}$`));
      await tabTo(page, page.locator('a[rel="next"]'), { limit: 150 });
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/page=2/);
      await expect(page.locator('a[rel="prev"]')).toBeVisible();

      // Next.js keeps the focus where it was; Shift+Tab goes back up into the list, and Enter opens a record.
      const listed = page.getByRole("main").locator(`li a[href^="${routes.organizations(locale)}/"]`);
      await tabTo(page, listed, { backwards: true });
      const name = (await page.evaluate(() => document.activeElement?.textContent ?? "")).trim();
      expect(name).not.toBe("");
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    });

    // Every stop is walked in English; the Spanish pages are the same components with
    // other words, so there the home page stands for them (its header and footer are on every page).
    const walked = locale === "en" ? TAB_THROUGH : ["home"];
    for (const type of publicPageTypes(locale).filter((t) => walked.includes(t.name))) {
      test(`every stop on the ${type.name} page shows its focus, and Tab leads back to the top`, async ({ page }) => {
        await openPageType(page, type);
        const stops = await tabThroughPage(page);
        expect(stops.length).toBeGreaterThan(10);
      });
    }

    test("the record picker, a select and the save button of the editor, then two versions compared, with keys", async ({
      browser,
      baseURL,
    }) => {
      const page = await adminPage(browser, baseURL!);
      // A meeting of its own per language, so parallel runs never edit the same record.
      const meeting = ["2014-02-27-working-group-community-colleges", "2014-01-first-working-group"][LOCALES.indexOf(locale)]!;
      await page.goto(routes.edit(locale, "meeting", meeting));

      const row = page
        .locator("li")
        .filter({ has: page.locator('input[type="hidden"][name^="links.people."][name$=".personId"]') })
        .last();
      // The row's pickers (a <select> is a combobox too, so they are found as inputs).
      const pickers = row.locator('input[role="combobox"]');
      const picker = pickers.first();
      await tabTo(page, picker, { limit: 200 });
      await page.keyboard.type("Kao", { delay: 30 });
      const options = page.getByRole("listbox").getByRole("option");
      await expect(options.first()).toContainText("John Kao");
      // The first match is ready to take with Enter; the arrows walk the list round to it again.
      await expect(options.first()).toHaveAttribute("aria-selected", "true");
      const count = await options.count();
      for (let i = 0; i < count; i++) await page.keyboard.press("ArrowDown");
      await expect(options.first()).toHaveAttribute("aria-selected", "true");
      await page.keyboard.press("Enter");
      await expect(page.getByRole("listbox")).toBeHidden();
      await expect(picker).toHaveValue(/John Kao/);
      expect(await row.locator('input[type="hidden"][name$=".personId"]').inputValue()).not.toBe("");
      // A name nobody has yet: the last option creates it, in a new tab so this form keeps its state.
      const organization = pickers.nth(1);
      await tabTo(page, organization);
      await page.keyboard.type("Zzyzx Institute", { delay: 20 });
      // The list answers the whole name, not a part typed earlier that a slow machine answered late:
      // the create option follows the typing at once, the matches once the lookup has answered (aria-busy).
      await expect(options.last()).toContainText("Zzyzx Institute");
      await expect(page.getByRole("listbox")).not.toHaveAttribute("aria-busy", "true");
      // Other journeys may have added an "Institute" that the picker offers first: the arrows walk down to the creating option.
      // Each press is waited for: a busy machine that had not drawn the last one made the walk overshoot and wrap round.
      const selectedId = () =>
        page
          .getByRole("listbox")
          .locator('[aria-selected="true"]')
          .evaluateAll((found) => found.map((o) => o.id).join());
      const offered = await options.count();
      for (let i = 0; i < offered && (await options.last().getAttribute("aria-selected")) !== "true"; i++) {
        const before = await selectedId();
        await page.keyboard.press("ArrowDown");
        await expect.poll(selectedId).not.toBe(before);
      }
      await expect(options.last()).toHaveAttribute("aria-selected", "true");
      const [created] = await Promise.all([page.context().waitForEvent("page"), page.keyboard.press("Enter")]);
      await created.waitForURL(/\/organizations\/new\?name=Zzyzx/);
      await created.close();
      await page.keyboard.press("Control+A");
      await page.keyboard.press("Delete");
      await tabTo(page, picker, { backwards: true });

      const role = row.locator('select[name$=".role"]');
      await tabTo(page, role);
      await page.keyboard.press("ArrowDown");
      expect(await role.inputValue()).not.toBe("");
      await tabTo(page, page.getByRole("main").locator('button[type="submit"]').last(), { limit: 200 });
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${routes.meeting(locale, meeting)}$`));

      // A second version, saved with Enter from a field.
      await page.goto(routes.edit(locale, "meeting", meeting));
      await tabTo(page, page.locator('input[name="fields.attendance"]'), { limit: 200 });
      await page.keyboard.type("12");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${routes.meeting(locale, meeting)}$`));

      // The history's radios move with the arrow keys; the compare button submits.
      await page.goto(routes.history(locale, "meeting", meeting));
      const from = page.locator('input[name="from"]');
      await tabTo(page, from, { limit: 200 });
      await page.keyboard.press("ArrowDown");
      const fromValue = await from.evaluateAll((radios) => radios.find((r) => (r as HTMLInputElement).checked)?.getAttribute("value"));
      await tabTo(page, page.locator('form[method="get"] button[type="submit"]').last());
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`from=${fromValue}`));
    });
  });
}

/** The picture on the graph's canvases, to compare frames. */
const graphPicture = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLCanvasElement>("[data-graph-ready] canvas")].map((c) => c.toDataURL()).join("|"));

test.describe("with reduced motion asked for", () => {
  test.use({ reducedMotion: "reduce" });

  test("moving through the network graph jumps to the next record instead of gliding", async ({ page }) => {
    // The page's clock is stepped by hand, a frame at a time, so a glide cannot hide between two looks.
    await page.clock.install();
    await page.goto(routes.network(LOCALES[0]));
    const graph = page.locator("[data-graph-ready]");
    await graph.waitFor();
    await graph.focus();
    await page.clock.pauseAt(Date.now() + 1000);
    const pictures = new Set([await graphPicture(page)]);
    await page.keyboard.press("ArrowRight");
    for (let frame = 0; frame < 20; frame++) {
      await page.clock.runFor(16);
      pictures.add(await graphPicture(page));
    }
    // The picture before the key and the one after: no frames in between.
    expect(pictures.size).toBe(2);
  });
});
