import { expect, test } from "@playwright/test";
import { LOCALES } from "../lib/i18n/locales";
import { routes } from "../lib/routes";
import { expectNoAxeViolations } from "./support/axe";
import { horizontalOverflow } from "./support/layout";

for (const locale of LOCALES) {
  test.describe(`on a phone (${locale})`, () => {
    test.use({ viewport: { width: 375, height: 667 } });

    test("the header wraps: the search box and every navigation link fit the screen and are large enough to tap", async ({ page }) => {
      await page.goto(routes.home(locale));
      const banner = page.getByRole("banner");
      const targets = [banner.getByRole("combobox"), ...(await banner.getByRole("navigation").getByRole("link").all())];
      expect(targets.length).toBeGreaterThan(5);
      for (const target of targets) {
        await expect(target).toBeInViewport();
        const box = (await target.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(375);
        // WCAG 2.2's minimum target size.
        expect(box.height, `height of ${await target.textContent()}`).toBeGreaterThanOrEqual(24);
      }
    });

    for (const path of [routes.map(locale), routes.network(locale), routes.recentChanges(locale)]) {
      test(`the wide table of ${path} scrolls inside its own box, which the keyboard can reach`, async ({ page }) => {
        test.slow();
        await page.goto(path);
        await expect(page.getByRole("main").getByRole("table").first()).toBeVisible();
        expect((await horizontalOverflow(page)).overflow).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page, `${path} on a phone`);
      });
    }
  });
}
