/**
 * Whether the production build in .next is older than the code it is made from,
 * for the commands that build on demand (`npm start`, `npm run audit`).
 */
import fs from "node:fs";
import path from "node:path";

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

/** Why a build is needed, or null when .next is newer than every source file. */
export function whyBuild(root: string): string | null {
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
