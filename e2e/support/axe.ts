/**
 * The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe-core, run on the page as it is
 * now (a focused element, an open list), with a failure message a person can act on.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** One line per failing element: rule, impact, target, help URL, and axe's own summary of what to fix. */
export function describeViolations(violations: Violation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact ?? "unknown impact"}) at ${node.target.join(" ")}: ${v.help}. ${v.helpUrl}` +
        (node.failureSummary ? `\n    ${node.failureSummary.replace(/\n/g, "\n    ")}` : ""),
    ),
  );
}

export async function expectNoAxeViolations(page: Page, what = page.url()): Promise<void> {
  // Legacy mode runs axe.run in the page itself; the default opens a blank page per
  // scan to assemble frames' results (these pages have no frames). Only violations are
  // reported. Together: a scan in a third of the time, on the hundred-odd scans the suite makes.
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
  expect(describeViolations(results.violations), `axe-core violations on ${what}`).toEqual([]);
}
