/**
 * The synthetic dataset generator and its command line, on real SQLite files in a
 * temporary directory: what the data looks like, that it is reproducible, and that
 * the script never overwrites a database it did not make.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { geoContains } from "d3-geo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/connection";
import { migrateDatabase } from "@/db/migrate";
import { prepareDatabase } from "@/db/setup";
import {
  SYNTHETIC_SOURCE_SLUG,
  SYNTHETIC_TABLES,
  generateSyntheticData,
  markSyntheticDatabase,
  type SyntheticSummary,
} from "@/db/seed/synthetic";
import { getState } from "@/lib/geo";
import { stateOutline } from "@/lib/map/base-map";
import { parseGenerateArguments } from "@/scripts/generate-synthetic";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "puentes-synthetic-"));
const opened: Db[] = [];
const SMALL = { organizations: 500, meetings: 60, seed: 7 };

function emptyDatabase(name: string): Db {
  const db = openDatabase(path.join(dir, name));
  migrateDatabase(db);
  opened.push(db);
  return db;
}

function generate(name: string, options: typeof SMALL): { db: Db; summary: SyntheticSummary } {
  const db = emptyDatabase(name);
  return { db, summary: generateSyntheticData(db, options) };
}

function all<T>(db: Db, sql: string): T[] {
  return db.$client.prepare(sql).all() as T[];
}

function value(db: Db, sql: string): unknown {
  return db.$client.prepare(sql).pluck().get();
}

/** Every generated table, row by row, to compare two runs. */
function dump(db: Db): Record<string, unknown[]> {
  return Object.fromEntries(SYNTHETIC_TABLES.map((table) => [table, all(db, `SELECT * FROM "${table}" ORDER BY rowid`)]));
}

