/**
 * `npm run search:rebuild [-- --db PATH]`: rebuilds the search index of the live
 * database (DATABASE_PATH) or of another file, in one transaction, from the records
 * themselves. Saves keep the index in step on their own; this is for repairs, and
 * for a database copied in from elsewhere. Safe while the site serves: readers see
 * the old index until the new one commits.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../db/connection";
import { migrateDatabase } from "../db/migrate";
import { rebuildSearchIndex } from "../db/search/indexer";
import { readEnv } from "../lib/env";

function rebuild(file: string): void {
  // Opening a missing file would create an empty database: a typo in --db must not.
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist`);
  const db = openDatabase(file);
  try {
    migrateDatabase(db);
    const started = performance.now();
    const { documents } = rebuildSearchIndex(db);
    const ms = Math.round(performance.now() - started);
    console.log(`${file}: search index rebuilt, ${documents.toLocaleString("en-US")} documents in ${ms} ms`);
  } finally {
    db.$client.close();
  }
}

try {
  const { values } = parseArgs({ options: { db: { type: "string" } }, strict: true });
  rebuild(path.resolve(values.db ?? readEnv().DATABASE_PATH));
} catch (error) {
  console.error(`search:rebuild: ${error instanceof Error ? error.message : String(error)}\nUsage: npm run search:rebuild [-- --db PATH]`);
  process.exitCode = 2;
}
