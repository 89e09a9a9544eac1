import type { Page } from "@playwright/test";

/** A phone, and a 1280 px wide window zoomed to 200% (WCAG 1.4.10 reflow asks for 320 px at 400%). */
export const NARROW_VIEWPORTS = [
  { name: "on a phone", viewport: { width: 375, height: 667 } },
  { name: "at 200% zoom", viewport: { width: 640, height: 800 } },
];

/** How far the page scrolls sideways, and the elements that stick out past the window's right edge. */
export function horizontalOverflow(page: Page) {
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
