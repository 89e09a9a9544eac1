import { expect, test, type Page } from "@playwright/test";
import { LOCALES } from "../lib/i18n/locales";
import { routes } from "../lib/routes";
import { expectNoAxeViolations } from "./support/axe";
import { openPageType, publicPageTypes } from "./support/page-types";

/** A phone, and a 1280 px wide window zoomed to 200% (WCAG 1.4.10 reflow asks for 320 px at 400%). */
const VIEWPORTS = [
  { name: "on a phone", viewport: { width: 375, height: 667 } },
  { name: "at 200% zoom", viewport: { width: 640, height: 800 } },
];

/** How far the page scrolls sideways, and the elements that stick out past the window's right edge. */
function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const overflow = document.scrollingElement!.scrollWidth - window.innerWidth;
    const culprits = [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      // The outermost ones: a wide table, not each of its cells.
      .filter((e) => !(e.parentElement && e.parentElement.getBoundingClientRect().right > window.innerWidth + 1))
      .slice(0, 5)
      .map((e) => `<${e.tagName.toLowerCase()} class="${e.getAttribute("class") ?? ""}"> ${e.textContent?.trim().slice(0, 40)}`);
    return { overflow, culprits };
  });
}

for (const locale of LOCALES) {
  for (const { name, viewport } of VIEWPORTS) {
    test.describe(`nothing scrolls sideways ${name} (${locale})`, () => {
      test.describe.configure({ mode: "parallel" });
      test.use({ viewport });
      for (const type of publicPageTypes(locale)) {
        test(type.name, async ({ page }) => {
          await openPageType(page, type);
          const { overflow, culprits } = await horizontalOverflow(page);
          expect(overflow, `${type.path} is ${overflow}px wider than the window: ${culprits.join("; ")}`).toBeLessThanOrEqual(0);
        });
      }
    });
  }

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
