/**
 * The HTTP benchmark (`npm run bench`): Puentes built for production and served
 * as `npm start` serves it (the page cache in front of Next.js) over a copy of the synthetic dataset, loaded with autocannon at
 * 10 and 50 connections (requests per second, p50 and p99 latency) on the home
 * page, an organization, a meeting, a search and an API list. In the same run:
 * the same pages' bytes served from memory by plain node:http (the physical
 * limit) and a page Next.js prerenders fully static (the framework's ceiling),
 * so every figure is a ratio to something measured beside it. Also: the build
 * time, the time from start to the first page, server memory at rest and under
 * load, the time from an edit to the change showing, and the JavaScript each
 * page sends (gzip) beside the empty page's.
 *
 * The load generator shares the machine's two cores with the server: absolute
 * figures are low and noisy; the ratios are what to read.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import zlib from "node:zlib";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { readSnapshot } from "@/db/aggregates";
import { openDatabase } from "@/db/connection";
import { updateRecord } from "@/db/mutations/records";
import { organizations, users } from "@/db/schema";
import { eq } from "drizzle-orm";
import { FILL_HEADER } from "@/lib/page-cache/keys";
import { writeBaselineApp } from "./audit-baseline";
import { freePort, nextBin, runNext, spawnServe, waitForPage } from "./serving";

const root = path.resolve(import.meta.dirname, "..");
const WORK = path.join(root, "test-results", "bench");

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers that were not 2xx, and connection errors: a run with any is not a fair figure. */
  failures: number;
}

export interface PageFigures {
  page: string;
  path: string;
  /** By connections (10, 50). */
  next: Record<string, LoadFigures>;
  staticLimit: Record<string, LoadFigures>;
  /** Rendered by Next.js on every request (the page cache passed by), at the lower concurrency: a page no one asked for since the last change. */
  rendered: LoadFigures;
  /** At the higher concurrency with Accept-Encoding: gzip, as browsers ask: Puentes, the static limit (gzipped once). */
  gzip: { next: LoadFigures; staticLimit: LoadFigures };
  /** Next's throughput over the static server's, and over Next's own prerendered page. */
  ratioToStaticLimit: Record<string, number>;
  ratioToNextStatic: Record<string, number>;
  javascriptKbGzip: number;
}

export interface HttpBenchResult {
  buildSeconds: number;
  startToFirstPageMs: number;
  rssMb: { atRest: number; underLoad: number };
  editVisibleMs: number;
  emptyPageJavascriptKbGzip: number;
  nextStaticPage: Record<string, LoadFigures>;
  /** Next.js's prerendered page with Accept-Encoding: gzip (it compresses every answer), at the higher concurrency. */
  nextStaticPageGzip: LoadFigures;
  pages: PageFigures[];
}

export interface HttpBenchOptions {
  /** The synthetic database; copied, never written. */
  database: string;
  /** Seconds of load per page and number of connections. */
  duration?: number;
  connections?: number[];
  log?: (line: string) => void;
}

/** What browsers send. */
const GZIP = { "accept-encoding": "gzip, deflate, br" };

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

async function load(url: string, connections: number, duration: number, headers: Record<string, string> = {}): Promise<LoadFigures> {
  const result = await autocannon({ url, connections, duration, pipelining: 1, headers });
  return {
    requestsPerSecond: round(result.requests.average, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** Resident memory of a process and its children, from /proc (Linux). */
function rssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Gone since the listing.
    }
  }
  let kb = 0;
  for (const queue = [pid]; queue.length;) {
    const next = queue.pop()!;
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${next}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // Gone.
    }
    queue.push(...(children.get(next) ?? []));
  }
  return round(kb / 1024, 0);
}

/** The gzip size of the scripts a page loads from its own origin. */
async function javascriptKbGzip(origin: string, html: string): Promise<number> {
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)].map((m) => m[1]!))];
  let bytes = 0;
  for (const source of sources) bytes += zlib.gzipSync(Buffer.from(await (await fetch(origin + source)).arrayBuffer())).length;
  return round(bytes / 1024);
}

