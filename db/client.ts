/**
 * The app's one database connection, opened on first use (never at import, so
 * `next build` does not touch the database) and kept on globalThis so dev reloads reuse it.
 */
import "server-only";
import { readEnv } from "@/lib/env";
import { openDatabase, type Db } from "./connection";

const globalForDb = globalThis as unknown as { puentesDb?: Db };

export function getDb(): Db {
  globalForDb.puentesDb ??= openDatabase(readEnv().DATABASE_PATH);
  return globalForDb.puentesDb;
}
