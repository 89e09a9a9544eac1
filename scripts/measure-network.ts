/**
 * How long the network page's graph takes to build (queries + server layout) and
 * how big it is, on any database (usually the synthetic one):
 *
 *   npm run db:synthetic -- --out /tmp/syn-graph.db
 *   DATABASE_PATH=/tmp/syn-graph.db npx tsx --conditions react-server scripts/measure-network.ts
 *
 * With --browser URL (a running `next start` on the same database), it also opens
 * the page in Chromium and measures frame times while zooming and panning the graph.
 * (--conditions react-server: the query modules import "server-only".)
 */
import { parseArgs } from "node:util";
import { buildNetwork, getNetwork, NETWORK_NODE_CAP, type NetworkFilters } from "@/db/queries/network";
import { layoutNetwork } from "@/lib/network/layout";

const { values: args } = parseArgs({
  options: {
    browser: { type: "string" },
    runs: { type: "string", default: "3" },
  },
});

const cases: { name: string; filters: NetworkFilters }[] = [
  { name: "whole network", filters: {} },
  { name: "country=MX", filters: { country: "MX" } },
  { name: "year=2015", filters: { year: 2015 } },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

for (const { name, filters } of cases) {
  const times: number[] = [];
  let graph = buildNetwork(filters);
  for (let i = 0; i < Number(args.runs); i++) {
    const t0 = performance.now();
    graph = buildNetwork(filters);
    times.push(performance.now() - t0);
  }
  if (!graph) throw new Error(`no graph for ${name}`);
  // The layout alone, on the same nodes and links: the rest of the build is SQL and ranking.
  const t2 = performance.now();
  layoutNetwork(
    graph.nodes.length,
    graph.edges.map((e) => [e.source, e.target] as const),
    graph.focusIndex,
  );
  const layoutMs = performance.now() - t2;
  getNetwork(filters);
  const t1 = performance.now();
  const again = getNetwork(filters);
  const cachedMs = performance.now() - t1;
  const json = JSON.stringify(graph);
  console.log(
    `${name}: ${graph.nodes.length} nodes of ${graph.totalNodes}, ${graph.edges.length} links of ${graph.totalEdges}` +
      ` (cap ${NETWORK_NODE_CAP}${graph.capped ? ", capped" : ""}); build median ${median(times).toFixed(0)} ms` +
      ` (runs: ${times.map((t) => t.toFixed(0)).join(", ")}; layout alone ${layoutMs.toFixed(0)} ms); cached ${cachedMs.toFixed(2)} ms (hit: ${again.cached});` +
      ` JSON ${(json.length / 1024).toFixed(0)} KiB`,
  );
}

if (args.browser) await measureBrowser(args.browser);

/** Frame times while the graph zooms and pans under the mouse wheel and a drag, as a reader would move it. */
async function measureBrowser(url: string) {
  const { chromium } = await import("@playwright/test");
  const { chromiumArgs, resolveChromiumPath } = await import("../e2e/support/chromium");
  const browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const t0 = Date.now();
    const response = await page.goto(url);
    const html = await response?.text();
    const loaded = Date.now() - t0;
    const graph = page.getByRole("application", { name: /network/i });
    await graph.locator("canvas").first().waitFor();
    await page.waitForFunction(() => document.querySelector("[data-graph-ready]") !== null);
    console.log(
      `browser: page ${((html?.length ?? 0) / 1024).toFixed(0)} KiB of HTML; loaded in ${loaded} ms, graph drawn ${Date.now() - t0} ms after navigation`,
    );
    await page.waitForFunction(`performance.getEntriesByName("network:drawn").length > 0`);
    const marks = (await page.evaluate(
      `Object.fromEntries(["network:start", "network:loaded", "network:created", "network:drawn"].map((n) => [n, Math.round(performance.getEntriesByName(n)[0].startTime)]))`,
    )) as Record<string, number>;
    console.log(
      `browser: since navigation start, effect ran at ${marks["network:start"]} ms; Cytoscape loaded +${marks["network:loaded"]! - marks["network:start"]!} ms;` +
        ` graph built +${marks["network:created"]! - marks["network:loaded"]!} ms; first frame +${marks["network:drawn"]! - marks["network:created"]!} ms`,
    );
    const box = (await graph.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    // A string, not a function: tsx would add helpers (__name) the page does not have.
    await page.evaluate(`(() => {
      window.frameTimes = [];
      window.measuring = true;
      let last = performance.now();
      const loop = (now) => {
        window.frameTimes.push(now - last);
        last = now;
        if (window.measuring) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    })()`);
    for (let i = 0; i < 15; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(30);
    }
    await page.mouse.down();
    for (let i = 0; i < 30; i++) await page.mouse.move(cx + i * 8, cy + i * 4);
    await page.mouse.up();
    for (let i = 0; i < 15; i++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(30);
    }
    const frames = (await page.evaluate(`(() => { window.measuring = false; return window.frameTimes.slice(1); })()`)) as number[];
    const sorted = [...frames].sort((a, b) => a - b);
    const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
    const fps = (1000 * frames.length) / frames.reduce((a, b) => a + b, 0);
    console.log(
      `browser: ${frames.length} frames while zooming and panning; median ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms,` +
        ` max ${sorted.at(-1)!.toFixed(1)} ms; ${fps.toFixed(0)} frames/s; over 50 ms: ${frames.filter((f) => f > 50).length}`,
    );
  } finally {
    await browser.close();
  }
}
