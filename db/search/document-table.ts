/**
 * What searches need of every search document besides its words, held in memory
 * as compact columns: its facet keys ("kind=meeting", "country=MX"…), its weight
 * and its label's place in alphabetical order (~10 MB for 130,000 documents,
 * read in ~1 s on the first search). Filtering and
 * counting the facets of a broad search is then a loop over the matching ids
 * instead of SQL: "university" over the synthetic dataset matches 22,000
 * documents, whose facets took ~25 ms to read from SQLite and take ~2 ms here,
 * and a kind filter that SQLite built as a 100,000-id set (~50 ms) costs nothing.
 *
 * Saves in this process name the documents they touched (the indexer calls
 * `searchDocumentsChanged`); those are re-read on the next search and laid over
 * the table, so an edit costs a few rows, not a reload. Writes by another
 * connection (a rebuild by `npm run search:rebuild`, a test's own connection)
 * show in SQLite's `PRAGMA data_version` and reload the whole table. Searches
 * never run inside a save's transaction, so what they read has been committed.
 */
import { sql } from "drizzle-orm";
import type { DbExecutor } from "@/db/connection";
import { dataVersion } from "@/db/data-stamp";

/** A saved document's columns, read since the table was loaded. */
interface SavedRow {
  codes: Uint16Array;
  weight: number;
  labelRank: number;
}

export interface DocumentTable {
  /** Facet key names by code, and back. */
  readonly keys: readonly string[];
  codeOf(key: string): number | undefined;
  /**
   * Calls `visit` with each existing document's facet key codes, `codes[from]`
   * to `codes[to - 1]`: no array is made per document, which on 20,000 matches
   * is most of the cost. Without `ids`, every document.
   */
  /** At least as many as there are documents: what a list of every document's id needs room for. */
  readonly sizeBound: number;
  forEachDocument(ids: ArrayLike<number> | null, visit: (id: number, codes: Uint16Array, from: number, to: number) => void): void;
  weightOf(id: number): number;
  /** The document's place in the order of English labels (case aside): equally weighted documents go by it. */
  labelRankOf(id: number): number;
}

interface Columns {
  /** `PRAGMA data_version` of the connection when the table was read. */
  dataVersion: number;
  /** Documents saved since, with their columns (null: removed). */
  overlay: Map<number, SavedRow | null>;
  keys: string[];
  codeOf: Map<string, number>;
  /** Document id → its codes in `codes[start[id]] … codes[start[id + 1] - 1]`; an empty range for no document. */
  start: Int32Array;
  codes: Uint16Array;
  weight: Int32Array;
  labelRank: Float64Array;
  /** Every label in lower case, sorted: a saved document's rank is found among them. */
  sortedLabels: string[];
}

const tables = new WeakMap<object, Columns>();
/** Documents written or removed by this process since the tables last looked. */
let pending = new Set<number>();
/** Past this many saved documents, reloading the table beats looking each one up. */
const OVERLAY_LIMIT = 5_000;

let rebuilt = false;

/** Called by the indexer after rebuilding the whole index: every table reloads. */
export function searchDocumentsRebuilt(): void {
  rebuilt = true;
}

/** Called by the indexer with the ids of the documents it writes or removes. */
export function searchDocumentsChanged(ids: Iterable<number>): void {
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

type Row = [id: number, facetKeys: string, weight: number, label: string];

function readRows(db: DbExecutor, ids?: number[]): Row[] {
  const columns = sql`SELECT id, facet_keys, weight, lower(label_en) FROM search_documents`;
  return ids ? db.values<Row>(sql`${columns} WHERE id IN (${sql.join(ids, sql`, `)})`) : db.values<Row>(sql`${columns} ORDER BY id`);
}

function loadColumns(db: DbExecutor, dataVersion: number): Columns {
  const rows = readRows(db);
  const maxId = rows.at(-1)?.[0] ?? 0;
  const codeOf = new Map<string, number>();
  const keys: string[] = [];
  const start = new Int32Array(maxId + 2);
  const weight = new Int32Array(maxId + 1);
  const codes: number[] = [];
  let next = 0;
  for (const [id, facetKeys, w] of rows) {
    // Ids missing between documents get empty ranges.
    while (next <= id) start[next++] = codes.length;
    for (const code of encode(facetKeys, codeOf, keys)) codes.push(code);
    weight[id] = w;
  }
  while (next <= maxId + 1) start[next++] = codes.length;
  // More distinct keys than a Uint16 holds would mean a facet gone wrong (years and states are few).
  if (keys.length > 0xffff) throw new Error(`too many distinct facet keys (${keys.length})`);
  const byLabel = rows.map(([id, , , label]) => ({ id, label })).sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const labelRank = new Float64Array(maxId + 1);
  byLabel.forEach(({ id }, rank) => (labelRank[id] = rank));
  const sortedLabels = byLabel.map((r) => r.label);
  return { dataVersion, overlay: new Map(), codeOf, keys, start, codes: Uint16Array.from(codes), weight, labelRank, sortedLabels };
}

/** Where a label saved since the load falls among the loaded ones: just before the first that sorts after it. */
function rankAmong(sortedLabels: readonly string[], label: string): number {
  let lo = 0;
  let hi = sortedLabels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedLabels[mid]! <= label) lo = mid + 1;
    else hi = mid;
  }
  return lo - 0.5;
}

function currentColumns(db: DbExecutor): Columns {
  const version = dataVersion(db);
  let columns = tables.get(db);
  if (!columns || rebuilt || columns.dataVersion !== version || columns.overlay.size + pending.size > OVERLAY_LIMIT) {
    pending = new Set();
    rebuilt = false;
    columns = loadColumns(db, version);
    tables.set(db, columns);
  } else if (pending.size > 0) {
    const ids = [...pending];
    pending = new Set();
    for (const id of ids) columns.overlay.set(id, null);
    for (let i = 0; i < ids.length; i += 500) {
      for (const [id, facetKeys, weight, label] of readRows(db, ids.slice(i, i + 500))) {
        const codes = Uint16Array.from(encode(facetKeys, columns.codeOf, columns.keys));
        columns.overlay.set(id, { codes, weight, labelRank: rankAmong(columns.sortedLabels, label) });
      }
    }
  }
  return columns;
}

/** The search documents' columns as of now. */
export function documentTable(db: DbExecutor): DocumentTable {
  const { keys, codeOf, start, codes, weight, labelRank, overlay } = currentColumns(db);
  const last = start.length - 2;
  return {
    keys,
    sizeBound: last + 1 + overlay.size,
    codeOf: (key) => codeOf.get(key),
    forEachDocument(ids, visit) {
      const edited = overlay.size > 0;
      const one = (id: number) => {
        if (edited && overlay.has(id)) {
          const row = overlay.get(id);
          if (row) visit(id, row.codes, 0, row.codes.length);
        } else if (id >= 0 && id <= last && start[id]! < start[id + 1]!) {
          visit(id, codes, start[id]!, start[id + 1]!);
        }
      };
      if (ids) {
        for (let i = 0; i < ids.length; i++) one(ids[i]!);
        return;
      }
      for (let id = 0; id <= last; id++) if (!edited || !overlay.has(id)) one(id);
      for (const id of overlay.keys()) one(id);
    },
    weightOf: (id) => {
      const row = overlay.size > 0 ? overlay.get(id) : undefined;
      return row ? row.weight : (weight[id] ?? 0);
    },
    labelRankOf: (id) => {
      const row = overlay.size > 0 ? overlay.get(id) : undefined;
      return row ? row.labelRank : (labelRank[id] ?? 0);
    },
  };
}
