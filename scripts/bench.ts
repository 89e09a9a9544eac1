/**
 * `npm run bench [-- --db PATH] [--queries N] [--rounds N] [--keep-index]`
 *
 * Benchmarks on the synthetic dataset (100,000 organizations, 10,000 meetings):
 * made with `npm run db:synthetic` on first use and reused after (pass --db to
 * point at another synthetic file). Machines here are noisy, so every figure comes
 * with a baseline measured in the same run; the table is printed and written as
 * JSON to bench-results/.
 *
 * Runs under `node --conditions react-server` (see package.json): the queries it
 * measures are the server's own modules.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { openDatabase } from "../db/connection";
import { migrateDatabase } from "../db/migrate";
import { readEnv } from "../lib/env";
import type { LoadFigures } from "./bench-http";
import { isSyntheticDatabase } from "./generate-synthetic";

const root = path.resolve(import.meta.dirname, "..");
const MIN_ORGANIZATIONS = 100_000;

function organizationCount(file: string): number {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare("SELECT COUNT(*) FROM organizations").pluck().get() as number;
  } finally {
    sqlite.close();
  }
}

/** The synthetic database, generated when missing or too small, migrated to the current schema. */
function prepareSyntheticDatabase(file: string): void {
  if (!fs.existsSync(file) || !isSyntheticDatabase(file) || organizationCount(file) < MIN_ORGANIZATIONS) {
    console.log(`Generating the synthetic dataset in ${file} (about a minute)…`);
    const run = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/generate-synthetic.ts"), "--out", file], {
      cwd: root,
      stdio: "inherit",
    });
    if (run.status !== 0) throw new Error(`generating the synthetic dataset failed (exit ${run.status})`);
  }
  // A file made before the latest migration gets it now, as the server would at start.
  const db = openDatabase(file);
  try {
    migrateDatabase(db);
  } finally {
    db.$client.close();
  }
}

const fmt = (x: number) => x.toFixed(2).padStart(8);

async function main() {
  process.chdir(root);
  const { values } = parseArgs({
    options: {
      db: { type: "string" },
      queries: { type: "string", default: "40" },
      rounds: { type: "string", default: "3" },
      "keep-index": { type: "boolean", default: false },
      only: { type: "string" },
      duration: { type: "string", default: "5" },
    },
    strict: true,
  });
  if (values.only !== undefined && values.only !== "search" && values.only !== "http") throw new Error("--only must be search or http");
  const duration = Number(values.duration);
  if (!Number.isInteger(duration) || duration < 1) throw new Error("--duration must be a whole number of seconds, at least 1");
  const perCategory = Number(values.queries);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(perCategory) || perCategory < 1 || !Number.isInteger(rounds) || rounds < 1) {
    throw new Error("--queries and --rounds must be whole numbers of at least 1");
  }
  const file = path.resolve(values.db ?? readEnv().SYNTHETIC_DATABASE_PATH);
  prepareSyntheticDatabase(file);
  // Set before the first import of the app's modules: their one connection opens this file.
  process.env.DATABASE_PATH = file;
  if (values.only !== "http") await searchBench(file, { perCategory, rounds, keepIndex: values["keep-index"] });
  if (values.only !== "search") await httpBench(file, duration);
}

