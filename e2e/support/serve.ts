/**
 * Playwright's web server: the production build (made beforehand by `npm test` or
 * `npm run build`) served as `npm run serve` does on a fresh database file, so the database
 * is created, migrated and seeded by the server's own start-up, exactly as for a user.
 * `npm run audit` starts its server the same way.
 */
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serveCommand } from "../../scripts/serving";

const E2E_DATABASE = "test-results/e2e.db";

const root = path.resolve(import.meta.dirname, "../..");

/** `npm run serve` on `port` over a new database file seeded with the forum's data (any old file there is removed). */
export function startFreshServer({
  port,
  database,
  stdio = "inherit",
}: {
  port: string;
  database: string;
  stdio?: StdioOptions;
}): ChildProcess {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(database + suffix, { force: true });
  const [command, args] = serveCommand;
  return spawn(command, args, {
    cwd: root,
    stdio,
    shell: false,
    env: { ...process.env, PORT: port, DATABASE_PATH: database, DATABASE_SEED: "forum" },
  });
}

if (import.meta.filename === path.resolve(process.argv[1] ?? "")) {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.error("[e2e] no production build in .next: run `npm run build` first (`npm test` does).");
    process.exit(1);
  }
  const child = startFreshServer({ port: process.env.E2E_PORT ?? "3100", database: path.join(root, E2E_DATABASE) });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0)));
}
