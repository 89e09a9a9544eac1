/**
 * Brings a database file to the current schema and, when it is new, fills it with
 * the forum's real data. Runs at server start (instrumentation.ts) and from scripts,
 * never inside `next build`.
 */
import { randomBytes } from "node:crypto";
import { inArray } from "drizzle-orm";
import { openDatabase, type Db } from "./connection";
import { migrateDatabase } from "./migrate";
import { appMeta, organizations } from "./schema";
import { rebuildSearchIndex, searchIndexIsMissing } from "./search/indexer";
import { forumData } from "./seed/forum-data";
import { loadSeed } from "./seed/load-seed";

export type SeedChoice = "forum" | "none";

export function prepareDatabase(file: string, seed: SeedChoice): { db: Db; seeded: boolean } {
  const db = openDatabase(file);
  migrateDatabase(db);
  const seeded = seed === "forum" && seedOnce(db);
  // A new seed, or a database from before search existed: build its index now.
  if (searchIndexIsMissing(db)) rebuildSearchIndex(db);
  ensureAuthSecret(db);
  return { db, seeded };
}

/** A random secret for session cookies, made once, so a new install needs no configuration (AUTH_SECRET overrides it). */
function ensureAuthSecret(db: Db): void {
  db.insert(appMeta)
    .values({ key: "auth_secret", value: randomBytes(48).toString("base64url") })
    .onConflictDoNothing()
    .run();
}

/**
 * Seeds only a new database: one that was seeded before keeps its editors'
 * changes, and one holding other data (the synthetic dataset, an import) is
 * never mixed with the forum's.
 */
function seedOnce(db: Db): boolean {
  return db.transaction((tx) => {
    const marked = tx
      .select({ key: appMeta.key })
      .from(appMeta)
      .where(inArray(appMeta.key, ["seed", "dataset"]))
      .get();
    const hasRecords = tx.select({ id: organizations.id }).from(organizations).limit(1).get();
    if (marked || hasRecords) return false;
    loadSeed(tx, forumData);
    tx.insert(appMeta)
      .values({ key: "seed", value: `forum@${new Date().toISOString()}` })
      .run();
    return true;
  });
}
