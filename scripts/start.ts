/**
 * `npm start`: builds the app when the build is missing or older than the source,
 * then serves it on PORT (lib/server/front-server.ts: the page cache in front of
 * Next.js). The database is created, migrated and seeded by the server itself at
 * start-up (instrumentation.ts), never by the build.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { readEnv } from "../lib/env";
import { servePuentes } from "../lib/server/front-server";
import { whyBuild } from "./build-freshness";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

const env = readEnv();
process.chdir(root);

const buildReason = whyBuild(root);
if (buildReason) {
  console.log(`[puentes] building: ${buildReason}`);
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], { stdio: "inherit", shell: false });
    child.on("error", reject);
    child.on("exit", resolve);
  });
  if (code !== 0) process.exit(code ?? 1);
}

await servePuentes({ dir: root, port: env.PORT });
console.log(`[puentes] serving on http://localhost:${env.PORT}, database ${path.resolve(env.DATABASE_PATH)}`);
