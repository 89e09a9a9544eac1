/**
 * `npm run search:rebuild`, run as an operator runs it: a real process on a real
 * file whose index was lost, which finds records again afterwards.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, expect, test } from "vitest";
import { prepareDatabase } from "@/db/setup";

const root = path.resolve(import.meta.dirname, "..");
let file: string;

function run(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/search-rebuild.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_PATH: file },
  });
}

function count(sqlite: Database.Database, sql: string): number {
  return sqlite.prepare(sql).pluck().get() as number;
}

beforeAll(() => {
  file = process.env.DATABASE_PATH!;
  prepareDatabase(file, "forum").db.$client.close();
});

test("rebuilds a lost index from the records", () => {
  const sqlite = new Database(file);
  const before = count(sqlite, "SELECT COUNT(*) FROM search_documents");
  expect(before).toBeGreaterThan(50);
  sqlite.exec("DELETE FROM search_facets; DELETE FROM search_text; DELETE FROM search_documents;");
  expect(count(sqlite, "SELECT COUNT(*) FROM search_text WHERE search_text MATCH '\"martir\"*'")).toBe(0);

  const result = run();
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout).toContain(`search index rebuilt, ${before} documents`);
  expect(count(sqlite, "SELECT COUNT(*) FROM search_documents")).toBe(before);
  expect(count(sqlite, "SELECT COUNT(*) FROM search_text WHERE search_text MATCH '\"martir\"*'")).toBeGreaterThan(0);
  sqlite.close();
});

test("refuses a file that does not exist instead of creating an empty database", () => {
  const missing = path.join(path.dirname(file), "missing.db");
  const result = run("--db", missing);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain(`${missing} does not exist`);
  expect(fs.existsSync(missing)).toBe(false);
});

test("names an unknown option", () => {
  const result = run("--everything");
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("Unknown option '--everything'");
});
