/**
 * `npx tsx scripts/bench-import.ts [--rows N] [--updates N]` times a spreadsheet
 * import on a fresh copy of the forum's database in a temporary folder: the
 * preview (read, validate, match, store the plan) and the write (every record,
 * its revision and its search entry, in one transaction). N rows in all: new
 * organizations with accents and quoted commas, and with --updates, that many
 * of the forum's organizations matched by name and given a website. Prints wall
 * and CPU time of each step; the machine's other work shows in the first only.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { rows: { type: "string", default: "10000" }, updates: { type: "string", default: "0" } } });
const rows = Number(values.rows);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "puentes-bench-import-"));
process.env.DATABASE_PATH = path.join(dir, "bench.db");
process.env.PUENTES_LOG ??= "silent";

const { prepareDatabase } = await import("../db/setup");
const { planImport, applyImport } = await import("../db/mutations/imports");
const { organizations, sources, users } = await import("../db/schema");

const { db } = prepareDatabase(process.env.DATABASE_PATH, "forum");
const [user] = db.insert(users).values({ email: "bench@example.org", role: "admin" }).returning().all();
const actor = { id: user!.id, email: user!.email, role: user!.role };
const sourceId = db.select({ id: sources.id }).from(sources).get()!.id;
const existing = db.select({ nameEn: organizations.nameEn }).from(organizations).limit(Number(values.updates)).all();

const lines = ["name_en,name_es,kind,country,state,city,website,description_en"];
for (let i = 0; i < rows - existing.length; i++)
  lines.push(
    `Synthetic Institute ${i},"Instituto Sintético ${i}, Campus León",university,MX,Guanajuato,León,https://si${i}.example.mx,"Una descripción ""con comillas"" del instituto ${i}"`,
  );
// An update: the same organization, now with a website.
for (const [i, o] of existing.entries()) lines.push(`"${o.nameEn.replaceAll('"', '""')}",,,,,,https://updated${i}.example.org,`);
const bytes = new TextEncoder().encode(lines.join("\r\n"));

function measure<T>(label: string, fn: () => T): T {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = fn();
  const used = process.cpuUsage(cpu);
  console.log(`${label}: ${Math.round(performance.now() - started)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU`);
  return result;
}

console.log(`${lines.length - 1} rows, ${(bytes.length / 1e6).toFixed(1)} MB`);
const { importId } = measure("preview", () => planImport(db, actor, { kind: "organization", fileName: "bench.csv", bytes, sourceId }));
const outcome = measure("write", () => applyImport(db, actor, importId));
console.log(`created ${outcome.created}, updated ${outcome.updated}, unchanged ${outcome.unchanged}`);
db.$client.close();
fs.rmSync(dir, { recursive: true, force: true });
