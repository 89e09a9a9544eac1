/**
 * The search benchmark: Puentes' FTS5 search against MiniSearch, an in-memory
 * search library, indexing the same documents in the same run, queries taking
 * turns, so the machine's noise touches both alike. MiniSearch runs in a worker
 * thread with its own heap (scripts/bench-minisearch-worker.ts), as it would in
 * its own server. Reports latency percentiles per
 * kind of query and their ratio; the target is p95 < 20 ms for the server's
 * whole answer (ranked page, counts per kind and facets).
 *
 * Run through `npm run bench` (scripts/bench.ts), which prepares the synthetic database.
 */
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { getDb } from "@/db/client";
import { searchRecords, searchRecordsUncached, suggestRecordsUncached, type SearchFilters } from "@/db/queries/search";
import { rebuildSearchIndex } from "@/db/search/indexer";
import { tokenize } from "@/lib/search/normalize";
import type { SearchKind } from "@/lib/vocabulary";
import type { IndexedDocument, WorkerReply, WorkerRequest } from "./bench-minisearch-worker";

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
type LabelledDocument = Pick<IndexedDocument, "kind" | "label" | "acronym">;

function buildQueries(documents: LabelledDocument[], perCategory: number, seed: number): Query[] {
  const next = random(seed);
  const pick = () => documents[Math.floor(next() * documents.length)]!;
  const wordsOf = (d: LabelledDocument) => tokenize(d.label).filter((w) => /^[a-z]+$/.test(w));
  /** A word of the document's label of at least `minLength` letters, at random. */
  const wordOf = (d: LabelledDocument, minLength: number) => {
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

/** MiniSearch in its worker: one request at a time, answered with the time it took there. */
function startMiniSearch(documents: IndexedDocument[]) {
  const entry = new URL("./bench-minisearch-worker.ts", import.meta.url).href;
  // A worker does not inherit the parent's tsx loader: it registers its own before importing the TypeScript.
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: documents });
  const ask = (request: WorkerRequest) =>
    new Promise<WorkerReply>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.postMessage(request);
    }).finally(() => worker.removeAllListeners("error"));
  return {
    async build() {
      const reply = await ask({ type: "build" });
      if (reply.type !== "built") throw new Error("MiniSearch worker: unexpected reply");
      return reply;
    },
    async answer(text: string, kind?: string) {
      const reply = await ask({ type: "ask", text, kind });
      if (reply.type !== "answered") throw new Error("MiniSearch worker: unexpected reply");
      return reply;
    },
    stop: () => worker.terminate(),
  };
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

export async function benchSearch({
  perCategory = 40,
  rounds = 3,
  seed = 7,
  rebuild = true,
  log,
}: SearchBenchOptions = {}): Promise<SearchBenchResult> {
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
  const mini = startMiniSearch(documents);
  // The worker has its own copy; this side keeps only what questions are drawn from.
  const labels = documents.map(({ kind, label, acronym }) => ({ kind, label, acronym }));
  documents.length = 0;
  try {
    return await compare(mini, labels, { perCategory, rounds, seed, log, ftsBuild });
  } finally {
    await mini.stop();
  }
}

async function compare(
  mini: ReturnType<typeof startMiniSearch>,
  documents: LabelledDocument[],
  {
    perCategory,
    rounds,
    seed,
    log,
    ftsBuild,
  }: { perCategory: number; rounds: number; seed: number; log?: (line: string) => void; ftsBuild: number },
): Promise<SearchBenchResult> {
  const built = await mini.build();
  const queries = buildQueries(documents, perCategory, seed);
  log?.(`warming up with ${queries.length} queries…`);
  // One unmeasured pass warms SQLite's page cache and V8's compiled code for both.
  let zeroFts = 0;
  let zeroMini = 0;
  for (const q of queries) {
    if (searchRecordsUncached(q.text, filtersOf(q)).total === 0) zeroFts++;
    suggestRecordsUncached(q.text);
    if ((await mini.answer(q.text, q.kind)).total === 0) zeroMini++;
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
        s.mini.push((await mini.answer(q.text, q.kind)).ms);
      } else {
        s.mini.push((await mini.answer(q.text, q.kind)).ms);
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
    indexBuildMs: { fts5: Math.round(ftsBuild), minisearch: Math.round(built.ms) },
    minisearchHeapMb: built.heapMb,
    latencyMs,
    repeatedSearchMs: repeated,
    zeroResultQueries: { fts5: zeroFts, minisearch: zeroMini },
  };
}
