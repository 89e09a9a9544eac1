import { expect, test, type Page } from "@playwright/test";
import { LOCALES } from "../lib/i18n/locales";
import { KIND_SEGMENTS, routes, type EditableKind } from "../lib/routes";
import { adminPage } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { RECORDS } from "./support/records";
import { recordPolicyViolations } from "./support/security";

const KINDS = Object.keys(KIND_SEGMENTS) as EditableKind[];

/**
 * Fields and buttons are found by name and type, not by their text, so the same
 * steps run in every language.
 */
const submitButton = (page: Page) => page.getByRole("main").locator('form button[type="submit"]').last();

for (const locale of LOCALES) {
  test.describe(`axe-core finds no WCAG 2.2 A or AA violation (${locale})`, () => {
    // axe-core takes seconds a page, and several pages a test on a busy machine; the
    // tests share nothing but the set-up's administrator (each edits its own record).
    test.describe.configure({ mode: "parallel", timeout: 120_000 });

    test("the search box's open suggestions, and an option chosen with the keyboard", async ({ page }) => {
      await page.goto(routes.home(locale));
      const input = page.getByRole("banner").getByRole("combobox");
      await input.pressSequentially("univ", { delay: 30 });
      await expect(page.getByRole("listbox")).toBeVisible();
      await expectNoAxeViolations(page, "the open suggestion list");
      await input.press("ArrowDown");
      await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
      await expectNoAxeViolations(page, "the suggestion list with an active option");
    });

    test("focused controls (a link, a button, a select) keep their contrast", async ({ page }) => {
      await page.goto(routes.organizations(locale));
      for (const control of [
        page.getByRole("navigation").first().getByRole("link").first(),
        page.getByRole("main").locator("select").first(),
        page.getByRole("main").locator('button[type="submit"]').first(),
      ]) {
        await control.focus();
        await expectNoAxeViolations(
          page,
          `${routes.organizations(locale)} with ${await control.evaluate((e) => e.outerHTML.slice(0, 80))} focused`,
        );
      }
    });

    test("the account pages of a signed-in administrator", async ({ browser, baseURL }) => {
      const page = await adminPage(browser, baseURL!);
      for (const path of [routes.account(locale), routes.users(locale)]) {
        await test.step(path, async () => {
          await page.goto(path);
          await expectNoAxeViolations(page, path);
        });
      }
    });

    for (const kind of KINDS) {
      test(`the editor forms of a ${kind}: edit, and new with its errors shown`, async ({ browser, baseURL }) => {
        // Two scans of the longest pages there are (every field, every link set). The bare
        // new form is the one with errors less its messages: the second scan covers it.
        test.setTimeout(180_000);
        const page = await adminPage(browser, baseURL!);
        // Signed-in pages run under the same security policy as public ones (e2e/security.spec.ts).
        const policyViolations = await recordPolicyViolations(page);
        await page.goto(routes.edit(locale, kind, RECORDS[kind]));
        await expectNoAxeViolations(page, `the edit form of a ${kind}`);
        await page.goto(routes.create(locale, kind));
        await submitButton(page).click();
        await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
        await expectNoAxeViolations(page, `the new ${kind} form with its errors`);
        expect(await policyViolations(), "what the security policy refused").toEqual([]);
      });
    }

    test("the conflict between two editors, and the comparison of two versions", async ({ browser, baseURL }) => {
      const first = await adminPage(browser, baseURL!);
      const second = await first.context().newPage();
      // A person of its own per language, so parallel runs never edit the same record, and one whose
      // name no other journey reads (the honorific it sets shows wherever the name does).
      const person = ["mara-tekach", "geronimo-gutierrez"][LOCALES.indexOf(locale)]!;
      for (const page of [first, second]) await page.goto(routes.edit(locale, "person", person));
      await first.locator('[name="fields.honorific"]').fill("Dr.");
      await submitButton(first).click();
      await expect(first).toHaveURL(new RegExp(`${routes.person(locale, person)}$`));

      await second.locator('[name="fields.honorific"]').fill("Prof.");
      await submitButton(second).click();
      await expect(second.locator("#conflict-title")).toBeVisible();
      await expectNoAxeViolations(second, "the conflict panel");
      // Their version taken, ours typed again and saved: the record now has two versions to compare.
      await second.locator('section[aria-labelledby="conflict-title"] button').click();
      await expect(second.locator('[name="fields.honorific"]')).toHaveValue("Dr.");
      await second.locator('[name="fields.honorific"]').fill("Prof.");
      await submitButton(second).click();
      await expect(second).toHaveURL(new RegExp(`${routes.person(locale, person)}$`));

      await second.goto(routes.history(locale, "person", person));
      await second.locator('input[name="from"]').last().check();
      await second.locator('input[name="to"]').first().check();
      await second.locator('form[method="get"] button[type="submit"]').last().click();
      await expect(second).toHaveURL(/from=\d+/);
      await expectNoAxeViolations(second, "two versions compared");
    });
  });
}
