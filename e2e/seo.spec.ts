import { expect, test } from "@playwright/test";
import { LOCALES } from "../lib/i18n/locales";
import { routes } from "../lib/routes";
import { openPageType, publicPageTypes } from "./support/page-types";

/** What Lighthouse's SEO and best-practice audits read, checked on every page type rather than the four it measures. */
for (const locale of LOCALES) {
  test.describe(`every page type has a title, a description, its language and an icon the browser finds (${locale})`, () => {
    test.describe.configure({ mode: "parallel" });
    for (const type of publicPageTypes(locale)) {
      test(type.name, async ({ page }) => {
        const failed: string[] = [];
        page.on("response", (response) => {
          if (response.status() >= 400 && response.request().resourceType() !== "document") failed.push(response.url());
        });
        await openPageType(page, type);
        await expect(page).toHaveTitle(/\S/);
        const description = await page.locator('meta[name="description"]').getAttribute("content", { timeout: 1000 });
        expect(description?.trim().length ?? 0).toBeGreaterThan(10);
        expect(await page.locator("html").getAttribute("lang")).toBe(locale);
        const icon = await page.locator('link[rel="icon"]').first().getAttribute("href", { timeout: 1000 });
        expect((await page.request.get(icon!)).status()).toBe(200);
        expect(failed, "resources that failed to load").toEqual([]);
      });
    }
  });

  test(`a plain query's results may be indexed, refined ones may not (${locale})`, async ({ page }) => {
    const robots = page.locator('meta[name="robots"]');
    await page.goto(routes.search(locale, "?q=arizona"));
    await expect(robots).toHaveCount(0);
    for (const refined of ["?q=arizona&country=US", "?q=arizona&kind=organization", "?q=arizona&page=2"]) {
      await page.goto(routes.search(locale, refined));
      await expect(robots).toHaveAttribute("content", /noindex/);
    }
  });
}
