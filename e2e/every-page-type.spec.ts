/**
 * Every kind of public page, in every language, opened once and checked for what
 * any page owes its reader: a title, a description, its language and an icon (what
 * Lighthouse's SEO and best-practice audits read, here on every page type rather
 * than the four it measures); nothing its own security policy refuses; no WCAG
 * 2.2 A or AA violation axe-core finds; and nothing that scrolls sideways on a
 * phone or at 200% zoom. One visit serves all: as separate suites they opened
 * the same seventy pages three times over.
 */
import { expect, test } from "@playwright/test";
import { LOCALES } from "../lib/i18n/locales";
import { expectNoAxeViolations } from "./support/axe";
import { horizontalOverflow, NARROW_VIEWPORTS } from "./support/layout";
import { openPageType, publicPageTypes } from "./support/page-types";
import { recordPolicyViolations } from "./support/security";

for (const locale of LOCALES) {
  test.describe(`every page type (${locale})`, () => {
    // axe-core takes seconds a page on a busy machine; the tests only read.
    test.describe.configure({ mode: "parallel", timeout: 90_000 });
    for (const type of publicPageTypes(locale)) {
      test(type.name, async ({ page }) => {
        const failed: string[] = [];
        page.on("response", (response) => {
          if (response.status() >= 400 && response.request().resourceType() !== "document") failed.push(response.url());
        });
        const policyViolations = await recordPolicyViolations(page);
        await openPageType(page, type);

        await test.step("a title, a description, its language and an icon the browser finds", async () => {
          await expect(page).toHaveTitle(/\S/);
          const description = await page.locator('meta[name="description"]').getAttribute("content", { timeout: 1000 });
          expect(description?.trim().length ?? 0).toBeGreaterThan(10);
          expect(await page.locator("html").getAttribute("lang")).toBe(locale);
          const icon = await page.locator('link[rel="icon"]').first().getAttribute("href", { timeout: 1000 });
          expect((await page.request.get(icon!)).status()).toBe(200);
        });

        await test.step("nothing the page's security policy refuses", async () => {
          expect(await policyViolations()).toEqual([]);
        });

        await test.step("axe-core finds no WCAG 2.2 A or AA violation", () => expectNoAxeViolations(page, `${type.name} (${type.path})`));

        for (const { name, viewport } of NARROW_VIEWPORTS) {
          await test.step(`nothing scrolls sideways ${name}`, async () => {
            await page.setViewportSize(viewport);
            const { overflow, culprits } = await horizontalOverflow(page);
            expect(overflow, `${type.path} is ${overflow}px wider than the window ${name}: ${culprits.join("; ")}`).toBeLessThanOrEqual(0);
          });
        }
        expect(failed, "resources that failed to load").toEqual([]);
      });
    }
  });
}
