/**
 * Backups and restores, run on real files the way an operator runs them: a copy
 * taken while another connection keeps saving, and restores that check a file
 * before they replace anything.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, test } from "vitest";
import { backupDatabase, checkCopy, restoreDatabase } from "@/db/backup";
import { openDatabase } from "@/db/connection";
import { prepareDatabase } from "@/db/setup";
import { migrationStatus } from "@/db/status";

const root = path.resolve(import.meta.dirname, "..");
let live: string;
let dir: string;

function count(file: string, sql: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
}

const organizationCount = (file: string) => count(file, "SELECT count(*) FROM organizations");

function runScript(script: string, ...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", script), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_PATH: live },
  });
}

beforeAll(() => {
  live = process.env.DATABASE_PATH!;
  dir = path.dirname(live);
  prepareDatabase(live, "forum").db.$client.close();
});

describe("backup", () => {
  test("copies a consistent database while another connection keeps saving", async () => {
    const writer = new Database(live);
    writer.pragma("busy_timeout = 5000");
    const insert = writer.prepare(
      "INSERT INTO topics (slug, name_en, name_es, created_at, updated_at) VALUES (?, ?, ?, unixepoch(), unixepoch())",
    );
    let written = 0;
    const saving = setInterval(() => {
      for (let i = 0; i < 20; i++, written++) insert.run(`busy-topic-${written}`, `Busy topic ${written}`, `Tema ${written}`);
    }, 1);
    try {
      const result = await backupDatabase(live, path.join(dir, "during-saves.db"));
      expect(result.bytes).toBeGreaterThan(100_000);
    } finally {
      clearInterval(saving);
      writer.close();
    }
    expect(written).toBeGreaterThan(0);
    const copy = path.join(dir, "during-saves.db");
    expect(checkCopy(copy)).toEqual([]);
    // Every topic in the copy is whole (a save is in or out, never half).
    expect(count(copy, "SELECT count(*) FROM topics WHERE slug LIKE 'busy-topic-%' AND (name_en IS NULL OR name_es IS NULL)")).toBe(0);
    expect(organizationCount(copy)).toBe(organizationCount(live));
  });

  test("`npm run backup` writes a checked copy, and refuses to overwrite one", () => {
    const out = path.join(dir, "by-script.db");
    const first = runScript("backup.ts", "--out", out);
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain("integrity checked");
    expect(checkCopy(out)).toEqual([]);
    const again = runScript("backup.ts", "--out", out);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("already exists");
  });
});

describe("restore", () => {
  const fingerprint = () => [organizationCount(live), count(live, "SELECT count(*) FROM topics")];

  test("puts a copy back, keeping the database it replaces, and a server's open connection sees it", async () => {
    const copy = path.join(dir, "before-change.db");
    await backupDatabase(live, copy);
    const server = openDatabase(live);
    const before = organizationCount(live);
    server.$client
      .prepare(
        "INSERT INTO organizations (slug, name_en, kind, country, created_at, updated_at) VALUES ('made-after-backup', 'Made after the backup', 'other', 'US', unixepoch(), unixepoch())",
      )
      .run();
    expect(organizationCount(live)).toBe(before + 1);

    const { previous, migrated } = await restoreDatabase(copy, live);
    expect(migrated).toBe(false);
    expect(server.$client.prepare("SELECT count(*) FROM organizations").pluck().get()).toBe(before);
    expect(previous).not.toBeNull();
    expect(count(previous!, "SELECT count(*) FROM organizations WHERE slug = 'made-after-backup'")).toBe(1);
    expect(checkCopy(live)).toEqual([]);
    server.$client.close();
  });

  test("refuses a missing file, a file that is not SQLite, a damaged copy and another application's database, changing nothing", async () => {
    const text = path.join(dir, "notes.db");
    fs.writeFileSync(text, "organization,country\nUNAM,MX\n");
    const damaged = path.join(dir, "damaged.db");
    await backupDatabase(live, damaged);
    const bytes = fs.readFileSync(damaged);
    // Scribble over the middle of the file: pages of tables and indexes no longer agree.
    bytes.fill(0x5a, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 8192);
    fs.writeFileSync(damaged, bytes);
    const foreign = path.join(dir, "foreign.db");
    const other = new Database(foreign);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
    other.close();

    const before = fingerprint();
    await expect(restoreDatabase(path.join(dir, "nowhere.db"), live)).rejects.toThrow(/There is no file/);
    await expect(restoreDatabase(text, live)).rejects.toThrow(/not a readable SQLite database/);
    await expect(restoreDatabase(damaged, live)).rejects.toThrow(/integrity check|not a readable SQLite database/);
    await expect(restoreDatabase(foreign, live)).rejects.toThrow(/not a Puentes database/);
    expect(fingerprint()).toEqual(before);
  });

  test("refuses a copy made by a newer version of Puentes", async () => {
    const newer = path.join(dir, "newer.db");
    await backupDatabase(live, newer);
    const db = new Database(newer);
    db.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', ?)").run(Date.now() + 1e10);
    db.close();
    const before = fingerprint();
    await expect(restoreDatabase(newer, live)).rejects.toThrow(/newer version of Puentes/);
    expect(fingerprint()).toEqual(before);
  });

  test("`npm run restore` names what is wrong and exits with an error", () => {
    const missing = runScript("restore.ts");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("name one backup file");
    const bad = runScript("restore.ts", path.join(dir, "nowhere.db"));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("There is no file");
  });
});

describe("migration status", () => {
  test("current when every shipped migration is applied; not when one is missing or unknown", () => {
    const db = openDatabase(live);
    try {
      const status = migrationStatus(db);
      expect(status).toMatchObject({ unknown: 0, current: true });
      expect(status.applied).toBe(status.expected);
      db.$client.exec("BEGIN");
      db.$client.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('x', 1)").run();
      expect(migrationStatus(db)).toMatchObject({ unknown: 1, current: false });
      db.$client.exec(
        "DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations WHERE hash <> 'x')",
      );
      expect(migrationStatus(db)).toMatchObject({ applied: status.applied, current: false });
      db.$client.exec("ROLLBACK");
      expect(migrationStatus(db).current).toBe(true);
    } finally {
      db.$client.close();
    }
  });
});
