/**
 * Brings a database file to the current schema and, when it is new, fills it with
 * the forum's real data. Runs at server start (instrumentation.ts) and from scripts,
 * never inside `next build`.
 */
import { eq } from "drizzle-orm";
import { openDatabase, type Db } from "./connection";
import { migrateDatabase } from "./migrate";
import { appMeta } from "./schema";
import { forumData } from "./seed/forum-data";
import { loadSeed } from "./seed/load-seed";

export type SeedChoice = "forum" | "none";

export function prepareDatabase(file: string, seed: SeedChoice): { db: Db; seeded: boolean } {
  const db = openDatabase(file);
  migrateDatabase(db);
  const seeded = seed === "forum" && seedOnce(db);
  return { db, seeded };
}

/** Seeds only a database that has never been seeded, so editors' later changes are never overwritten. */
function seedOnce(db: Db): boolean {
  return db.transaction((tx) => {
    const done = tx.select().from(appMeta).where(eq(appMeta.key, "seed")).get();
    if (done) return false;
    loadSeed(tx, forumData);
    tx.insert(appMeta).values({ key: "seed", value: `forum@${new Date().toISOString()}` }).run();
    return true;
  });
}
