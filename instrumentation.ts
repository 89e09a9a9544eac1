/**
 * Runs once when a Next.js server starts (`next start`, `next dev`), before it
 * serves a request: brings the database to the current schema and, when it is
 * new, seeds it with the forum's data. Migrating here and not in `next build` is
 * a project rule: build workers opening one SQLite file at once give SQLITE_BUSY,
 * and a build would migrate the build machine's file instead of the server's.
 */
export async function register(): Promise<void> {
  // Next itself skips register() during `next build` (checked in Next 16.4: its
  // loader returns early in the build phase, and a build never logs the line below);
  // the phase check keeps that guarantee here too, should that ever change.
  // Comparing NEXT_RUNTIME inline lets the bundler drop the database code from the
  // edge build, which could not load better-sqlite3.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const path = await import("node:path");
    const { readEnv } = await import("./lib/env");
    const { prepareDatabase } = await import("./db/setup");

    const { DATABASE_PATH, DATABASE_SEED } = readEnv();
    const file = path.resolve(DATABASE_PATH);
    let seeded: boolean;
    try {
      const prepared = prepareDatabase(DATABASE_PATH, DATABASE_SEED);
      seeded = prepared.seeded;
      // Closed rather than handed to db/client.ts: that module owns the app's one
      // connection and its globalThis key, and this file is bundled apart from the
      // routes (its own copy of drizzle and the schema), so sharing the object would
      // tie two bundles to each other's internals. Reopening costs a millisecond on
      // the first request; closing also checkpoints the WAL the migration wrote.
      prepared.db.$client.close();
    } catch (error) {
      // Next 16 only logs a failed register() and goes on answering every request
      // with a 500; a server that cannot open or migrate its database must not run.
      console.error(`[puentes] cannot prepare the database ${file}:`, error);
      process.exit(1);
    }

    const seedNote = seeded
      ? "seeded with the forum's data"
      : DATABASE_SEED === "none"
        ? "not seeded (DATABASE_SEED=none)"
        : "already seeded";
    console.log(`[puentes] database ${file}: migrated, ${seedNote}`);
  }
}
