/**
 * `npm run restore -- FILE`: puts a backup back as the live database
 * (DATABASE_PATH) after checking its integrity and that it is a Puentes database
 * from this version or an older one (older ones are migrated). The database it
 * replaces is kept first under before-restore/, beside it.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { restoreDatabase } from "../db/backup";
import { readEnv } from "../lib/env";

try {
  const { positionals } = parseArgs({ allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new Error("name one backup file to restore");
  const copy = path.resolve(positionals[0]!);
  const live = path.resolve(readEnv().DATABASE_PATH);
  const { previous, migrated } = await restoreDatabase(copy, live);
  console.log(`${copy} restored to ${live}${migrated ? " and migrated" : ""}.`);
  if (previous) console.log(`The database it replaced is kept at ${previous}.`);
} catch (error) {
  console.error(`restore: ${error instanceof Error ? error.message : String(error)}\nUsage: npm run restore -- FILE`);
  process.exitCode = 2;
}
