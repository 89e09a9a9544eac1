/**
 * `npm run backup [-- --out FILE]`: a consistent copy of the live database
 * (DATABASE_PATH), taken with SQLite's online backup while the site serves, then
 * checked. By default written to backups/puentes-<time>.db.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase, defaultBackupFile } from "../db/backup";
import { readEnv } from "../lib/env";

try {
  const { values } = parseArgs({ options: { out: { type: "string" } }, strict: true });
  const live = path.resolve(readEnv().DATABASE_PATH);
  const target = path.resolve(values.out ?? defaultBackupFile("backups"));
  const { file, bytes, ms } = await backupDatabase(live, target);
  console.log(`${live} backed up to ${file} (${(bytes / 1e6).toFixed(1)} MB, ${ms} ms, integrity checked)`);
} catch (error) {
  console.error(`backup: ${error instanceof Error ? error.message : String(error)}\nUsage: npm run backup [-- --out FILE]`);
  process.exitCode = 2;
}
