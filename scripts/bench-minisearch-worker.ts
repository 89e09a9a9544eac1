/**
 * MiniSearch for the search benchmark (scripts/bench-search.ts), in a worker
 * thread of the same process: each engine has its own heap, as it would in its
 * own server. In one heap, MiniSearch's ~270 MB index made every garbage
 * collection of the FTS5 side slower and put its pauses in FTS5's percentiles.
 *
 * Messages: "build" indexes the documents given as workerData; "ask" answers a
 * query. Each reply carries the time taken inside the worker, so the message's
 * trip is not counted.
 */
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import MiniSearch from "minisearch";
import { matchTokens, textWords, tokenize } from "@/lib/search/normalize";

export interface IndexedDocument {
  id: number;
  kind: string;
  label: string;
  acronym: string | null;
  names: string;
  keywords: string;
  body: string;
}

export type WorkerRequest = { type: "build" } | { type: "ask"; text: string; kind?: string };
export type WorkerReply = { type: "built"; ms: number; heapMb: number } | { type: "answered"; ms: number; total: number };

const documents = workerData as IndexedDocument[];
const index = new MiniSearch<IndexedDocument>({
  fields: ["names", "keywords", "body"],
  storeFields: ["kind"],
  // The same folding as the FTS5 index: case and accents aside, letters and digits make words.
  tokenize: textWords,
  processTerm: (term) => term,
});

/**
 * MiniSearch set up to answer as Puentes does (lib/search/normalize.ts): the same
 * words, common words left out, every word required, the last one as a prefix;
 * then every word as a prefix; then fuzzy matching; then any word. Names weigh
 * most. The top 20 are kept with the count per kind.
 */
function answer(text: string, kind?: string) {
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

const heapUsed = () => v8.getHeapStatistics().used_heap_size;

parentPort!.on("message", (request: WorkerRequest) => {
  const started = performance.now();
  if (request.type === "build") {
    global.gc?.();
    const before = heapUsed();
    index.addAll(documents);
    const ms = performance.now() - started;
    global.gc?.();
    parentPort!.postMessage({ type: "built", ms, heapMb: Math.round((heapUsed() - before) / 1e6) } satisfies WorkerReply);
  } else {
    const { total } = answer(request.text, request.kind);
    parentPort!.postMessage({ type: "answered", ms: performance.now() - started, total } satisfies WorkerReply);
  }
});
