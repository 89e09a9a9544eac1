/**
 * Brings a database file to the current schema and, when it is new, fills it with
 * the forum's real data. Runs at server start (instrumentation.ts) and from scripts,
 * never inside `next build`.
 */
import { openDatabase, type Db } from "./connection";
import { migrateDatabase } from "./migrate";
import { appMeta, organizations } from "./schema";
import { forumData } from "./seed/forum-data";
import { loadSeed } from "./seed/load-seed";

export type SeedChoice = "forum" | "none";

export function prepareDatabase(file: string, seed: SeedChoice): { db: Db; seeded: boolean } {
  const db = openDatabase(file);
  migrateDatabase(db);
  const seeded = seed === "forum" && seedOnce(db);
  return { db, seeded };
}

/**
 * Seeds only a new database: one that was seeded before keeps its editors'
 * changes, and one holding other data (the synthetic dataset, an import) is
 * never mixed with the forum's.
 */
function seedOnce(db: Db): boolean {
  return db.transaction((tx) => {
    const marked = tx.select({ key: appMeta.key }).from(appMeta).limit(1).get();
    const hasRecords = tx.select({ id: organizations.id }).from(organizations).limit(1).get();
    if (marked || hasRecords) return false;
    loadSeed(tx, forumData);
    tx.insert(appMeta)
      .values({ key: "seed", value: `forum@${new Date().toISOString()}` })
      .run();
    return true;
  });
}
