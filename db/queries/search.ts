/**
 * Reads of the search index: the results page (ranked hits, counts per kind,
 * facets) and the type-ahead suggestions. Ranking is FTS5's bm25 with names
 * weighing most, then keywords (places, hosts, positions), then body text; past
 * BROAD_MATCHES matches, names first and then weight (how much a record is
 * linked). Filters and counts are worked out in memory (db/search/narrow.ts).
 */
import { eq, inArray, sql, type SQL } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { answerCache } from "@/db/answer-cache";
import { getDb } from "@/db/client";
import type { Db, DbExecutor } from "@/db/connection";
import { programs, searchDocuments, topics } from "@/db/schema";
import { documentTable, type DocumentTable } from "@/db/search/document-table";
import { narrowMatches, splitByKey, type Narrowed, type RequiredKey } from "@/db/search/narrow";
import { findCorrections } from "@/db/search/vocabulary";
import { matchTokens, passageSegments, toMatchExpression, tokenize, type TextSegment } from "@/lib/search/normalize";
import { topOf } from "@/lib/search/top";
import { SEARCH_FACETS, SEARCH_KINDS, type SearchFacet, type SearchKind } from "@/lib/vocabulary";

/** bm25 column weights: names, keywords, body. */
const RANK = sql`bm25(search_text, 30.0, 1.0, 0.5)`;

export interface SearchFilters {
  kind?: SearchKind;
  country?: string;
  state?: string;
  orgKind?: string;
  /** Topic and program facets are stored by id; pages speak slugs (resolveFacetSlugs). */
  topic?: number;
  program?: number;
  year?: number;
}

/** A found record, as much as a results line or a suggestion shows of it. */
export interface Suggestion {
  kind: SearchKind;
  slug: string;
  labelEn: string;
  labelEs: string | null;
  acronym: string | null;
  country: string | null;
  state: string | null;
  city: string | null;
  date: string | null;
}

export interface SearchHit extends Suggestion {
  /** A passage of the record's text around the match, when the match is in its text. */
  snippet: TextSegment[] | null;
}

export interface FacetValue {
  value: string;
  count: number;
  /** For topics and programs: what to show and put in the URL. */
  slug?: string;
  labelEn?: string;
  labelEs?: string | null;
}

export interface SearchResults {
  /** The words searched for, folded; pages highlight them. */
  tokens: string[];
  /** When the words as typed found nothing: the corrected words that were searched instead. */
  correctedTokens: string[] | null;
  /** When no record had every word: results have some of them. */
  matchedAnyWord: boolean;
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  hits: SearchHit[];
  kinds: Record<SearchKind, number>;
  facets: Record<SearchFacet, FacetValue[]>;
}

/** The filters in use, as the facet keys a document needs. */
function requiredKeys(filters: SearchFilters): RequiredKey[] {
  const required: RequiredKey[] = [];
  if (filters.kind) required.push({ name: "kind", key: `kind=${filters.kind}` });
  for (const facet of SEARCH_FACETS) {
    const value = filters[facet];
    if (value !== undefined) required.push({ name: facet, key: `${facet}=${value}` });
  }
  return required;
}

/**
 * The documents matching a full-text expression. Filters never reach the index:
 * given `rowid IN (every organization)`, SQLite ran the whole MATCH once per id,
 * which for "university" among 100,000 organizations took minutes. They are
 * applied to the matches in memory (narrowMatches).
 */
function matchingIds(db: Db, expression: string): Int32Array {
  return readIdList(db, sql`SELECT group_concat(rowid) FROM search_text WHERE search_text MATCH ${expression}`);
}

const dialect = new SQLiteSyncDialect();

/**
 * The ids of a ranking query, in its order, a row each (group_concat's order is
 * not guaranteed), read straight from the driver: at most BROAD_MATCHES of them.
 */
function rankedIds(db: Db, ranking: SQL): number[] {
  const { sql: text, params } = dialect.sqlToQuery(ranking);
  return db.$client
    .prepare(text)
    .pluck()
    .all(...params) as number[];
}

/**
 * Ids as one comma-separated text SQLite builds, read in one pass: a row per id
 * costs three times as much when a broad word matches tens of thousands
 * ("mexico": 98,000 ids in 10 ms instead of 30).
 */
function readIdList(db: Db, query: SQL): Int32Array {
  const text = db.get<{ ids: string | null }>(sql`SELECT (${query}) AS ids`)?.ids ?? "";
  // Sized exactly: large buffers made and dropped on every search drive the garbage collector.
  let commas = 0;
  for (let i = text.indexOf(","); i !== -1; i = text.indexOf(",", i + 1)) commas++;
  const ids = new Int32Array(text ? commas + 1 : 0);
  let count = 0;
  let value = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) value = (value < 0 ? 0 : value * 10) + c;
    else if (value >= 0) {
      ids[count++] = value;
      value = -1;
    }
  }
  if (value >= 0) ids[count++] = value;
  return ids.subarray(0, count);
}