async function searchBench(file: string, { perCategory, rounds, keepIndex }: { perCategory: number; rounds: number; keepIndex: boolean }) {
  const { benchSearch } = await import("./bench-search");

  console.log(
    `\nSearch: FTS5 (server answer: ranked page + counts per kind + facets) vs MiniSearch 7.2 in a worker thread of the same process`,
  );
  const result = await benchSearch({ perCategory, rounds, rebuild: !keepIndex, log: (line) => console.log(`  ${line}`) });
  console.log(`${result.documents.toLocaleString("en-US")} documents, ${result.queries} queries × ${result.rounds} rounds`);
  console.log(
    `index build: FTS5 ${result.indexBuildMs.fts5 ? `${(result.indexBuildMs.fts5 / 1000).toFixed(1)} s` : "(kept)"}, ` +
      `MiniSearch ${(result.indexBuildMs.minisearch / 1000).toFixed(1)} s and ~${result.minisearchHeapMb} MB of heap`,
  );
  console.log(`queries with no result: FTS5 ${result.zeroResultQueries.fts5}, MiniSearch ${result.zeroResultQueries.minisearch}\n`);
  console.log(
    `${"queries (ms)".padEnd(18)}${"FTS5 p50".padStart(9)}${"p95".padStart(9)}${"p99".padStart(9)}` +
      `${"suggest p95".padStart(12)}${"Mini p50".padStart(9)}${"p95".padStart(9)}${"p99".padStart(9)}${"p95 ratio".padStart(10)}`,
  );
  for (const [category, r] of Object.entries(result.latencyMs)) {
    console.log(
      `${category.padEnd(18)}${fmt(r.fts5Search.p50)} ${fmt(r.fts5Search.p95)} ${fmt(r.fts5Search.p99)}    ${fmt(r.fts5Suggest.p95)}` +
        ` ${fmt(r.minisearch.p50)} ${fmt(r.minisearch.p95)} ${fmt(r.minisearch.p99)}  ${r.ratioP95.toFixed(2).padStart(8)}`,
    );
  }
  const overall = result.latencyMs["all queries"]!;
  const repeated = result.repeatedSearchMs;
  console.log(`\nasked again (the server's answer cache): p50 ${repeated.p50} ms, p95 ${repeated.p95} ms, p99 ${repeated.p99} ms`);
  console.log(
    `Target: FTS5 search p95 < 20 ms, every answer computed: ${overall.fts5Search.p95 < 20 ? "met" : "MISSED"} (${overall.fts5Search.p95} ms)`,
  );

  const out = path.join(root, "bench-results", "search.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ measuredAt: new Date().toISOString(), database: file, search: result }, null, 2));
  console.log(`Written to ${path.relative(root, out)}`);
}

async function httpBench(file: string, duration: number) {
  const { benchHttp } = await import("./bench-http");
  console.log(`\nHTTP: Puentes (npm start) vs the same bytes from node:http and a prerendered Next.js page, ${duration} s a run`);
  const r = await benchHttp({ database: file, duration, log: (line) => console.log(`  ${line}`) });
  const connections = Object.keys(r.nextStaticPage);
  console.log(
    `\n${"page".padEnd(14)}${connections.map((c) => `${`c${c} req/s`.padStart(12)}${"p50".padStart(6)}${"p99".padStart(6)}${"÷static".padStart(9)}${"÷Next".padStart(7)}`).join("")}   JS kB gzip`,
  );
  const row = (name: string, f: Record<string, LoadFigures>, ratios?: { s: Record<string, number>; n: Record<string, number> }, js = "") =>
    console.log(
      `${name.padEnd(14)}${connections
        .map(
          (c) =>
            `${String(f[c]!.requestsPerSecond).padStart(12)}${String(f[c]!.p50Ms).padStart(6)}${String(f[c]!.p99Ms).padStart(6)}${(ratios ? ratios.s[c]!.toFixed(3) : "").padStart(9)}${(ratios ? ratios.n[c]!.toFixed(2) : "").padStart(7)}`,
        )
        .join("")}   ${js}`,
    );
  for (const p of r.pages)
    row(p.page, p.next, { s: p.ratioToStaticLimit, n: p.ratioToNextStatic }, p.path.startsWith("/api/") ? "" : String(p.javascriptKbGzip));
  for (const p of r.pages) row(`  static ${p.page}`.slice(0, 14), p.staticLimit);
  row("Next static", r.nextStaticPage, undefined, String(r.emptyPageJavascriptKbGzip));
  const last = connections.at(-1)!;
  console.log(
    `\nAs browsers ask (Accept-Encoding: gzip), c${last}: req/s, p99 ms, and the ratio to the prerendered page's ${r.nextStaticPageGzip.requestsPerSecond} req/s (p99 ${r.nextStaticPageGzip.p99Ms} ms)`,
  );
  for (const p of r.pages)
    console.log(
      `${p.page.padEnd(14)}${String(p.gzip.next.requestsPerSecond).padStart(12)} req/s  p99 ${String(p.gzip.next.p99Ms).padStart(4)} ms  ÷Next ${(p.gzip.next.requestsPerSecond / Math.max(1, r.nextStaticPageGzip.requestsPerSecond)).toFixed(2)}  static limit ${p.gzip.staticLimit.requestsPerSecond} req/s`,
    );
  const first = connections[0]!;
  console.log(
    `\nRendered on every request (the page cache passed by), c${first}: what a page costs when no one asked for it since the last change`,
  );
  for (const p of r.pages)
    console.log(
      `${p.page.padEnd(14)}${String(p.rendered.requestsPerSecond).padStart(12)} req/s  p50 ${p.rendered.p50Ms} ms  p99 ${p.rendered.p99Ms} ms`,
    );
  const failures = [
    ...r.pages.flatMap((p) => [...Object.values(p.next), ...Object.values(p.staticLimit), p.rendered, p.gzip.next, p.gzip.staticLimit]),
    r.nextStaticPageGzip,
    ...Object.values(r.nextStaticPage),
  ].reduce((n, f) => n + f.failures, 0);
  console.log(
    `\nbuild ${r.buildSeconds} s · start to first page ${r.startToFirstPageMs} ms · memory ${r.rssMb.atRest} MB at rest, ${r.rssMb.underLoad} MB under load · edit visible in ${r.editVisibleMs} ms · failed requests ${failures}`,
  );
  const top = connections.at(-1)!;
  const dataPages = r.pages.filter((p) => ["organization", "meeting", "search"].includes(p.page));
  const targets = [
    [
      `data pages ≥ 80% of Next's prerendered page at c${top}, uncompressed`,
      dataPages.every((p) => p.ratioToNextStatic[top]! >= 0.8),
      dataPages.map((p) => `${p.page} ${Math.round(p.ratioToNextStatic[top]! * 100)}%`).join(", "),
    ],
    [
      `data pages p99 < 50 ms at c${top}, uncompressed`,
      dataPages.every((p) => p.next[top]!.p99Ms < 50),
      dataPages.map((p) => `${p.page} ${p.next[top]!.p99Ms} ms`).join(", "),
    ],
    [
      `data pages ≥ 80% of Next's prerendered page at c${top}, gzip as browsers ask`,
      dataPages.every((p) => p.gzip.next.requestsPerSecond >= 0.8 * r.nextStaticPageGzip.requestsPerSecond),
      dataPages
        .map((p) => `${p.page} ${Math.round((p.gzip.next.requestsPerSecond / r.nextStaticPageGzip.requestsPerSecond) * 100)}%`)
        .join(", "),
    ],
    [
      `data pages p99 < 50 ms at c${top}, gzip as browsers ask`,
      dataPages.every((p) => p.gzip.next.p99Ms < 50),
      dataPages.map((p) => `${p.page} ${p.gzip.next.p99Ms} ms`).join(", "),
    ],
    [
      "public pages ≤ 30 kB gzip of JavaScript beyond the empty page's",
      r.pages.every((p) => p.javascriptKbGzip - r.emptyPageJavascriptKbGzip <= 30),
      r.pages
        .filter((p) => !p.path.startsWith("/api/"))
        .map((p) => `${p.page} +${(p.javascriptKbGzip - r.emptyPageJavascriptKbGzip).toFixed(1)}`)
        .join(", "),
    ],
    ["an edit visible in under a second", r.editVisibleMs < 1000, `${r.editVisibleMs} ms`],
  ] as const;
  for (const [name, met, detail] of targets) console.log(`Target: ${name}: ${met ? "met" : "MISSED"} (${detail})`);
  const out = path.join(root, "bench-results", "http.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    JSON.stringify({ measuredAt: new Date().toISOString(), loadAverage: os.loadavg(), database: file, http: r }, null, 2),
  );
  console.log(`Written to ${path.relative(root, out)}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
