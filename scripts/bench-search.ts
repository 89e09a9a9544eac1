/**
 * The search benchmark: Puentes' FTS5 search against MiniSearch, an in-memory
 * search library, indexing the same documents in the same process and the same
 * run, so the machine's noise touches both alike. Reports latency percentiles per
 * kind of query and their ratio; the target is p95 < 20 ms for the server's
 * whole answer (ranked page, counts per kind and facets).
 *
 * Run through `npm run bench` (scripts/bench.ts), which prepares the synthetic database.
 */
import { performance } from "node:perf_hooks";
import MiniSearch from "minisearch";
import { getDb } from "@/db/client";
import { searchRecords, searchRecordsUncached, suggestRecordsUncached, type SearchFilters } from "@/db/queries/search";
import { rebuildSearchIndex } from "@/db/search/indexer";
import { matchTokens, textWords, tokenize } from "@/lib/search/normalize";
import type { SearchKind } from "@/lib/vocabulary";

export interface LatencyStats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

interface Query {
  category: "name" | "two-word prefix" | "single word" | "single word, one kind" | "acronym" | "typo";
  text: string;
  /** The kind filter a reader chose (the results page's "Organizations" tab). */
  kind?: SearchKind;
}

interface IndexedDocument {
  id: number;
  kind: string;
  label: string;
  acronym: string | null;
  names: string;
  keywords: string;
  body: string;
}

/** mulberry32: a small seeded generator, so every run asks the same questions. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function percentiles(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { n: sorted.length, p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted.at(-1) ?? 0) };
}

/** A word with one typing mistake: a swap, a dropped letter or a wrong one. */
function misspell(word: string, next: () => number): string {
  const i = 1 + Math.floor(next() * (word.length - 2));
  const kind = Math.floor(next() * 3);
  if (kind === 0) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  const letter = "aeiourstln"[Math.floor(next() * 10)]!;
  return word.slice(0, i) + (letter === word[i] ? "x" : letter) + word.slice(i + 1);
}

/** What researchers type, drawn from the indexed records themselves: names, prefixes while typing, single words, acronyms, typos. */
function buildQueries(documents: IndexedDocument[], perCategory: number, seed: number): Query[] {
  const next = random(seed);
  const pick = () => documents[Math.floor(next() * documents.length)]!;
  const wordsOf = (d: IndexedDocument) => tokenize(d.label).filter((w) => /^[a-z]+$/.test(w));
  /** A word of the document's label of at least `minLength` letters, at random. */
  const wordOf = (d: IndexedDocument, minLength: number) => {
    const words = wordsOf(d).filter((w) => w.length >= minLength);
    return words.length ? words[Math.floor(next() * words.length)]! : null;
  };
  const queries: Query[] = [];
  const add = (category: Query["category"], make: () => string | Omit<Query, "category"> | null) => {
    for (let n = 0, tries = 0; n < perCategory && tries < perCategory * 50; tries++) {
      const made = make();
      if (made) {
        queries.push({ category, ...(typeof made === "string" ? { text: made } : made) });
        n++;
      }
    }
  };
  add("name", () => pick().label);
  add("two-word prefix", () => {
    const words = wordsOf(pick());
    return words.length >= 2 && words[1]!.length >= 3 ? `${words[0]} ${words[1]!.slice(0, 3)}` : null;
  });
  add("single word", () => wordOf(pick(), 4));
  // A broad word narrowed to one kind: a filter once made SQLite run the match once per record of that kind.
  add("single word, one kind", () => {
    const doc = pick();
    const text = wordOf(doc, 4);
    return text ? { text, kind: doc.kind as SearchKind } : null;
  });
  add("acronym", () => pick().acronym);
  add("typo", () => {
    const word = wordOf(pick(), 6);
    return word ? misspell(word, next) : null;
  });
  return queries;
}

/**
 * MiniSearch set up to answer as Puentes does (lib/search/normalize.ts): the same
 * words, common words left out, every word required, the last one as a prefix;
 * then every word as a prefix; then fuzzy matching; then any word. Names weigh
 * most. The top 20 are kept with the count per kind.
 */
function miniSearchAnswer(index: MiniSearch<IndexedDocument>, text: string, kind?: string) {
  const words = matchTokens(tokenize(text));
  const query = words.join(" ");
  const base = { boost: { names: 30, keywords: 1, body: 0.5 }, combineWith: "AND" } as const;
  const last = (_term: string, i: number, terms: string[]) => i === terms.length - 1;
  let results = index.search(query, { ...base, prefix: last });
  if (results.length === 0 && words.length > 1) results = index.search(query, { ...base, prefix: true });
  if (results.length === 0) results = index.search(query, { ...base, prefix: true, fuzzy: 0.2 });
  if (results.length === 0) results = index.search(query, { ...base, prefix: true, combineWith: "OR" });
  const kinds: Record<string, number> = {};
  for (const r of results) kinds[r.kind as string] = (kinds[r.kind as string] ?? 0) + 1;
  // Counts per kind cover every kind, as the results page's tabs do; the hits only the chosen one.
  if (kind) results = results.filter((r) => r.kind === kind);
  return { total: results.length, kinds, hits: results.slice(0, 20) };
}

