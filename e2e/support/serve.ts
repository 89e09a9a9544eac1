/**
 * Playwright's web server: the production build (made beforehand by `npm test` or
 * `npm run build`) served as `npm run serve` does on a fresh database file, so the database
 * is created, migrated and seeded by the server's own start-up, exactly as for a user.
 * `npm run audit` starts its server the same way.
 */
import type { ChildProcess, StdioOptions } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { spawnServe } from "../../scripts/serving";
import { removeDatabase } from "./server-process";

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
  removeDatabase(database);
  return spawnServe({ port, database, stdio });
}

// Without a build, scripts/serve.ts says so and exits.
if (import.meta.filename === path.resolve(process.argv[1] ?? "")) {
  const child = startFreshServer({ port: process.env.E2E_PORT ?? "3100", database: path.join(root, E2E_DATABASE) });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0)));
}
