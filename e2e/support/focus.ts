/**
 * What a keyboard user sees of the focused element: whether it has a focus
 * indicator (an outline of at least 2 px, or a ring), whether an ancestor that
 * clips its overflow cuts that indicator off, and whether something drawn above
 * it (a sticky bar, a popup) hides it (WCAG 2.4.7 and 2.4.11).
 */
import { expect, type Locator, type Page } from "@playwright/test";

export interface FocusReport {
  /** Tag, name and text of the focused element, for messages; "body" when nothing is focused. */
  what: string;
  indicator: boolean;
  clippedBy: string | null;
  hiddenBy: string | null;
}

export function focusReport(page: Page): Promise<FocusReport> {
  return page.evaluate(() => {
    const describe = (e: Element) =>
      `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${e.getAttribute("name") ? ` name=${e.getAttribute("name")}` : ""}> ${(
        e.getAttribute("aria-label") ??
        e.textContent ??
        ""
      )
        .trim()
        .slice(0, 50)}`;
    const el = document.activeElement;
    if (!el || el === document.body) return { what: "body", indicator: false, clippedBy: null, hiddenBy: null };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const indicator = outline || style.boxShadow !== "none";
    const reach = outline ? Math.max(0, parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)) : 0;
    const box = el.getBoundingClientRect();
    let clippedBy: string | null = null;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === "visible" && s.overflowY === "visible") continue;
      const r = a.getBoundingClientRect();
      if (box.left - reach < r.left || box.right + reach > r.right || box.top - reach < r.top || box.bottom + reach > r.bottom) {
        clippedBy = describe(a);
        break;
      }
    }
    const outside = box.bottom <= 0 || box.top >= window.innerHeight || box.right <= 0 || box.left >= window.innerWidth;
    const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
    const top = outside ? null : document.elementFromPoint(x, y);
    const hiddenBy = outside
      ? "the edge of the window"
      : top && top !== el && !el.contains(top) && !top.contains(el)
        ? describe(top)
        : null;
    return { what: describe(el), indicator, clippedBy, hiddenBy };
  });
}

function expectShown(report: FocusReport): void {
  expect(report.indicator, `no focus indicator on ${report.what}`).toBe(true);
  expect(report.clippedBy, `the focus indicator of ${report.what} is cut off`).toBeNull();
  expect(report.hiddenBy, `${report.what} is focused but hidden`).toBeNull();
}

export async function expectVisibleFocus(page: Page): Promise<FocusReport> {
  const report = await focusReport(page);
  expectShown(report);
  return report;
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, checking that every stop on the way shows it. */
export async function tabTo(page: Page, target: Locator, { limit = 100, backwards = false } = {}): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    const report = await focusReport(page);
    if (report.what === "body") continue;
    expectShown(report);
    if (await target.evaluateAll((found) => found.some((e) => e === document.activeElement))) return;
  }
  throw new Error(`${target.toString()} not reached in ${limit} presses of Tab`);
}

/**
 * Tabs from the top of a page just opened through every stop until the focus comes back to
 * the first one: every stop shows its focus, and nothing keeps it (no keyboard trap).
 * Returns the stops, in order.
 */
export async function tabThroughPage(page: Page, limit = 600): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const report = await focusReport(page);
    if (report.what === "body") continue;
    if (stops.length > 1 && report.what === stops[0]) return stops;
    expectShown(report);
    stops.push(report.what);
  }
  throw new Error(`the focus did not come back to the top after ${limit} presses of Tab; last stops: ${stops.slice(-5).join(", ")}`);
}