interface Plan {
  expression: string | null;
  /** How many documents the words match, before the filters (with no words: all of them). */
  matchCount: number;
  /** The matches that pass the filters, and the facet counts. */
  narrowed: Narrowed;
  correctedTokens: string[] | null;
  matchedAnyWord: boolean;
}

/**
 * What to search for: the words as typed (the last one as a prefix); then every
 * word as a prefix ("univ nor"); then the words with their typos corrected; and
 * if that finds nothing either, any of the words.
 */
function planQuery(db: Db, table: DocumentTable, tokens: string[], filters: SearchFilters): Plan {
  const required = requiredKeys(filters);
  const attempt = (expression: string | null, correctedTokens: string[] | null = null, matchedAnyWord = false): Plan => {
    const ids = expression === null ? null : matchingIds(db, expression);
    const narrowed = narrowMatches(table, ids, required);
    return { expression, matchCount: ids?.length ?? Infinity, narrowed, correctedTokens, matchedAnyWord };
  };
  const found = (plan: Plan) => plan.narrowed.kept.length > 0;
  if (tokens.length === 0) return attempt(null);
  const words = matchTokens(tokens);
  const exact = attempt(toMatchExpression(words));
  if (found(exact)) return exact;
  const prefixes = toMatchExpression(words, new Map(), "all");
  if (prefixes !== exact.expression) {
    const plan = attempt(prefixes);
    if (found(plan)) return plan;
  }
  const corrections = findCorrections(db, words);
  if (corrections.size > 0) {
    const plan = attempt(
      toMatchExpression(words, corrections, "all"),
      tokens.map((t) => corrections.get(t)?.[0] ?? t),
    );
    if (found(plan)) return plan;
  }
  if (words.length > 1) return attempt(toMatchExpression(words, corrections, "all").replaceAll(" AND ", " OR "), null, true);
  return exact;
}

/**
 * Past this many matches, results go by where the words are (names first), then
 * by weight, instead of by bm25: bm25 costs half a microsecond a match (11 ms for
 * "university" among 22,000 synthetic matches), and among thousands of "… University"
 * text relevance hardly tells them apart while their links do.
 */
export const BROAD_MATCHES = 5_000;

/** The page's ids (from `offset`, `limit` of them), best first. */
function rankPage(db: Db, table: DocumentTable, plan: Plan, offset: number, limit: number, broadFrom: number): number[] {
  const { expression, narrowed } = plan;
  const end = offset + limit;
  if (expression === null) return topOf(narrowed.kept, end, byNamesThenWeight(table, null)).slice(offset);
  if (plan.matchCount > broadFrom) {
    const inNames = idSet(matchingIds(db, `{names} : (${expression})`));
    return topOf(narrowed.kept, end, byNamesThenWeight(table, inNames)).slice(offset);
  }
  const matches = sql`SELECT rowid AS id FROM search_text WHERE search_text MATCH ${expression} ORDER BY ${RANK}, rowid`;
  if (narrowed.kept.length === plan.matchCount) return rankedIds(db, sql`${matches} LIMIT ${limit} OFFSET ${offset}`);
  // A few thousand matches at most: rank them all, keep those that pass the filters.
  const kept = idSet(narrowed.kept);
  return rankedIds(db, matches).filter(kept).slice(offset, end);
}

/**
 * The order of broad matches: those with the words in their names first (when
 * `inNames` is given), then the more linked, then by label and id, so pages never overlap.
 */
function byNamesThenWeight(table: DocumentTable, inNames: ((id: number) => boolean) | null): (a: number, b: number) => boolean {
  return (a, b) => {
    if (inNames && inNames(a) !== inNames(b)) return inNames(a);
    const wa = table.weightOf(a);
    const wb = table.weightOf(b);
    if (wa !== wb) return wa > wb;
    const la = table.labelRankOf(a);
    const lb = table.labelRankOf(b);
    return la !== lb ? la < lb : a < b;
  };
}

/** Membership of a set of document ids, as a bitmap: a broad word's 20,000 matches are tested a few times each. */
function idSet(ids: ArrayLike<number>): (id: number) => boolean {
  let max = 0;
  for (let i = 0; i < ids.length; i++) max = Math.max(max, ids[i]!);
  const bits = new Uint8Array(max + 1);
  for (let i = 0; i < ids.length; i++) bits[ids[i]!] = 1;
  return (id) => bits[id] === 1;
}

const hitColumns = {
  kind: searchDocuments.kind,
  slug: searchDocuments.slug,
  labelEn: searchDocuments.labelEn,
  labelEs: searchDocuments.labelEs,
  acronym: searchDocuments.acronym,
  country: searchDocuments.country,
  state: searchDocuments.state,
  city: searchDocuments.city,
  date: searchDocuments.date,
};

