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
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { openDatabase } from "../db/connection";
import { migrateDatabase } from "../db/migrate";
import { readEnv } from "../lib/env";
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
    },
    strict: true,
  });
  const perCategory = Number(values.queries);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(perCategory) || perCategory < 1 || !Number.isInteger(rounds) || rounds < 1) {
    throw new Error("--queries and --rounds must be whole numbers of at least 1");
  }
  const file = path.resolve(values.db ?? readEnv().SYNTHETIC_DATABASE_PATH);
  prepareSyntheticDatabase(file);
  // Set before the first import of the app's modules: their one connection opens this file.
  process.env.DATABASE_PATH = file;
  const { benchSearch } = await import("./bench-search");

  console.log(
    `\nSearch: FTS5 (server answer: ranked page + counts per kind + facets) vs MiniSearch 7.2 in a worker thread of the same process`,
  );
  const result = await benchSearch({ perCategory, rounds, rebuild: !values["keep-index"], log: (line) => console.log(`  ${line}`) });
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

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
