/**
 * Every kind of public page, in every language, opened once and checked for what
 * any page owes its reader: a title, a description, its language and an icon (what
 * Lighthouse's SEO and best-practice audits read, here on every page type rather
 * than the four it measures); nothing its own security policy refuses; no WCAG
 * 2.2 A or AA violation axe-core finds; and nothing that scrolls sideways on a
 * phone or at 200% zoom. One visit serves all: as separate suites they opened
 * the same seventy pages three times over. A worker opens its pages one after
 * another in one browser tab, as a reader browsing the site would: a new
 * context per page spent most of its time loading the same scripts again.
 */
import { test as base, devices, expect, type Page, type Response } from "@playwright/test";
import { LOCALES } from "../lib/i18n/locales";
import { expectNoAxeViolations } from "./support/axe";
import { horizontalOverflow, NARROW_VIEWPORTS } from "./support/layout";
import { openPageType, publicPageTypes } from "./support/page-types";
import { recordPolicyViolations } from "./support/security";

const DESKTOP = { width: 1280, height: 720 };

const test = base.extend<{ browsingPage: Page }, { workerTab: { page: Page; policyViolations: () => Promise<string[]> } }>({
  workerTab: [
    // `provide`, not `use`: the React hooks rule would read Playwright's callback as a hook.
    async ({ browser }, provide, workerInfo) => {
      const { userAgent, deviceScaleFactor } = devices["Desktop Chrome"];
      const context = await browser.newContext({
        baseURL: workerInfo.project.use.baseURL,
        userAgent,
        deviceScaleFactor,
        viewport: DESKTOP,
      });
      const page = await context.newPage();
      const policyViolations = await recordPolicyViolations(page);
      await provide({ page, policyViolations });
      await context.close();
    },
    { scope: "worker" },
  ],
  browsingPage: async ({ workerTab }, provide) => {
    // Each page type starts from the desktop window; the narrow checks change it.
    await workerTab.page.setViewportSize(DESKTOP);
    await provide(workerTab.page);
  },
});

for (const locale of LOCALES) {
  test.describe(`every page type (${locale})`, () => {
    // axe-core takes seconds a page on a busy machine; the tests only read.
    test.describe.configure({ mode: "parallel", timeout: 90_000 });
    for (const type of publicPageTypes(locale)) {
      test(type.name, async ({ browsingPage: page, workerTab }) => {
        const failed: string[] = [];
        const onResponse = (response: Response) => {
          if (response.status() >= 400 && response.request().resourceType() !== "document") failed.push(response.url());
        };
        page.on("response", onResponse);
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
          expect(await workerTab.policyViolations()).toEqual([]);
        });

        await test.step("axe-core finds no WCAG 2.2 A or AA violation", () => expectNoAxeViolations(page, `${type.name} (${type.path})`));

        for (const { name, viewport } of NARROW_VIEWPORTS) {
          await test.step(`nothing scrolls sideways ${name}`, async () => {
            await page.setViewportSize(viewport);
            const { overflow, culprits } = await horizontalOverflow(page);
            expect(overflow, `${type.path} is ${overflow}px wider than the window ${name}: ${culprits.join("; ")}`).toBeLessThanOrEqual(0);
          });
        }
        page.off("response", onResponse);
        expect(failed, "resources that failed to load").toEqual([]);
      });
    }
  });
}
