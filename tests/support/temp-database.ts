/**
 * Gives each test file its own real SQLite file (never a mock), so the app's
 * getDb() opens it. Files that need data call `prepareTestDatabase()`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "puentes-test-"));
process.env.DATABASE_PATH = path.join(dir, "puentes.db");

afterAll(() => {
  const g = globalThis as unknown as { puentesDb?: { $client: { close(): void } } };
  g.puentesDb?.$client.close();
  delete g.puentesDb;
  fs.rmSync(dir, { recursive: true, force: true });
});
