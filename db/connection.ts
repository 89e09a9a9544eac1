/**
 * Opens a Puentes database file. Used by the app's single client (db/client.ts),
 * the start-up migrator, scripts and tests, so every connection gets the same pragmas.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  // WAL lets readers go on while an editor writes; busy_timeout makes concurrent
  // writers wait their turn instead of failing with SQLITE_BUSY.
  if (!options.readonly) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  return drizzle({ client: sqlite, schema, casing: "snake_case" });
}

/** A connection or an open transaction: what data-layer functions that may run inside a transaction accept. */
export type DbExecutor = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];
