/**
 * Reading Lighthouse results for `npm run audit`: the four category scores, the
 * audits that keep a category below full marks, the targets missed, and the
 * printed table. Pure functions over the report, so they are tested without a browser.
 */

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, number | null>;
export type Preset = "desktop" | "mobile";

/** The parts of a Lighthouse result (LH.Result) read here. */
export interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string } | undefined>;
}

export interface AuditRow {
  preset: Preset;
  page: string;
  url: string;
  scores: Scores;
  /** Audits that cost points in a category that missed its target ("seo: meta-description (Document has a meta description)"). */
  shortfalls: string[];
  /** The comparison page that only renders a heading: no targets, its performance is the machine's ceiling. */
  baseline?: boolean;
}

/** Held to 100 on every page; performance is held to DESKTOP_PERFORMANCE with the desktop preset only. */
export const FULL_MARKS: Category[] = ["accessibility", "best-practices", "seo"];
export const DESKTOP_PERFORMANCE = 95;

/** Scores out of 100, or null where Lighthouse could not score the category (an error, or not run). */
export function readScores(report: LighthouseReport): Scores {
  const scores = {} as Scores;
  for (const category of CATEGORIES) {
    const score = report.categories[category]?.score;
    scores[category] = typeof score === "number" ? Math.round(score * 100) : null;
  }
  return scores;
}

/** The weighted audits of `categories` that did not pass, so a score below 100 says why. */
export function readShortfalls(report: LighthouseReport, categories: readonly Category[] = FULL_MARKS): string[] {
  const found: string[] = [];
  for (const category of categories) {
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode === "notApplicable" || audit.scoreDisplayMode === "informative") continue;
      found.push(`${category}: ${ref.id} (${audit.title}${audit.displayValue ? `, ${audit.displayValue}` : ""})`);
    }
  }
  return found;
}

/** Every target a row misses, as sentences; empty when all are met. */
export function missedTargets(rows: AuditRow[]): string[] {
  const missed: string[] = [];
  for (const row of rows) {
    if (row.baseline) continue;
    for (const category of FULL_MARKS) {
      const score = row.scores[category];
      if (score !== 100) missed.push(`${row.preset} ${row.page}: ${category} ${score ?? "not scored"}, wanted 100`);
    }
    const performance = row.scores.performance;
    if (row.preset === "desktop" && (performance === null || performance < DESKTOP_PERFORMANCE)) {
      missed.push(`desktop ${row.page}: performance ${performance ?? "not scored"}, wanted at least ${DESKTOP_PERFORMANCE}`);
    }
  }
  return missed;
}

/**
 * One table per preset: a row per page, a column per category. With the mobile
 * preset the empty page's performance stands beside each page's, since on a slow
 * CPU even a page with nothing on it scores below 100.
 */
export function formatTable(rows: AuditRow[]): string {
  const out: string[] = [];
  for (const preset of ["desktop", "mobile"] as const) {
    const ofPreset = rows.filter((r) => r.preset === preset);
    if (ofPreset.length === 0) continue;
    const baseline = ofPreset.find((r) => r.baseline)?.scores.performance ?? null;
    const headers = ["page", ...CATEGORIES, ...(preset === "mobile" ? ["empty page performance"] : [])];
    const lines = ofPreset.map((r) => [
      r.page,
      ...CATEGORIES.map((c) => show(r.scores[c])),
      ...(preset === "mobile" ? [r.baseline ? "" : show(baseline)] : []),
    ]);
    const widths = headers.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
    const row = (cells: string[]) =>
      cells
        .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
        .join("  ")
        .trimEnd();
    out.push(`${preset} preset`, row(headers), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(row), "");
  }
  return out.join("\n");
}

function show(score: number | null): string {
  return score === null ? "–" : String(score);
}
