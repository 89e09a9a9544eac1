/**
 * `npm start`: builds the app when the build is missing or older than the source,
 * then serves it on PORT (lib/server/front-server.ts: the page cache in front of
 * Next.js). The database is created, migrated and seeded by the server itself at
 * start-up (instrumentation.ts), never by the build.
 */
import path from "node:path";
import { readEnv } from "../lib/env";
import { servePuentes } from "../lib/server/front-server";
import { whyBuild } from "./build-freshness";
import { runNext } from "./serving";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);

const buildReason = whyBuild(root);
if (buildReason) {
  console.log(`[puentes] building: ${buildReason}`);
  try {
    await runNext(["build"], root);
  } catch {
    // Next has printed why.
    process.exit(1);
  }
}

await servePuentes({ dir: root, port: readEnv().PORT });
