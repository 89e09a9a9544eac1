/**
 * Starting and reaching servers from the measuring scripts and the end-to-end
 * tests (`npm run audit`, `npm run bench`, e2e/support): the Next CLI, Puentes'
 * own server, a free port, a page that answers.
 */
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";

export const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

const root = path.resolve(import.meta.dirname, "..");

/**
 * `npm run serve` (scripts/serve.ts: the build in .next behind the page cache) on
 * `port` over `database`, which the server creates, migrates and seeds
 * (`seed`) itself at start-up, as for a user.
 */
export function spawnServe({
  port,
  database,
  seed = "forum",
  stdio = "inherit",
  env = {},
}: {
  port: number | string;
  database: string;
  seed?: "forum" | "none";
  stdio?: StdioOptions;
  env?: Record<string, string>;
}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts")], {
    cwd: root,
    stdio,
    env: { ...process.env, ...env, PORT: String(port), DATABASE_PATH: database, DATABASE_SEED: seed },
  });
}

/** Runs the Next CLI (`build`, …) in `cwd`, rejecting on a failed exit. */
export function runNext(args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next ${args.join(" ")} exited with ${code}`))));
  });
}

/** A port the system says is free now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls until the page answers 200 (the server migrates and seeds its database before it does). */
export async function waitForPage(url: string, timeoutMs = 120_000, everyMs = 500): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
