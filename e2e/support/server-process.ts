/**
 * A production server of our own (`npm run serve` on the build in .next) for the
 * journeys that stop, kill and restart it; the shared web server of the other
 * specs must never be touched by them.
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import { spawnServe } from "../../scripts/serving";

export interface ServerProcess {
  baseURL: string;
  child: ChildProcess;
  /** Everything the server printed, for asserting on its log. */
  output: () => string;
  /** Resolves with the exit code (or 128 + signal) once the process has ended. */
  exited: Promise<number>;
}

export function removeDatabase(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

/** Spawns `npm run serve`; the database is created, migrated and seeded by the server itself. */
export function spawnServer(port: number, database: string, env: Record<string, string> = {}): ServerProcess {
  const child = spawnServe({ port, database, stdio: ["ignore", "pipe", "pipe"], env });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? 128 + (signal === "SIGKILL" ? 9 : signal === "SIGTERM" ? 15 : 0))),
  );
  return { baseURL: `http://localhost:${port}`, child, output: () => output, exited };
}

/** Waits until /api/health answers 200 (database reachable and migrated). */
export async function waitUntilHealthy(server: ServerProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null = null;
  void server.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== null) throw new Error(`the server exited (${exitCode}) before it was healthy:\n${server.output()}`);
    try {
      const response = await fetch(`${server.baseURL}/api/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server was not healthy after ${timeoutMs} ms:\n${server.output()}`);
}
