/**
 * `npm start`: builds the app when the build is missing or older than the source,
 * then runs `next start` on PORT. The database is created, migrated and seeded by
 * the server itself at start-up (instrumentation.ts), never by the build.
 */
import { spawn } from "node:child_process";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { readEnv } from "../lib/env";
import { whyBuild } from "./build-freshness";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

const env = readEnv();
process.chdir(root);

const buildReason = whyBuild(root);
if (buildReason) {
  console.log(`[puentes] building: ${buildReason}`);
  const code = await run(["build"]);
  if (code !== 0) process.exit(code);
}

console.log(`[puentes] starting on http://localhost:${env.PORT}, database ${path.resolve(env.DATABASE_PATH)}`);
process.exit(await run(["start", "--port", String(env.PORT)]));

/**
 * Runs the Next CLI and resolves with its exit code. SIGINT and SIGTERM are passed
 * on so the server drains its requests and exits; Next's own handler ignores the
 * second SIGINT a terminal's Ctrl-C also delivers to it directly.
 */
function run(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { stdio: "inherit", shell: false });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0));
    });
  });
}