const filtersOf = (q: Query): SearchFilters => (q.kind ? { kind: q.kind } : {});

function time(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

export interface SearchBenchResult {
  documents: number;
  queries: number;
  rounds: number;
  indexBuildMs: { fts5: number; minisearch: number };
  minisearchHeapMb: number;
  /** Uncached: every answer computed from the index. */
  latencyMs: Record<string, { fts5Search: LatencyStats; fts5Suggest: LatencyStats; minisearch: LatencyStats; ratioP95: number }>;
  /** Each query asked a second time, answered from the server's answer cache. */
  repeatedSearchMs: LatencyStats;
  zeroResultQueries: { fts5: number; minisearch: number };
}

export interface SearchBenchOptions {
  /** Queries of each kind (names, prefixes, single words, single words filtered to one kind, acronyms, typos). */
  perCategory?: number;
  rounds?: number;
  seed?: number;
  /** Rebuild the FTS5 index first, timing it. */
  rebuild?: boolean;
  log?: (line: string) => void;
}

export function benchSearch({ perCategory = 40, rounds = 3, seed = 7, rebuild = true, log }: SearchBenchOptions = {}): SearchBenchResult {
  const db = getDb();
  let ftsBuild = 0;
  if (rebuild) {
    log?.("rebuilding the FTS5 index…");
    ftsBuild = time(() => rebuildSearchIndex(db));
  }

  const documents = db.$client
    .prepare(
      `SELECT t.rowid AS id, d.kind, d.label_en AS label, d.acronym, t.names, t.keywords, t.body
       FROM search_text t JOIN search_documents d ON d.id = t.rowid`,
    )
    .all() as IndexedDocument[];

  log?.("indexing the same documents with MiniSearch…");
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const index = new MiniSearch<IndexedDocument>({
    fields: ["names", "keywords", "body"],
    storeFields: ["kind"],
    // The same folding as the FTS5 index: case and accents aside, letters and digits make words.
    tokenize: textWords,
    processTerm: (term) => term,
  });
  const miniBuild = time(() => index.addAll(documents));
  global.gc?.();
  const heapMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6);

  const queries = buildQueries(documents, perCategory, seed);
  log?.(`warming up with ${queries.length} queries…`);
  // One unmeasured pass warms SQLite's page cache and V8's compiled code for both.
  let zeroFts = 0;
  let zeroMini = 0;
  for (const q of queries) {
    if (searchRecordsUncached(q.text, filtersOf(q)).total === 0) zeroFts++;
    suggestRecordsUncached(q.text);
    if (miniSearchAnswer(index, q.text, q.kind).total === 0) zeroMini++;
  }

  const samples = new Map<string, { search: number[]; suggest: number[]; mini: number[] }>();
  for (let round = 0; round < rounds; round++) {
    log?.(`round ${round + 1} of ${rounds}…`);
    for (const q of queries) {
      const s = samples.get(q.category) ?? { search: [], suggest: [], mini: [] };
      samples.set(q.category, s);
      // Alternate which goes first so neither always meets a cooler cache.
      if (round % 2 === 0) {
        s.search.push(time(() => searchRecordsUncached(q.text, filtersOf(q))));
        s.mini.push(time(() => miniSearchAnswer(index, q.text, q.kind)));
      } else {
        s.mini.push(time(() => miniSearchAnswer(index, q.text, q.kind)));
        s.search.push(time(() => searchRecordsUncached(q.text, filtersOf(q))));
      }
      s.suggest.push(time(() => suggestRecordsUncached(q.text)));
    }
  }

  // The same questions asked again, as readers do, answered from the answer cache.
  for (const q of queries) searchRecords(q.text, filtersOf(q));
  const repeated = percentiles(queries.map((q) => time(() => searchRecords(q.text, filtersOf(q)))));

  const latencyMs: SearchBenchResult["latencyMs"] = {};
  const all = { search: [] as number[], suggest: [] as number[], mini: [] as number[] };
  for (const [category, s] of [...samples, ["all queries", all] as const]) {
    if (category !== "all queries") {
      all.search.push(...s.search);
      all.suggest.push(...s.suggest);
      all.mini.push(...s.mini);
    }
  }
  for (const [category, s] of [...samples, ["all queries", all] as const]) {
    const fts5Search = percentiles(s.search);
    const minisearch = percentiles(s.mini);
    latencyMs[category] = {
      fts5Search,
      fts5Suggest: percentiles(s.suggest),
      minisearch,
      ratioP95: Math.round((fts5Search.p95 / Math.max(minisearch.p95, 0.001)) * 100) / 100,
    };
  }
  return {
    documents: documents.length,
    queries: queries.length,
    rounds,
    indexBuildMs: { fts5: Math.round(ftsBuild), minisearch: Math.round(miniBuild) },
    minisearchHeapMb: heapMb,
    latencyMs,
    repeatedSearchMs: repeated,
    zeroResultQueries: { fts5: zeroFts, minisearch: zeroMini },
  };
}
