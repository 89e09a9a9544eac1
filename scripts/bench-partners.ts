/**
 * `npx tsx --conditions react-server scripts/bench-partners.ts [--db PATH] [--runs N]`
 * times the partner finder on a database (by default the synthetic one,
 * `npm run db:synthetic` first): institution mode for institutions with the most
 * links, country-only mode, and with a state, over every topic, and prints p50/p95.
 * It only reads the file.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";

const { values } = parseArgs({
  options: { db: { type: "string" }, runs: { type: "string", default: "200" } },
});
const root = path.resolve(import.meta.dirname, "..");
const file = path.resolve(root, values.db ?? process.env.SYNTHETIC_DATABASE_PATH ?? "data/synthetic.db");
if (!fs.existsSync(file)) {
  console.error(`No database at ${file}. Make one with: npm run db:synthetic`);
  process.exit(1);
}
const runs = Number(values.runs);
// The app's connection reads DATABASE_PATH when first used; set it before loading the data layer.
process.env.DATABASE_PATH = file;
process.env.PUENTES_LOG ??= "silent";

const { findPartners, resolveInstitution } = await import("../db/queries/partners");

// Inputs picked with plain SQL on a read-only handle: the busiest institutions of each
// country (the worst case: many shared records), every topic, states with organizations.
const raw = new Database(file, { readonly: true });
const topics = raw.prepare("SELECT slug FROM topics WHERE archived_at IS NULL ORDER BY id").pluck().all() as string[];
const busiest = raw
  .prepare(
    `SELECT o.slug FROM organizations o JOIN (
       SELECT organization_id AS id, COUNT(*) AS n FROM meeting_organizations GROUP BY organization_id
       UNION ALL SELECT organization_id, COUNT(*) FROM program_organizations GROUP BY organization_id
     ) AS l ON l.id = o.id
     WHERE o.country IN ('US', 'MX') AND o.archived_at IS NULL
     GROUP BY o.id ORDER BY SUM(l.n) DESC, o.id LIMIT 20`,
  )
  .pluck()
  .all() as string[];
const states = raw
  .prepare("SELECT state FROM organizations WHERE state IS NOT NULL GROUP BY state ORDER BY COUNT(*) DESC LIMIT 10")
  .pluck()
  .all() as string[];
const names = raw.prepare("SELECT name_en FROM organizations WHERE archived_at IS NULL ORDER BY id LIMIT 50").pluck().all() as string[];
raw.close();

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Wall time per call, and CPU time (user + system) per call: the machine is shared,
 * and when other work competes for the cores the CPU time still says what one search costs.
 */
function bench(label: string, fn: (i: number) => unknown): void {
  fn(0); // warm the page cache and statement cache
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    fn(i);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const ms = (n: number) => n.toFixed(1).padStart(6);
  console.log(
    `${label.padEnd(40)} wall p50 ${ms(percentile(times, 50))} p95 ${ms(percentile(times, 95))} ms | cpu p50 ${ms(percentile(cpu, 50))} p95 ${ms(percentile(cpu, 95))} ms`,
  );
}

const pick = <T>(items: T[], i: number) => items[i % items.length]!;

console.log(`${file}: ${runs} runs each; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`);
bench("institution + topic", (i) => findPartners({ institution: pick(busiest, i), topic: pick(topics, i * 7) }));
bench("country only + topic", (i) => findPartners({ country: i % 2 ? "US" : "MX", topic: pick(topics, i) }));
bench("country only + topic, page 5", (i) => findPartners({ country: i % 2 ? "US" : "MX", topic: pick(topics, i), page: 5 }));
bench("institution + topic + partner state", (i) => {
  const state = pick(states, i);
  return findPartners({ country: state.startsWith("US") ? "MX" : "US", topic: pick(topics, i), state });
});
bench("resolve an institution typed by name", (i) => resolveInstitution(pick(names, i)));
const sample = findPartners({ country: "MX", topic: pick(topics, 0) });
console.log(`(sample: ${sample.total} partners for "${sample.topic.slug}" from Mexico)`);