afterAll(() => {
  for (const db of opened) db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("generateSyntheticData", () => {
  let db: Db;
  let summary: SyntheticSummary;

  beforeAll(() => {
    ({ db, summary } = generate("small.db", SMALL));
  });

  it("creates the requested organizations and meetings and links them all", () => {
    expect(summary.counts.organizations).toBe(500);
    expect(summary.counts.meetings).toBe(60);
    expect(summary.counts.people).toBe(100);
    expect(summary.counts.programs).toBe(10);
    expect(summary.counts.agreements).toBe(6);
    expect(value(db, "SELECT count(*) FROM organizations")).toBe(500);
    for (const table of SYNTHETIC_TABLES) expect(summary.counts[table], table).toBeGreaterThan(0);
    expect(summary.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it("writes accented Spanish names and organizations of both countries", () => {
    const accented = "SELECT count(*) FROM organizations WHERE name_es GLOB '*[áéíóúñÁÉÍÓÚÑ]*'";
    expect(value(db, accented)).toBeGreaterThan(50);
    expect(value(db, "SELECT count(*) FROM people WHERE name GLOB '*[áéíóúñÁÉÍÓÚÑ]*'")).toBeGreaterThan(10);
    const countries = all<{ country: string; n: number }>(db, "SELECT country, count(*) AS n FROM organizations GROUP BY country");
    const byCountry = Object.fromEntries(countries.map((row) => [row.country, row.n]));
    expect(byCountry.US).toBeGreaterThan(150);
    expect(byCountry.MX).toBeGreaterThan(150);
    expect(value(db, "SELECT count(*) FROM organizations WHERE country = 'MX' AND name_es IS NULL")).toBe(0);
  });

  it("gives every organization a unique ASCII slug", () => {
    const slugs = all<{ slug: string }>(db, "SELECT slug FROM organizations").map((row) => row.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("stores states that belong to the record's country", () => {
    const organizations = all<{ country: string; state: string }>(db, "SELECT country, state FROM organizations");
    for (const { country, state } of organizations) {
      expect(country.split("-"), `${state} in ${country}`).toContain(getState(state)?.country);
    }
    const meetings = all<{ country: string; state: string }>(db, "SELECT country, state FROM meetings");
    for (const { country, state } of meetings) expect(getState(state)?.country, state).toBe(country);
  });

  it("places every organization and meeting inside its own state, for the map", () => {
    for (const table of ["organizations", "meetings"]) {
      const rows = all<{ state: string; latitude: number | null; longitude: number | null }>(
        db,
        `SELECT state, latitude, longitude FROM ${table}`,
      );
      for (const { state, latitude, longitude } of rows) {
        expect(latitude, `${table} in ${state}`).not.toBeNull();
        // Within the state's outline, give or take the few kilometres of jitter.
        const shape = stateOutline(state);
        expect(shape, state).toBeDefined();
        const near = [-0.04, 0, 0.04].some((dy) => [-0.04, 0, 0.04].some((dx) => geoContains(shape!, [longitude! + dx, latitude! + dy])));
        expect(near, `${table} at ${latitude}, ${longitude} in ${state}`).toBe(true);
      }
    }
  });

  it("dates meetings between 2000 and 2026 and never ends one before it starts", () => {
    const meetings = all<{ start: string; end: string }>(db, "SELECT start_date AS start, end_date AS end FROM meetings");
    for (const { start, end } of meetings) {
      expect(start).toMatch(/^(200\d|201\d|202[0-6])-\d\d-\d\d$/);
      expect(end >= start, `${start} → ${end}`).toBe(true);
    }
  });

  it("leaves no broken foreign key", () => {
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
  });

  it("cites the synthetic source from every record and link", () => {
    const sourceId = value(db, `SELECT id FROM sources WHERE slug = '${SYNTHETIC_SOURCE_SLUG}'`);
    expect(value(db, "SELECT title FROM sources")).toMatch(/synthetic/i);
    const uncited = `SELECT count(*) FROM organizations o
      WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.organization_id = o.id AND c.source_id = ${Number(sourceId)})`;
    expect(value(db, uncited)).toBe(0);
    expect(value(db, "SELECT count(*) FROM meeting_organizations WHERE source_id IS NOT " + Number(sourceId))).toBe(0);
    expect(value(db, "SELECT count(*) FROM agreement_parties WHERE source_id IS NOT " + Number(sourceId))).toBe(0);
  });

  it("marks the file as synthetic", () => {
    expect(value(db, "SELECT value FROM app_meta WHERE key = 'dataset'")).toBe("synthetic");
  });

  it("gives the same data for the same seed and other data for another seed", () => {
    const same = generate("same-seed.db", SMALL).db;
    const other = generate("other-seed.db", { ...SMALL, seed: 8 }).db;
    expect(dump(same)).toEqual(dump(db));
    expect(dump(other).organizations).not.toEqual(dump(db).organizations);
  });

  it("refuses a database that already holds records", () => {
    expect(() => generateSyntheticData(db, SMALL)).toThrow(/empty/);
  });
});

describe("parseGenerateArguments", () => {
  const env = { DATABASE_PATH: path.join(dir, "live.db"), SYNTHETIC_DATABASE_PATH: path.join(dir, "default-synthetic.db") };

  it("uses the defaults: 100,000 organizations and 10,000 meetings into SYNTHETIC_DATABASE_PATH", () => {
    expect(parseGenerateArguments([], env)).toEqual({
      kind: "run",
      options: { organizations: 100_000, meetings: 10_000, seed: 1, out: env.SYNTHETIC_DATABASE_PATH },
    });
  });

  it("refuses the live database however its path is spelled", () => {
    const relative = path.relative(process.cwd(), env.DATABASE_PATH);
    for (const out of [env.DATABASE_PATH, relative, path.join(dir, ".", "live.db")]) {
      const parsed = parseGenerateArguments(["--out", out], env);
      expect(parsed.kind).toBe("error");
      if (parsed.kind === "error") expect(parsed.message).toMatch(/live database/);
    }
    const viaSetting = parseGenerateArguments([], { ...env, SYNTHETIC_DATABASE_PATH: env.DATABASE_PATH });
    expect(viaSetting.kind).toBe("error");
  });

  it("refuses counts that are not whole numbers in range", () => {
    for (const args of [
      ["--organizations", "abc"],
      ["--organizations", "1e5"],
      ["--organizations", "5"],
      ["--meetings", "-3"],
      ["--seed", "12abc"],
      ["--meetings", ""],
    ]) {
      const parsed = parseGenerateArguments(args, env);
      expect(parsed.kind, args.join(" ")).toBe("error");
      if (parsed.kind === "error") expect(parsed.message).toContain(args[0]);
    }
    expect(parseGenerateArguments(["--pages", "3"], env).kind).toBe("error");
  });

  it("refuses an existing file that is not a synthetic database", () => {
    const unmarked = path.join(dir, "unmarked.db");
    emptyDatabase("unmarked.db");
    const seeded = emptyDatabase("seeded.db");
    seeded.$client.prepare("INSERT INTO app_meta (key, value) VALUES ('seed', 'forum'), ('dataset', 'synthetic')").run();
    const text = path.join(dir, "notes.db");
    fs.writeFileSync(text, "not a database");
    for (const out of [unmarked, path.join(dir, "seeded.db"), text, dir]) {
      const parsed = parseGenerateArguments(["--out", out], env);
      expect(parsed.kind, out).toBe("error");
      if (parsed.kind === "error") expect(parsed.message).toMatch(/not a synthetic database/);
    }
  });

  it("accepts an earlier synthetic file, to replace it", () => {
    markSyntheticDatabase(emptyDatabase("earlier.db"));
    const out = path.join(dir, "earlier.db");
    expect(parseGenerateArguments(["--out", out, "--organizations", "300", "--meetings", "0", "--seed", "9"], env)).toEqual({
      kind: "run",
      options: { organizations: 300, meetings: 0, seed: 9, out },
    });
  });
});

describe("npm run db:synthetic", () => {
  it("writes the requested organizations and replaces its own file on a second run", { timeout: 120_000 }, async () => {
    const out = path.join(dir, "cli.db");
    const run = () =>
      promisify(execFile)("npx", ["tsx", "scripts/generate-synthetic.ts", "--organizations", "300", "--meetings", "30", "--out", out], {
        cwd: path.resolve(import.meta.dirname, ".."),
      });
    const first = await run();
    expect(first.stdout).toContain("organizations");
    await run();
    const sqlite = new Database(out, { readonly: true });
    try {
      expect(sqlite.prepare("SELECT count(*) FROM organizations").pluck().get()).toBe(300);
      expect(sqlite.prepare("SELECT count(*) FROM meetings").pluck().get()).toBe(30);
    } finally {
      sqlite.close();
    }
  });

  it("can be served: the server's start-up never seeds the forum's data into it", { timeout: 60_000 }, async () => {
    const out = path.join(dir, "served.db");
    await promisify(execFile)("npx", ["tsx", "scripts/generate-synthetic.ts", "--organizations", "200", "--meetings", "20", "--out", out], {
      cwd: path.resolve(import.meta.dirname, ".."),
    });
    const { db, seeded } = prepareDatabase(out, "forum");
    try {
      expect(seeded).toBe(false);
      expect(db.$client.prepare("SELECT count(*) FROM organizations").pluck().get()).toBe(200);
      expect(db.$client.prepare("SELECT count(*) FROM organizations WHERE slug = 'university-of-arizona'").pluck().get()).toBe(0);
    } finally {
      db.$client.close();
    }
  });

  it("exits with code 2 when told to write to the live database", { timeout: 60_000 }, async () => {
    const live = process.env.DATABASE_PATH ?? "";
    const failure = await promisify(execFile)("npx", ["tsx", "scripts/generate-synthetic.ts", "--out", live], {
      cwd: path.resolve(import.meta.dirname, ".."),
    }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code?: number; stderr?: string }) => ({ code: error.code, stderr: error.stderr ?? "" }),
    );
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/live database/);
  });
});
