/**
 * `npm start`: builds the app when the build is missing or older than the source,
 * then runs `next start` on PORT. The database is created, migrated and seeded by
 * the server itself at start-up (instrumentation.ts), never by the build.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { readEnv } from "../lib/env";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

/** What the build is made from. public/ is served as is and .env is read at run time, so neither needs a rebuild. */
const SOURCES = [
  "app",
  "components",
  "db",
  "lib",
  "next.config.ts",
  "instrumentation.ts",
  "proxy.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
];
/** Databases may sit beside the code (db/…) but are data, not source. */
const NOT_SOURCE = /\.(db|db-wal|db-shm|db-journal)$/;

const env = readEnv();
process.chdir(root);

const buildReason = whyBuild();
if (buildReason) {
  console.log(`[puentes] building: ${buildReason}`);
  const code = await run(["build"]);
  if (code !== 0) process.exit(code);
}

console.log(`[puentes] starting on http://localhost:${env.PORT}, database ${path.resolve(env.DATABASE_PATH)}`);
process.exit(await run(["start", "--port", String(env.PORT)]));

/** Why a build is needed, or null when .next is newer than every source file. */
function whyBuild(): string | null {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return "no build in .next yet";
  const builtAt = fs.statSync(buildId).mtimeMs;
  const newer = SOURCES.map((entry) => findNewerFile(path.join(root, entry), builtAt)).find(Boolean);
  return newer ? `${path.relative(root, newer)} changed since the last build` : null;
}

/** The first file under `entry` modified after `since`; stops at the first hit so the check stays cheap. */
function findNewerFile(entry: string, since: number): string | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return null;
  }
  if (stat.isFile()) return stat.mtimeMs > since && !NOT_SOURCE.test(entry) ? entry : null;
  if (!stat.isDirectory()) return null;
  for (const child of fs.readdirSync(entry)) {
    if (child === "node_modules" || child.startsWith(".")) continue;
    const hit = findNewerFile(path.join(entry, child), since);
    if (hit) return hit;
  }
  return null;
}

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
