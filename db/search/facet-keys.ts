/**
 * The facet keys of every search document ("kind=meeting", "country=MX"…), held
 * in memory as a compact table (1–2 MB for 130,000 documents), so counting the
 * facets of a broad search is a loop over the matching ids instead of one
 * B-tree lookup per match: "university" over the synthetic dataset matches
 * 22,000 documents, whose facets took ~25 ms to read from SQLite and take ~2 ms here.
 *
 * Saves in this process name the documents they touched (the indexer calls
 * `facetKeysChanged`); those are re-read on the next count and laid over the
 * table, so an edit costs a few rows, not a reload. Writes by another connection
 * (a rebuild by `npm run search:rebuild`, a test's own connection) show in
 * SQLite's `PRAGMA data_version` and reload the whole table. Counts are never
 * taken inside a save's transaction, so what they read has been committed.
 */
import { sql } from "drizzle-orm";
import type { DbExecutor } from "@/db/connection";
import { dataVersion } from "@/db/data-stamp";

interface FacetKeyTable {
  /** `PRAGMA data_version` of the connection when the table was read. */
  dataVersion: number;
  /** Documents saved since, with their codes (null: removed). */
  overlay: Map<number, Uint16Array | null>;
  /** Key names by code, and back. */
  keys: string[];
  codeOf: Map<string, number>;
  /** Document id → its codes in `codes[start[id]] … codes[start[id + 1] - 1]`. */
  start: Int32Array;
  codes: Uint16Array;
}

const tables = new WeakMap<object, FacetKeyTable>();
/** Documents written or removed by this process since the tables last looked. */
let pending = new Set<number>();
/** Past this many saved documents, reloading the table beats looking each one up. */
const OVERLAY_LIMIT = 5_000;

let rebuilt = false;

/** Called by the indexer after rebuilding the whole index: every table reloads. */
export function facetKeysRebuilt(): void {
  rebuilt = true;
}

/** Called by the indexer with the ids of the documents it writes or removes. */
export function facetKeysChanged(ids: Iterable<number>): void {
  for (const id of ids) pending.add(id);
}

function encode(facetKeys: string, codeOf: Map<string, number>, keys: string[]): number[] {
  const out: number[] = [];
  for (const key of facetKeys.split("\t")) {
    if (!key) continue;
    let code = codeOf.get(key);
    if (code === undefined) {
      code = keys.length;
      codeOf.set(key, code);
      keys.push(key);
    }
    out.push(code);
  }
  return out;
}

function loadTable(db: DbExecutor, dataVersion: number): FacetKeyTable {
  const rows = db.values<[number, string]>(sql`SELECT id, facet_keys FROM search_documents ORDER BY id`);
  const maxId = rows.at(-1)?.[0] ?? 0;
  const codeOf = new Map<string, number>();
  const keys: string[] = [];
  const start = new Int32Array(maxId + 2);
  const codes: number[] = [];
  let next = 0;
  for (const [id, facetKeys] of rows) {
    // Ids missing between documents get empty ranges.
    while (next <= id) start[next++] = codes.length;
    for (const code of encode(facetKeys, codeOf, keys)) codes.push(code);
  }
  while (next <= maxId + 1) start[next++] = codes.length;
  // More distinct keys than a Uint16 holds would mean a facet gone wrong (years and states are few).
  if (keys.length > 0xffff) throw new Error(`too many distinct facet keys (${keys.length})`);
  return { dataVersion, overlay: new Map(), codeOf, keys, start, codes: Uint16Array.from(codes) };
}

function currentTable(db: DbExecutor): FacetKeyTable {
  const version = dataVersion(db);
  let table = tables.get(db);
  if (!table || rebuilt || table.dataVersion !== version || table.overlay.size + pending.size > OVERLAY_LIMIT) {
    pending = new Set();
    rebuilt = false;
    table = loadTable(db, version);
    tables.set(db, table);
  } else if (pending.size > 0) {
    const ids = [...pending];
    pending = new Set();
    for (const id of ids) table.overlay.set(id, null);
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const rows = db.values<[number, string]>(sql`SELECT id, facet_keys FROM search_documents WHERE id IN (${sql.join(part, sql`, `)})`);
      for (const [id, facetKeys] of rows) table.overlay.set(id, Uint16Array.from(encode(facetKeys, table.codeOf, table.keys)));
    }
  }
  return table;
}

/** How many of these documents have each facet key. */
export function tallyFacetKeysOf(db: DbExecutor, ids: Iterable<number>): Map<string, number> {
  const { keys, start, codes, overlay } = currentTable(db);
  const counts = new Uint32Array(keys.length);
  const last = start.length - 2;
  for (const id of ids) {
    if (overlay.size > 0 && overlay.has(id)) {
      for (const code of overlay.get(id) ?? []) counts[code]!++;
    } else if (id >= 0 && id <= last) {
      for (let i = start[id]!; i < start[id + 1]!; i++) counts[codes[i]!]!++;
    }
  }
  const tally = new Map<string, number>();
  counts.forEach((count, code) => {
    if (count > 0) tally.set(keys[code]!, count);
  });
  return tally;
}
