/**
 * What an operator (or a load balancer) asks of the database: can it be read,
 * is its schema the one this code expects, is the file sound.
 */
import type Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import type { Db } from "./connection";
import { migrationsFolder } from "./paths";

export interface MigrationStatus {
  /** Migrations this code ships. */
  expected: number;
  /** Migrations recorded in the database. */
  applied: number;
  /** Applied migrations this code does not know: the file comes from newer code. */
  unknown: number;
  current: boolean;
}

let shipped: number[] | undefined;

/** The creation times drizzle records per migration, from the migrations folder (read once). */
function shippedMigrations(): number[] {
  shipped ??= readMigrationFiles({ migrationsFolder: migrationsFolder() }).map((m) => m.folderMillis);
  return shipped;
}

export function migrationStatus(db: Db): MigrationStatus {
  const expected = shippedMigrations();
  const hasTable = db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`,
  )!.n;
  const applied = hasTable
    ? db.all<{ createdAt: number }>(sql`SELECT created_at AS createdAt FROM __drizzle_migrations`).map((r) => Number(r.createdAt))
    : [];
  const known = new Set(expected);
  const unknown = applied.filter((a) => !known.has(a)).length;
  const appliedKnown = new Set(applied.filter((a) => known.has(a)));
  return { expected: expected.length, applied: applied.length, unknown, current: unknown === 0 && appliedKnown.size === expected.length };
}

/** SQLite's own check of every page and index; "ok" or the problems it found. */
export function integrityProblems(client: Database.Database): string[] {
  const rows = client.pragma("integrity_check") as { integrity_check: string }[];
  const messages = rows.map((r) => r.integrity_check);
  return messages.length === 1 && messages[0] === "ok" ? [] : messages;
}
