/**
 * How in-memory copies of the data (search vocabulary, facet keys, cached answers,
 * network layouts) know they are out of date. Both checks are exact and cost a
 * few microseconds: `data_version` changes when another connection (a script, a
 * second process) commits; `total_changes()` when this connection writes, which
 * is every save of the app.
 */
import { sql } from "drizzle-orm";
import type { DbExecutor } from "./connection";

/** Changes when another connection commits to the file. */
export function dataVersion(db: DbExecutor): number {
  return db.get<{ data_version: number }>(sql`PRAGMA data_version`)?.data_version ?? 0;
}

/** Changes whenever anything is written, by this connection or another. */
export function dataStamp(db: DbExecutor): string {
  const changes = db.get<{ n: number }>(sql`SELECT total_changes() AS n`)?.n ?? 0;
  return `${dataVersion(db)}:${changes}`;
}
