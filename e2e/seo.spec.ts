import { expect, test } from "@playwright/test";
import { LOCALES } from "../lib/i18n/locales";
import { routes } from "../lib/routes";

/** What search engines may keep of the results pages (every page type's title, description and language: every-page-type.spec.ts). */

for (const locale of LOCALES) {
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
