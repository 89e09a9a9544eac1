/**
 * Serves the production build already in .next (`npm run serve`; the end-to-end
 * tests and the benchmarks start their servers this way): the page cache in
 * front of Next.js (lib/server/front-server.ts) on PORT. `npm start` builds
 * first when needed, then does the same.
 */
import fs from "node:fs";
import path from "node:path";
import { readEnv } from "../lib/env";
import { servePuentes } from "../lib/server/front-server";

const root = path.resolve(import.meta.dirname, "..");

if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("[puentes] no production build in .next: run `npm run build` first, or `npm start`, which builds when needed.");
  process.exit(1);
}
await servePuentes({ dir: root, port: readEnv().PORT });
