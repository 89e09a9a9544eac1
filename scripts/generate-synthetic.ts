/**
 * `npm run db:synthetic -- [--organizations N] [--meetings N] [--seed N] [--out PATH]`
 * writes a large synthetic database for tests and benchmarks (db/seed/synthetic.ts).
 *
 * It replaces only files it made itself: it refuses the live database (DATABASE_PATH)
 * and any existing file not marked synthetic in app_meta, so a slip in --out cannot
 * destroy real data. Relative paths are taken from the project root, as the server takes them.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { openDatabase } from "../db/connection";
import { migrateDatabase } from "../db/migrate";
import {
  DEFAULT_SYNTHETIC_SEED,
  MIN_SYNTHETIC_ORGANIZATIONS,
  SYNTHETIC_META,
  generateSyntheticData,
  markSyntheticDatabase,
  type SyntheticSummary,
} from "../db/seed/synthetic";
import { readEnv, type Env } from "../lib/env";

const root = path.resolve(import.meta.dirname, "..");

export const USAGE = `Usage: npm run db:synthetic -- [--organizations N] [--meetings N] [--seed N] [--out PATH]
  --organizations  organizations to generate (default 100000, at least ${MIN_SYNTHETIC_ORGANIZATIONS})
  --meetings       meetings to generate (default 10000)
  --seed           seed of the generator; the same seed gives the same data (default ${DEFAULT_SYNTHETIC_SEED})
  --out            database file to write (default SYNTHETIC_DATABASE_PATH); never the live database`;

export interface GenerateOptions {
  organizations: number;
  meetings: number;
  seed: number;
  /** Absolute path of the file to write. */
  out: string;
}

export type ParsedArguments = { kind: "run"; options: GenerateOptions } | { kind: "help" } | { kind: "error"; message: string };

/** Bounds that keep a typo (an extra zero or two) from filling the disk. */
const LIMITS = {
  organizations: { min: MIN_SYNTHETIC_ORGANIZATIONS, max: 10_000_000 },
  meetings: { min: 0, max: 1_000_000 },
  seed: { min: 0, max: 0xffffffff },
} as const;

/**
 * Reads the command line and checks the target file, without writing anything:
 * the whole decision to generate or refuse, testable without spawning the script.
 */
export function parseGenerateArguments(
  args: readonly string[],
  env: Pick<Env, "DATABASE_PATH" | "SYNTHETIC_DATABASE_PATH">,
): ParsedArguments {
  let values: { organizations?: string; meetings?: string; seed?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        organizations: { type: "string" },
        meetings: { type: "string" },
        seed: { type: "string" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: "help" };

  const numbers: Partial<Record<keyof typeof LIMITS, number>> = {};
  for (const name of ["organizations", "meetings", "seed"] as const) {
    const parsed = parseCount(name, values[name]);
    if (typeof parsed === "string") return { kind: "error", message: parsed };
    numbers[name] = parsed;
  }
  const out = path.resolve(values.out ?? env.SYNTHETIC_DATABASE_PATH);
  const refusal = refuseTarget(out, path.resolve(env.DATABASE_PATH));
  if (refusal) return { kind: "error", message: refusal };
  return {
    kind: "run",
    options: {
      organizations: numbers.organizations ?? 100_000,
      meetings: numbers.meetings ?? 10_000,
      seed: numbers.seed ?? DEFAULT_SYNTHETIC_SEED,
      out,
    },
  };
}

/** The number, undefined when the option is absent, or a message saying what is wrong. */
function parseCount(name: keyof typeof LIMITS, raw: string | undefined): number | undefined | string {
  if (raw === undefined) return undefined;
  const { min, max } = LIMITS[name];
  // Digits only: Number() would take "1e5", "0x10" or "" and parseInt would take "12abc".
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    return `--${name} must be a whole number from ${min} to ${max}, got "${raw}"`;
  }
  return value;
}

/** Why the file must not be written, or null when it is new or a synthetic file made earlier. */
function refuseTarget(out: string, live: string): string | null {
  if (samePath(out, live)) {
    return `refusing to write to the live database (${live}); pass --out or set SYNTHETIC_DATABASE_PATH to another file`;
  }
  if (!fs.existsSync(out)) return null;
  if (!isSyntheticDatabase(out)) {
    return `refusing to replace ${out}: it is not a synthetic database made by this script; delete it yourself or choose another --out`;
  }
  return null;
}

/** Also catches the live database reached through a symbolic link. */
function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

/** True only for a SQLite file whose app_meta says dataset = synthetic and that holds no forum seed. */
export function isSyntheticDatabase(file: string): boolean {
  let sqlite: Database.Database | undefined;
  try {
    if (!fs.statSync(file).isFile()) return false;
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const hasMeta = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'app_meta'").get();
    if (!hasMeta) return false;
    const marker = sqlite.prepare("SELECT value FROM app_meta WHERE key = ?").pluck().get(SYNTHETIC_META.key);
    const seeded = sqlite.prepare("SELECT 1 FROM app_meta WHERE key = 'seed'").get() !== undefined;
    return marker === SYNTHETIC_META.value && !seeded;
  } catch {
    // Not a database at all (or unreadable): certainly not one we made.
    return false;
  } finally {
    sqlite?.close();
  }
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

/** Next reads .env files at run time; read them here too, so DATABASE_PATH means the same live file. */
function loadEnvFiles(): void {
  // Variables already set win, as they do in Next; .env.local before .env for the same reason.
  for (const name of [".env.local", ".env"]) {
    const file = path.join(root, name);
    if (fs.existsSync(file)) process.loadEnvFile(file);
  }
}

function printSummary(out: string, summary: SyntheticSummary): void {
  console.log(`Synthetic database written to ${out} (seed ${summary.seed}) in ${summary.elapsedMs.toLocaleString("en-US")} ms`);
  for (const [table, count] of Object.entries(summary.counts)) {
    console.log(`  ${table.padEnd(24)}${count.toLocaleString("en-US").padStart(10)}`);
  }
}

function main(): number {
  process.chdir(root);
  loadEnvFiles();
  const parsed = parseGenerateArguments(process.argv.slice(2), readEnv());
  if (parsed.kind === "help") {
    console.log(USAGE);
    return 0;
  }
  if (parsed.kind === "error") {
    console.error(`db:synthetic: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const { out, ...options } = parsed.options;
  removeDatabaseFiles(out);
  const db = openDatabase(out);
  try {
    migrateDatabase(db);
    // Marked before generating, so a run cut short leaves a file the next run may replace.
    markSyntheticDatabase(db);
    printSummary(out, generateSyntheticData(db, options));
  } finally {
    db.$client.close();
  }
  return 0;
}

// Run only as a script, so tests can import parseGenerateArguments.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  }
}