/** The hits of these ids, in their order; `tokens` mark the words in each hit's passage. */
function readHits(db: DbExecutor, ids: number[], tokens: readonly string[] | null): SearchHit[] {
  if (ids.length === 0) return [];
  const docs = new Map(
    db
      .select({ id: searchDocuments.id, hit: hitColumns })
      .from(searchDocuments)
      .where(inArray(searchDocuments.id, ids))
      .all()
      .map((d) => [d.id, d.hit]),
  );
  const bodies = tokens
    ? new Map(
        db
          .all<{ id: number; body: string }>(sql`SELECT rowid AS id, body FROM search_text WHERE rowid IN (${sql.join(ids, sql`, `)})`)
          .map((r) => [r.id, r.body]),
      )
    : null;
  return ids.flatMap((id) => {
    const hit = docs.get(id);
    if (!hit) return [];
    return [{ ...hit, snippet: bodies && tokens ? passageSegments(bodies.get(id) ?? "", tokens) : null }];
  });
}

/** Values shown per facet; the rest are reachable by narrowing the search. */
const FACET_LIMIT = 40;

function valuesOf(tally: Map<string, number>, facet: SearchFacet | "kind"): FacetValue[] {
  const prefix = `${facet}=`;
  const out: FacetValue[] = [];
  for (const [key, count] of tally) if (key.startsWith(prefix)) out.push({ value: key.slice(prefix.length), count });
  return out;
}

/** Counts per kind and per facet value; a filter's own counts leave it out, to show what choosing another value would give. */
function countFacets(
  db: Db,
  { narrowed }: Plan,
): { total: number; kinds: Record<SearchKind, number>; facets: Record<SearchFacet, FacetValue[]> } {
  const kinds = Object.fromEntries(SEARCH_KINDS.map((k) => [k, 0])) as Record<SearchKind, number>;
  for (const { value, count } of valuesOf(narrowed.tallyWithout("kind"), "kind")) kinds[value as SearchKind] = count;

  const facets = Object.fromEntries(
    SEARCH_FACETS.map((facet) => [
      facet,
      valuesOf(narrowed.tallyWithout(facet), facet)
        .sort((a, b) => (facet === "year" ? Number(b.value) - Number(a.value) : b.count - a.count || a.value.localeCompare(b.value)))
        .slice(0, FACET_LIMIT),
    ]),
  ) as Record<SearchFacet, FacetValue[]>;
  facets.topic = nameFacetValues(db, "topic", facets.topic);
  facets.program = nameFacetValues(db, "program", facets.program);
  return { total: narrowed.kept.length, kinds, facets };
}

/** Topic and program facet values are ids: give them their slugs and names. */
function nameFacetValues(db: DbExecutor, facet: "topic" | "program", values: FacetValue[]): FacetValue[] {
  if (values.length === 0) return values;
  const table = facet === "topic" ? topics : programs;
  const names = new Map(
    db
      .select({ id: table.id, slug: table.slug, labelEn: table.nameEn, labelEs: table.nameEs, archivedAt: table.archivedAt })
      .from(table)
      .where(
        inArray(
          table.id,
          values.map((v) => Number(v.value)),
        ),
      )
      .all()
      .map((r) => [String(r.id), r]),
  );
  return values.flatMap((v) => {
    const named = names.get(v.value);
    // A topic or program archived since the index was built is no longer offered.
    return named && !named.archivedAt ? [{ ...v, slug: named.slug, labelEn: named.labelEn, labelEs: named.labelEs }] : [];
  });
}

export const SEARCH_PAGE_SIZE = 20;

/**
 * Readers ask the same searches again and again; a broad word's answer costs tens
 * of milliseconds (bm25 over every match), a kept one nothing. Kept until any write.
 */
const searchCache = answerCache<SearchResults>(256);
const suggestionCache = answerCache<Suggestion[]>(512);

/** One key for the searches that differ only in case, accents or spacing. */
function searchKey(tokens: string[], filters: SearchFilters, ...rest: number[]): string {
  const { kind, country, state, orgKind, topic, program, year } = filters;
  return JSON.stringify([tokens, kind, country, state, orgKind, topic, program, year, ...rest]);
}

export function searchRecords(query: string, filters: SearchFilters, page = 1): SearchResults {
  return searchCache.get(getDb(), searchKey(tokenize(query), filters, page), () => searchRecordsUncached(query, filters, page)).value;
}

