/**
 * `npm run audit`: Lighthouse's four categories (performance, accessibility, best
 * practices, SEO) for the home, an organization, a meeting and a search, in every
 * language, with the desktop preset and then the mobile one, beside an empty
 * Next.js page measured the same way. Prints a table per preset, writes it to
 * bench-results/audit.json, and exits 1 when a target is missed (see audit-report.ts).
 *
 * The production build is made first when missing or stale (as `npm start` does);
 * the server starts on a fresh database seeded with the forum's data (as the
 * end-to-end server does); Chromium is the system's (as for the end-to-end tests).
 *
 *   npm run audit                      # both presets
 *   npm run audit -- --preset desktop  # one preset
 *   npm run audit -- --port 3152       # the app's port (the empty page's is the next one); free ports by default
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { launch } from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { chromiumArgs, resolveChromiumPath } from "../e2e/support/chromium";
import { RECORDS } from "../e2e/support/records";
import { startFreshServer } from "../e2e/support/serve";
import { LOCALES } from "../lib/i18n/locales";
import { routes } from "../lib/routes";
import {
  CATEGORIES,
  DESKTOP_PERFORMANCE,
  formatTable,
  FULL_MARKS,
  missedTargets,
  readScores,
  readShortfalls,
  type AuditRow,
  type Preset,
} from "./audit-report";
import { writeBaselineApp } from "./audit-baseline";
import { whyBuild } from "./build-freshness";
import { freePort, nextBin, runNext, waitForPage } from "./serving";

const root = path.resolve(import.meta.dirname, "..");
/** Scratch space, ignored by git, the linters and the type check, like the end-to-end database beside it. */
const WORK = path.join(root, "test-results", "audit");
const OUTPUT = path.join(root, "bench-results", "audit.json");

const { values: options } = parseArgs({
  options: { preset: { type: "string" }, port: { type: "string" } },
});
const presets: Preset[] = options.preset ? [parsePreset(options.preset)] : ["desktop", "mobile"];

process.chdir(root);
fs.mkdirSync(WORK, { recursive: true });

const stale = whyBuild(root);
if (stale) {
  console.log(`[audit] building: ${stale}`);
  await runNext(["build"], root);
}
const baselineDir = writeBaselineApp(path.join(WORK, "empty-app"));
if (!fs.existsSync(path.join(baselineDir, ".next", "BUILD_ID"))) {
  console.log("[audit] building the empty Next.js page");
  await runNext(["build", baselineDir], root);
}

const appPort = options.port ?? String(await freePort());
const baselinePort = options.port ? String(Number(options.port) + 1) : String(await freePort());
const servers: ChildProcess[] = [];
const chrome = await (async () => {
  servers.push(startFreshServer({ port: appPort, database: path.join(WORK, "audit.db"), stdio: "ignore" }));
  servers.push(spawn(process.execPath, [nextBin, "start", baselineDir, "--port", baselinePort], { stdio: "ignore" }));
  const app = `http://localhost:${appPort}`;
  await waitForPage(`${app}${routes.home(LOCALES[0])}`);
  await waitForPage(`http://localhost:${baselinePort}/`);
  return launch({ chromePath: resolveChromiumPath(), chromeFlags: [...chromiumArgs, "--headless=new"] });
})();

const stop = () => {
  chrome.kill();
  for (const server of servers) server.kill("SIGTERM");
};
process.on("SIGINT", () => {
  stop();
  process.exit(130);
});

const pages = [
  ...LOCALES.flatMap((l) => [
    { page: `home (${l})`, path: routes.home(l) },
    { page: `organization (${l})`, path: routes.organization(l, RECORDS.organization) },
    { page: `meeting (${l})`, path: routes.meeting(l, RECORDS.meeting) },
    { page: `search (${l})`, path: routes.search(l, "?q=arizona") },
  ]),
];

const rows: AuditRow[] = [];
try {
  for (const preset of presets) {
    const targets = [
      ...pages.map((p) => ({ ...p, url: `http://localhost:${appPort}${p.path}`, baseline: false })),
      { page: "empty Next.js page", url: `http://localhost:${baselinePort}/`, baseline: true },
    ];
    for (const target of targets) {
      // One request first, so the audit measures a warm server, as readers meet it.
      await fetch(target.url);
      const result = await lighthouse(
        target.url,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
        preset === "desktop" ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${target.url}`);
      const scores = readScores(result.lhr);
      // Below the desktop target, the metrics that cost points say where the time went.
      const slow = preset === "desktop" && (scores.performance ?? 0) < DESKTOP_PERFORMANCE;
      const row: AuditRow = {
        preset,
        page: target.page,
        url: target.url,
        scores,
        shortfalls: target.baseline ? [] : readShortfalls(result.lhr, slow ? [...FULL_MARKS, "performance"] : FULL_MARKS),
        ...(target.baseline ? { baseline: true } : {}),
      };
      rows.push(row);
      console.log(`[audit] ${preset} ${target.page}: ${CATEGORIES.map((c) => `${c} ${row.scores[c] ?? "–"}`).join(", ")}`);
    }
  }
} finally {
  stop();
}

const load = os.loadavg().map((n) => n.toFixed(2));
console.log(`\n${formatTable(rows)}`);
console.log(`load average while measuring: ${load.join(", ")} on ${os.cpus().length} cores`);
const shortfalls = rows.flatMap((r) => r.shortfalls.map((s) => `${r.preset} ${r.page}: ${s}`));
if (shortfalls.length) console.log(`\nwhat cost points:\n  ${shortfalls.join("\n  ")}`);
const missed = missedTargets(rows);
fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
fs.writeFileSync(
  OUTPUT,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), loadAverage: os.loadavg(), cores: os.cpus().length, rows, missed }, null, 2)}\n`,
);
console.log(`\nwritten to ${path.relative(root, OUTPUT)}`);
if (missed.length) {
  console.log(`targets missed:\n  ${missed.join("\n  ")}`);
  process.exit(1);
}
console.log("every target met");

function parsePreset(value: string): Preset {
  if (value === "desktop" || value === "mobile") return value;
  throw new Error(`--preset must be desktop or mobile, not ${value}`);
}
