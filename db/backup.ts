/**
 * Copies of the live database. `backupDatabase` uses SQLite's online backup,
 * which copies a consistent snapshot page by page while the site goes on
 * serving and saving (a plain file copy of a WAL database can catch a save half
 * written). `restoreDatabase` checks a copy before it replaces anything.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { openDatabase, type Db } from "./connection";
import { migrateDatabase } from "./migrate";
import { integrityProblems, migrationStatus } from "./status";

export class BackupError extends Error {}

/**
 * Copy every page in one step, inside one read transaction. Step by step (the
 * driver's default, 100 pages), a save by another connection between two steps
 * restarts the copy, and a site saving often enough would never finish one; in
 * WAL mode the one long read blocks no writer.
 */
const ALL_PAGES = () => 0x7fffffff;

export interface BackupResult {
  file: string;
  bytes: number;
  ms: number;
}

/** A timestamped file name beside the others: puentes-2026-11-30T06-12-00Z.db. */
export function defaultBackupFile(folder: string, now = new Date()): string {
  return path.join(
    folder,
    `puentes-${now
      .toISOString()
      .replace(/\.\d+Z$/, "Z")
      .replaceAll(":", "-")}.db`,
  );
}

export async function backupDatabase(live: string, target: string): Promise<BackupResult> {
  if (!fs.existsSync(live)) throw new BackupError(`There is no database at ${live}.`);
  if (fs.existsSync(target)) throw new BackupError(`${target} already exists; choose another name.`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const started = performance.now();
  const source = new Database(live, { readonly: true, fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    await source.backup(target, { progress: ALL_PAGES });
  } finally {
    source.close();
  }
  const problems = checkCopy(target);
  if (problems.length) {
    fs.rmSync(target, { force: true });
    throw new BackupError(`The copy failed its integrity check: ${problems.join("; ")}`);
  }
  return { file: target, bytes: fs.statSync(target).size, ms: Math.round(performance.now() - started) };
}

/** Why a file cannot be restored, or nothing when it can. */
export function checkCopy(file: string): string[] {
  if (!fs.existsSync(file)) return [`There is no file at ${file}.`];
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const problems = integrityProblems(db);
    if (problems.length) return problems.map((p) => `integrity check: ${p}`);
    const hasRecords = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'organizations'").pluck().get();
    if (!hasRecords) return ["It is not a Puentes database (it has no organizations table)."];
    return [];
  } catch (error) {
    return [`It is not a readable SQLite database (${error instanceof Error ? error.message : String(error)}).`];
  } finally {
    db?.close();
  }
}

export interface RestoreResult {
  /** Where the database that was replaced was kept. */
  previous: string | null;
  migrated: boolean;
}

/**
 * Puts a checked copy in place of the live database. The database being replaced
 * is first backed up beside it, so a restore can itself be undone. The copy is
 * written through SQLite's backup into the live file, so a server holding it
 * open sees the restored data on its next read rather than a file swapped under it.
 */
export async function restoreDatabase(copy: string, live: string): Promise<RestoreResult> {
  const problems = checkCopy(copy);
  if (problems.length) throw new BackupError(`${copy} cannot be restored: ${problems.join("; ")}`);
  const status = withDb(copy, { readonly: true }, (db) => migrationStatus(db));
  if (status.unknown > 0) {
    throw new BackupError(`${copy} was written by a newer version of Puentes (${status.unknown} migration(s) this code does not know).`);
  }
  let previous: string | null = null;
  if (fs.existsSync(live)) {
    previous = defaultBackupFile(path.join(path.dirname(path.resolve(live)), "before-restore"));
    await backupDatabase(live, previous);
  }
  const source = new Database(copy, { readonly: true, fileMustExist: true });
  try {
    await source.backup(live, { progress: ALL_PAGES });
  } finally {
    source.close();
  }
  // A copy from before the latest migrations is brought up to date now, not at the next start.
  const migrated = !status.current;
  if (migrated) withDb(live, {}, (db) => migrateDatabase(db));
  return { previous, migrated };
}

function withDb<T>(file: string, options: { readonly?: boolean }, read: (db: Db) => T): T {
  const db = openDatabase(file, options);
  try {
    return read(db);
  } finally {
    db.$client.close();
  }
}
