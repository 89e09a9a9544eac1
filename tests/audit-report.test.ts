import { describe, expect, test } from "vitest";
import { formatTable, missedTargets, readScores, readShortfalls, type AuditRow, type LighthouseReport } from "@/scripts/audit-report";

/** A Lighthouse result cut down to what the audit reads: SEO loses points for a missing description. */
function report(scores: Partial<Record<string, number | null>>): LighthouseReport {
  return {
    categories: {
      performance: { score: scores.performance ?? null, auditRefs: [{ id: "largest-contentful-paint", weight: 25 }] },
      accessibility: { score: scores.accessibility ?? null, auditRefs: [{ id: "color-contrast", weight: 7 }] },
      "best-practices": { score: scores["best-practices"] ?? null, auditRefs: [{ id: "errors-in-console", weight: 1 }] },
      seo: {
        score: scores.seo ?? null,
        auditRefs: [
          { id: "meta-description", weight: 1 },
          { id: "hreflang", weight: 1 },
          { id: "structured-data", weight: 0 },
        ],
      },
    },
    audits: {
      "largest-contentful-paint": { title: "Largest Contentful Paint", score: 0.5, scoreDisplayMode: "numeric", displayValue: "3.1 s" },
      "color-contrast": {
        title: "Background and foreground colors have a sufficient contrast ratio",
        score: 1,
        scoreDisplayMode: "binary",
      },
      "errors-in-console": { title: "No browser errors logged to the console", score: 1, scoreDisplayMode: "binary" },
      "meta-description": { title: "Document has a meta description", score: 0, scoreDisplayMode: "binary" },
      hreflang: { title: "Document has a valid hreflang", score: null, scoreDisplayMode: "notApplicable" },
      "structured-data": { title: "Structured data is valid", score: 0, scoreDisplayMode: "manual" },
    },
  };
}

const row = (preset: "desktop" | "mobile", page: string, r: LighthouseReport, baseline = false): AuditRow => ({
  preset,
  page,
  url: `http://localhost/${page}`,
  scores: readScores(r),
  shortfalls: readShortfalls(r),
  ...(baseline ? { baseline } : {}),
});

describe("reading a Lighthouse result", () => {
  test("scores are out of 100, rounded, and null where a category was not scored", () => {
    expect(readScores(report({ performance: 0.934, accessibility: 1, "best-practices": 0.96 }))).toEqual({
      performance: 93,
      accessibility: 100,
      "best-practices": 96,
      seo: null,
    });
  });

  test("the audits that cost points are named, not those that passed, weigh nothing or do not apply", () => {
    expect(readShortfalls(report({}))).toEqual(["seo: meta-description (Document has a meta description)"]);
    // Performance audits are listed only when asked for, with their measured value.
    expect(readShortfalls(report({}), ["performance"])).toEqual([
      "performance: largest-contentful-paint (Largest Contentful Paint, 3.1 s)",
    ]);
  });
});

describe("targets", () => {
  const perfect = { performance: 1, accessibility: 1, "best-practices": 1, seo: 1 };

  test("100 in accessibility, best practices and SEO everywhere, and 95 performance with the desktop preset", () => {
    const rows = [
      row("desktop", "home", report(perfect)),
      row("desktop", "search", report({ ...perfect, performance: 0.94, seo: 0.92 })),
      // On a phone's CPU performance has no target: it is read beside the empty page's.
      row("mobile", "home", report({ ...perfect, performance: 0.61 })),
      row("mobile", "empty", report({ performance: 0.8 }), true),
    ];
    expect(missedTargets(rows)).toEqual(["desktop search: seo 92, wanted 100", "desktop search: performance 94, wanted at least 95"]);
  });

  test("a category Lighthouse could not score is a miss", () => {
    expect(missedTargets([row("mobile", "home", report({ ...perfect, accessibility: null }))])).toEqual([
      "mobile home: accessibility not scored, wanted 100",
    ]);
  });
});

test("the table has a row per page and, with the mobile preset, the empty page's performance beside each", () => {
  const table = formatTable([
    row("desktop", "home (en)", report({ performance: 0.97, accessibility: 1, "best-practices": 1, seo: 1 })),
    row("mobile", "home (en)", report({ performance: 0.71, accessibility: 1, "best-practices": 1, seo: 1 })),
    row("mobile", "empty Next.js page", report({ performance: 0.88 }), true),
  ]).split("\n");
  expect(table[0]).toBe("desktop preset");
  expect(table[1]).toMatch(/^page\s+performance\s+accessibility\s+best-practices\s+seo$/);
  expect(table[3]).toMatch(/^home \(en\)\s+97\s+100\s+100\s+100$/);
  expect(table).toContain("mobile preset");
  expect(table.find((l) => l.startsWith("home (en)") && l.includes(" 71 "))).toMatch(/\s88$/);
  expect(table.find((l) => l.startsWith("empty Next.js page"))).toMatch(/^empty Next\.js page\s+88\s+–\s+–\s+–$/);
});