/**
 * Waits until the server has worked off what a run left queued (it answers its
 * health check quickly again), so the next run does not share the CPU with it.
 */
async function settle(origin: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const started = performance.now();
    await (await fetch(`${origin}/api/health`)).arrayBuffer();
    if (performance.now() - started < 20) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

function stopAll(children: ChildProcess[]) {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
}

export async function benchHttp({
  database,
  duration = 5,
  connections = [10, 50],
  log = () => {},
}: HttpBenchOptions): Promise<HttpBenchResult> {
  fs.mkdirSync(WORK, { recursive: true });
  log("building for production…");
  const buildStarted = performance.now();
  await runNext(["build"], root);
  const buildSeconds = round((performance.now() - buildStarted) / 1000);

  const emptyDir = writeBaselineApp(path.join(WORK, "empty-static-app"), "static");
  if (!fs.existsSync(path.join(emptyDir, ".next", "BUILD_ID"))) {
    log("building the empty prerendered Next.js page…");
    await runNext(["build", emptyDir], root);
  }

  // A copy: the edit measured below must not change the synthetic file other benchmarks read.
  const copy = path.join(WORK, "http.db");
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(copy + suffix, { force: true });
  const source = new Database(database, { readonly: true });
  await source.backup(copy);
  source.close();

  const children: ChildProcess[] = [];
  process.once("exit", () => stopAll(children));
  try {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const started = performance.now();
    const server = spawnServe({ port, database: copy, seed: "none", stdio: "ignore", env: { PUENTES_LOG: "silent" } });
    children.push(server);
    await waitForPage(`${origin}/en`, 120_000, 20);
    const startToFirstPageMs = round(performance.now() - started, 0);

    const db = openDatabase(copy);
    const pick = (table: string) => db.$client.prepare(`SELECT slug FROM ${table} ORDER BY id LIMIT 1 OFFSET 500`).pluck().get() as string;
    const organizationSlug = pick("organizations");
    const pages = [
      { page: "home", path: "/en" },
      { page: "organization", path: `/en/organizations/${organizationSlug}` },
      { page: "meeting", path: `/en/meetings/${pick("meetings")}` },
      { page: "search", path: "/en/search?q=university" },
      { page: "API list", path: "/api/v1/organizations?country=MX&page=3" },
    ];

    // Each page's bytes, for the static server and the script sizes; then a warm-up.
    const captured: Record<string, { type: string; body: string }> = {};
    for (const p of pages) {
      const response = await fetch(origin + p.path);
      if (!response.ok) throw new Error(`${p.path} answered ${response.status}`);
      captured[p.path] = { type: response.headers.get("content-type") ?? "text/html", body: await response.text() };
      for (let i = 0; i < 20; i++) await (await fetch(origin + p.path)).arrayBuffer();
    }
    const pagesFile = path.join(WORK, "pages.json");
    fs.writeFileSync(pagesFile, JSON.stringify(captured));
    await new Promise((r) => setTimeout(r, 1000));
    const atRest = rssMb(server.pid!);

    const staticPort = await freePort();
    children.push(
      spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/static-limit-server.ts"), String(staticPort), pagesFile], {
        cwd: root,
        stdio: "ignore",
      }),
    );
    const nextStaticPort = await freePort();
    children.push(spawn(process.execPath, [nextBin, "start", emptyDir, "--port", String(nextStaticPort)], { cwd: root, stdio: "ignore" }));
    await waitForPage(`http://127.0.0.1:${staticPort}/en`, 60_000, 50);
    await waitForPage(`http://127.0.0.1:${nextStaticPort}/`, 60_000, 50);

    // The limits first, while Puentes' server is idle: a run against it leaves work queued for seconds.
    const staticLimit = new Map<string, Record<string, LoadFigures>>();
    for (const p of pages) {
      staticLimit.set(p.path, {});
      for (const c of connections) {
        log(`${p.page} from node:http, ${c} connections…`);
        staticLimit.get(p.path)![c] = await load(`http://127.0.0.1:${staticPort}${p.path}`, c, duration);
      }
    }
    const top = connections.at(-1)!;
    const staticGzip = new Map<string, LoadFigures>();
    for (const p of pages) {
      log(`${p.page} from node:http, gzip, ${top} connections…`);
      staticGzip.set(p.path, await load(`http://127.0.0.1:${staticPort}${p.path}`, top, duration, GZIP));
    }
    const nextStaticPage: Record<string, LoadFigures> = {};
    for (const c of connections) {
      log(`Next.js prerendered page, ${c} connections…`);
      nextStaticPage[c] = await load(`http://127.0.0.1:${nextStaticPort}/`, c, duration);
    }
    log(`Next.js prerendered page, gzip, ${top} connections…`);
    const nextStaticPageGzip = await load(`http://127.0.0.1:${nextStaticPort}/`, top, duration, GZIP);
    let underLoad = atRest;
    const sampler = setInterval(() => (underLoad = Math.max(underLoad, rssMb(server.pid!))), 250);
    const results: PageFigures[] = [];
    for (const p of pages) {
      const figures: PageFigures = {
        ...p,
        next: {},
        staticLimit: staticLimit.get(p.path)!,
        ratioToStaticLimit: {},
        ratioToNextStatic: {},
        rendered: { requestsPerSecond: 0, p50Ms: 0, p99Ms: 0, failures: 0 },
        gzip: { next: { requestsPerSecond: 0, p50Ms: 0, p99Ms: 0, failures: 0 }, staticLimit: staticGzip.get(p.path)! },
        javascriptKbGzip: p.path.startsWith("/api/") ? 0 : await javascriptKbGzip(origin, captured[p.path]!.body),
      };
      for (const c of connections) {
        log(`${p.page}, ${c} connections…`);
        figures.next[c] = await load(origin + p.path, c, duration);
        await settle(origin);
        figures.ratioToStaticLimit[c] = round(
          figures.next[c].requestsPerSecond / Math.max(1, figures.staticLimit[c]!.requestsPerSecond),
          3,
        );
        figures.ratioToNextStatic[c] = round(figures.next[c].requestsPerSecond / Math.max(1, nextStaticPage[c]!.requestsPerSecond), 2);
      }
      log(`${p.page}, gzip, ${top} connections…`);
      figures.gzip.next = await load(origin + p.path, top, duration, GZIP);
      await settle(origin);
      log(`${p.page} rendered on every request, ${connections[0]} connections…`);
      figures.rendered = await load(origin + p.path, connections[0]!, duration, { [FILL_HEADER]: "bench" });
      await settle(origin);
      results.push(figures);
    }
    clearInterval(sampler);

    // An edit as an editor makes it (the mutation layer, another connection to the file), then the page polled until it shows.
    const [admin] = db
      .insert(users)
      .values({ email: `bench-${Date.now()}@example.org`, role: "admin" })
      .returning()
      .all();
    const org = db.select().from(organizations).where(eq(organizations.slug, organizationSlug)).get()!;
    const token = `Bench${Date.now()}`;
    const editStarted = performance.now();
    const snapshot = readSnapshot(db, "organization", org.id)!;
    updateRecord(db, { id: admin!.id, email: admin!.email, role: "admin" }, "organization", org.id, org.version, {
      ...snapshot,
      slug: null,
      fields: { ...snapshot.fields, nameEn: `${org.nameEn} ${token}` },
    });
    let editVisibleMs = Number.NaN;
    for (let i = 0; i < 500; i++) {
      const html = await (await fetch(`${origin}/en/organizations/${organizationSlug}`)).text();
      if (html.includes(token)) {
        editVisibleMs = round(performance.now() - editStarted, 0);
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    db.$client.close();

    const emptyHtml = await (await fetch(`http://127.0.0.1:${nextStaticPort}/`)).text();
    return {
      buildSeconds,
      startToFirstPageMs,
      rssMb: { atRest, underLoad },
      editVisibleMs,
      emptyPageJavascriptKbGzip: await javascriptKbGzip(`http://127.0.0.1:${nextStaticPort}`, emptyHtml),
      nextStaticPage,
      nextStaticPageGzip,
      pages: results,
    };
  } finally {
    stopAll(children);
  }
}