/** The search without the cache: what the benchmark times. `broadFrom` is BROAD_MATCHES but in tests. */
export function searchRecordsUncached(query: string, filters: SearchFilters, page = 1, { broadFrom = BROAD_MATCHES } = {}): SearchResults {
  const db = getDb();
  const table = documentTable(db);
  const tokens = tokenize(query);
  const plan = planQuery(db, table, tokens, filters);
  const shownTokens = plan.correctedTokens ?? tokens;
  const { total, kinds, facets } = countFacets(db, plan);
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  const ids = rankPage(db, table, plan, (page - 1) * SEARCH_PAGE_SIZE, SEARCH_PAGE_SIZE, broadFrom);
  return {
    tokens: shownTokens,
    correctedTokens: plan.correctedTokens,
    matchedAnyWord: plan.matchedAnyWord,
    total,
    page,
    pageSize: SEARCH_PAGE_SIZE,
    pageCount,
    hits: readHits(db, ids, plan.expression === null ? null : shownTokens),
    kinds,
    facets,
  };
}

/** Topic and program slugs of a URL to the ids the index stores; unknown slugs come back as null. */
export function resolveFacetSlugs(slugs: { topic?: string; program?: string }): { topic?: number | null; program?: number | null } {
  const db = getDb();
  const out: { topic?: number | null; program?: number | null } = {};
  if (slugs.topic) out.topic = db.select({ id: topics.id }).from(topics).where(eq(topics.slug, slugs.topic)).get()?.id ?? null;
  if (slugs.program) out.program = db.select({ id: programs.id }).from(programs).where(eq(programs.slug, slugs.program)).get()?.id ?? null;
  return out;
}

/**
 * How many of the best matches the type-ahead groups by kind, when few enough
 * match for bm25: a kind with nothing among the best few hundred has nothing
 * worth suggesting either.
 */
const SUGGESTION_POOL = 300;

/**
 * Type-ahead: the best few records of each kind for what has been typed so far,
 * ranked as the results page ranks them. Groups come in the order of their best match.
 */
export function suggestRecords(query: string, perKind = 4): Suggestion[] {
  return suggestionCache.get(getDb(), searchKey(tokenize(query), {}, perKind), () => suggestRecordsUncached(query, perKind)).value;
}

/** The type-ahead without the cache: what the benchmark times. */
export function suggestRecordsUncached(query: string, perKind = 4, { broadFrom = BROAD_MATCHES } = {}): Suggestion[] {
  const db = getDb();
  const tokens = tokenize(query);
  if (tokens.length === 0 || tokens.join("").length < 2) return [];
  const words = matchTokens(tokens);
  // As the results page plans it, short of the any-word fallback: suggestions should match what was typed.
  const expressions = function* () {
    yield toMatchExpression(words);
    if (words.length > 1) yield toMatchExpression(words, new Map(), "all");
    const corrections = findCorrections(db, words);
    if (corrections.size > 0) yield toMatchExpression(words, corrections, "all");
  };
  for (const expression of expressions()) {
    const ids = matchingIds(db, expression);
    if (ids.length === 0) continue;
    const best =
      ids.length > broadFrom ? bestOfEachKindByWeight(db, expression, ids, perKind) : bestOfEachKindByBm25(db, expression, perKind);
    return readHits(db, best, null);
  }
  return [];
}

/** Broad matches, ranked as the results page ranks them (rankPage): names first, then weight. */
function bestOfEachKindByWeight(db: Db, expression: string, ids: Int32Array, perKind: number): number[] {
  const table = documentTable(db);
  const inNames = idSet(matchingIds(db, `{names} : (${expression})`));
  const better = byNamesThenWeight(table, inNames);
  const groups = splitByKey(
    table,
    ids,
    SEARCH_KINDS.map((kind) => `kind=${kind}`),
  ).map((group) => topOf(group, perKind, better));
  return groups
    .filter((group) => group.length > 0)
    .sort((a, b) => (better(a[0]!, b[0]!) ? -1 : 1))
    .flat();
}

/** A few thousand matches at most: the best by bm25, cut per kind in the same statement. */
function bestOfEachKindByBm25(db: Db, expression: string, perKind: number): number[] {
  const rows = db.all<{ id: number; kind: SearchKind }>(sql`
    WITH hits AS (SELECT rowid AS id, ${RANK} AS score FROM search_text WHERE search_text MATCH ${expression} ORDER BY score LIMIT ${SUGGESTION_POOL})
    SELECT id, kind FROM (
      SELECT d.id, d.kind, hits.score, ROW_NUMBER() OVER (PARTITION BY d.kind ORDER BY hits.score, d.weight DESC) AS rn
      FROM hits JOIN ${searchDocuments} d ON d.id = hits.id)
    WHERE rn <= ${perKind} ORDER BY rn, score`);
  // Rows arrive best first within each rank: a kind's first row places its group.
  const order = new Map<SearchKind, number>();
  for (const row of rows) if (!order.has(row.kind)) order.set(row.kind, order.size);
  return rows.sort((a, b) => order.get(a.kind)! - order.get(b.kind)!).map((r) => r.id);
}
