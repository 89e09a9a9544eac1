/**
 * Reads of the search index: the results page (ranked hits, counts per kind,
 * facets) and the type-ahead suggestions. Ranking is FTS5's bm25 with names
 * weighing most, then keywords (places, hosts, positions), then body text;
 * equally relevant records go by their weight (how much they are linked).
 */
import { eq, inArray, sql, type SQL } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { answerCache } from "@/db/answer-cache";
import { getDb } from "@/db/client";
import type { Db, DbExecutor } from "@/db/connection";
import { programs, searchDocuments, topics } from "@/db/schema";
import { tallyFacetKeysOf } from "@/db/search/facet-keys";
import { findCorrections } from "@/db/search/vocabulary";
import { matchTokens, passageSegments, toMatchExpression, tokenize, type TextSegment } from "@/lib/search/normalize";
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

/**
 * The filters but `except`, as conditions on a document id (`column`). Ids that come
 * from a full-text match are tested with a unary plus, which keeps the condition out
 * of the FTS index: given `rowid IN (…)`, SQLite runs the whole MATCH once per id in
 * the set, which for "university" among 100,000 organizations took minutes. With the
 * plus the cost is bounded by the matches.
 */
function filterConditions(
  column: "id" | "rowid",
  filters: SearchFilters,
  { except, fromMatches }: { except?: SearchFacet | "kind"; fromMatches: boolean },
): SQL[] {
  const id = sql.raw(fromMatches ? `+${column}` : column);
  const conditions: SQL[] = [];
  if (filters.kind && except !== "kind") conditions.push(sql`${id} IN (SELECT id FROM search_documents WHERE kind = ${filters.kind})`);
  for (const facet of SEARCH_FACETS) {
    const value = filters[facet];
    if (value === undefined || facet === except) continue;
    conditions.push(sql`${id} IN (SELECT document_id FROM search_facets WHERE facet = ${facet} AND value = ${String(value)})`);
  }
  return conditions;
}

/**
 * The ids of the documents matching the words (driven by the FTS index) and every
 * filter but `except`, as a subquery: the sets that counts and facets run over.
 */
function matchedIds(expression: string | null, filters: SearchFilters, except?: SearchFacet | "kind"): SQL {
  const conditions = filterConditions("id", filters, { except, fromMatches: expression !== null });
  const source =
    expression === null
      ? sql`SELECT id FROM search_documents`
      : sql`SELECT rowid AS id FROM search_text WHERE search_text MATCH ${expression}`;
  return conditions.length ? sql`SELECT id FROM (${source}) WHERE ${sql.join(conditions, sql` AND `)}` : source;
}

const dialect = new SQLiteSyncDialect();

/**
 * The ids a query returns, read straight from the driver: on a broad word's
 * 20,000 matches, twice as fast as the query builder's rows. One read serves the
 * plan, the total and the facet counts.
 */
function readIds(db: Db, query: SQL): number[] {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return db.$client
    .prepare(text)
    .pluck()
    .all(...params) as number[];
}

interface Plan {
  expression: string | null;
  /** The documents it matches, with every filter. */
  ids: number[];
  correctedTokens: string[] | null;
  matchedAnyWord: boolean;
}

/**
 * What to search for: the words as typed (the last one as a prefix); then every
 * word as a prefix ("univ nor"); then the words with their typos corrected; and
 * if that finds nothing either, any of the words.
 */
function planQuery(db: Db, tokens: string[], filters: SearchFilters): Plan {
  const plan = (expression: string | null, ids: number[], correctedTokens: string[] | null = null, matchedAnyWord = false) => ({
    expression,
    ids,
    correctedTokens,
    matchedAnyWord,
  });
  const idsFor = (expression: string | null) => readIds(db, matchedIds(expression, filters));
  if (tokens.length === 0) return plan(null, idsFor(null));
  const words = matchTokens(tokens);
  const exact = toMatchExpression(words);
  const exactIds = idsFor(exact);
  if (exactIds.length > 0) return plan(exact, exactIds);
  const prefixes = toMatchExpression(words, new Map(), "all");
  if (prefixes !== exact) {
    const ids = idsFor(prefixes);
    if (ids.length > 0) return plan(prefixes, ids);
  }
  const corrections = findCorrections(db, words);
  if (corrections.size > 0) {
    const corrected = toMatchExpression(words, corrections, "all");
    const ids = idsFor(corrected);
    if (ids.length > 0)
      return plan(
        corrected,
        ids,
        tokens.map((t) => corrections.get(t)?.[0] ?? t),
      );
  }
  if (words.length > 1) {
    const any = toMatchExpression(words, corrections, "all").replaceAll(" AND ", " OR ");
    return plan(any, idsFor(any), null, true);
  }
  return plan(exact, exactIds);
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

/** A page of ranked hits; `tokens` mark the words in each hit's passage. */
function listHits(
  db: DbExecutor,
  expression: string | null,
  tokens: readonly string[],
  filters: SearchFilters,
  limit: number,
  offset: number,
): SearchHit[] {
  if (expression === null) {
    return db
      .select(hitColumns)
      .from(searchDocuments)
      .where(sql`${searchDocuments.id} IN (${matchedIds(null, filters)})`)
      .orderBy(sql`${searchDocuments.weight} DESC`, sql`${searchDocuments.labelEn} COLLATE NOCASE`)
      .limit(limit)
      .offset(offset)
      .all()
      .map((r) => ({ ...r, snippet: null }));
  }
  // Rank the matching rowids alone, then fetch the page's 20 documents and passages:
  // joining every match before sorting costs twice as much on broad words.
  // The FTS index drives; filters are id sets SQLite builds once. (Joining a ranked
  // subquery to the matches instead re-ran the match per row: 84 s for "university".)
  const filtered = filterConditions("rowid", filters, { fromMatches: true });
  const ranked = db.all<{ id: number }>(
    sql`SELECT rowid AS id FROM search_text WHERE search_text MATCH ${expression}
        ${filtered.length ? sql`AND ${sql.join(filtered, sql` AND `)}` : sql``}
        ORDER BY ${RANK}, rowid LIMIT ${limit} OFFSET ${offset}`,
  );
  if (ranked.length === 0) return [];
  const ids = ranked.map((r) => r.id);
  const docs = new Map(
    db
      .select({ id: searchDocuments.id, hit: hitColumns })
      .from(searchDocuments)
      .where(inArray(searchDocuments.id, ids))
      .all()
      .map((d) => [d.id, d.hit]),
  );
  const bodies = new Map(
    db
      .all<{ id: number; body: string }>(sql`SELECT rowid AS id, body FROM search_text WHERE rowid IN (${sql.join(ids, sql`, `)})`)
      .map((r) => [r.id, r.body]),
  );
  return ids.flatMap((id) => {
    const hit = docs.get(id);
    if (!hit) return [];
    return [{ ...hit, snippet: passageSegments(bodies.get(id) ?? "", tokens) }];
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

/**
 * Counts per kind and per facet value. One scan covers everything when no filter
 * is in use; each filter in use adds a scan without it, so its own counts show
 * what choosing another value would give.
 */
function countFacets(
  db: Db,
  plan: Plan,
  filters: SearchFilters,
): { total: number; kinds: Record<SearchKind, number>; facets: Record<SearchFacet, FacetValue[]> } {
  const all = tallyFacetKeysOf(db, plan.ids);
  const without = (name: SearchFacet | "kind") =>
    (name === "kind" ? filters.kind : filters[name]) === undefined
      ? all
      : tallyFacetKeysOf(db, readIds(db, matchedIds(plan.expression, filters, name)));

  const kinds = Object.fromEntries(SEARCH_KINDS.map((k) => [k, 0])) as Record<SearchKind, number>;
  for (const { value, count } of valuesOf(without("kind"), "kind")) kinds[value as SearchKind] = count;
  const total = valuesOf(all, "kind").reduce((n, v) => n + v.count, 0);

  const facets = Object.fromEntries(
    SEARCH_FACETS.map((facet) => [
      facet,
      valuesOf(without(facet), facet)
        .sort((a, b) => (facet === "year" ? Number(b.value) - Number(a.value) : b.count - a.count || a.value.localeCompare(b.value)))
        .slice(0, FACET_LIMIT),
    ]),
  ) as Record<SearchFacet, FacetValue[]>;
  facets.topic = nameFacetValues(db, "topic", facets.topic);
  facets.program = nameFacetValues(db, "program", facets.program);
  return { total, kinds, facets };
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

/** The search without the cache: what the benchmark times. */
export function searchRecordsUncached(query: string, filters: SearchFilters, page = 1): SearchResults {
  const db = getDb();
  const tokens = tokenize(query);
  const plan = planQuery(db, tokens, filters);
  const shownTokens = plan.correctedTokens ?? tokens;
  const { total, kinds, facets } = countFacets(db, plan, filters);
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  return {
    tokens: shownTokens,
    correctedTokens: plan.correctedTokens,
    matchedAnyWord: plan.matchedAnyWord,
    total,
    page,
    pageSize: SEARCH_PAGE_SIZE,
    pageCount,
    hits: listHits(db, plan.expression, shownTokens, filters, SEARCH_PAGE_SIZE, (page - 1) * SEARCH_PAGE_SIZE),
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
 * How many of the best matches the type-ahead groups by kind. Ranking and joining
 * every match of a broad prefix ("uni": 40,000 records) cost 150 ms; a kind with
 * nothing among the best few hundred has nothing worth suggesting either.
 */
const SUGGESTION_POOL = 300;

/**
 * Type-ahead: the best few records of each kind for what has been typed so far.
 * The best matches are ranked once and cut per kind in the same statement.
 */
export function suggestRecords(query: string, perKind = 4): Suggestion[] {
  return suggestionCache.get(getDb(), searchKey(tokenize(query), {}, perKind), () => suggestRecordsUncached(query, perKind)).value;
}

/** The type-ahead without the cache: what the benchmark times. */
export function suggestRecordsUncached(query: string, perKind = 4): Suggestion[] {
  const db = getDb();
  const tokens = tokenize(query);
  if (tokens.length === 0 || tokens.join("").length < 2) return [];
  const words = matchTokens(tokens);
  const rank = (e: string) =>
    db.all<Suggestion>(sql`
      WITH hits AS (SELECT rowid AS id, ${RANK} AS score FROM search_text WHERE search_text MATCH ${e} ORDER BY score LIMIT ${SUGGESTION_POOL})
      SELECT kind, slug, label_en AS labelEn, label_es AS labelEs, acronym, country, state, city, date FROM (
        SELECT d.*, hits.score, ROW_NUMBER() OVER (PARTITION BY d.kind ORDER BY hits.score, d.weight DESC) AS rn
        FROM hits JOIN ${searchDocuments} d ON d.id = hits.id)
      WHERE rn <= ${perKind} ORDER BY rn, score`);
  // As the results page plans it, short of the any-word fallback: suggestions should match what was typed.
  const exact = toMatchExpression(words);
  let rows = rank(exact);
  if (rows.length === 0 && words.length > 1) rows = rank(toMatchExpression(words, new Map(), "all"));
  if (rows.length === 0) {
    const corrections = findCorrections(db, words);
    if (corrections.size === 0) return [];
    rows = rank(toMatchExpression(words, corrections, "all"));
  }
  // Groups come in the order of their best match (rows arrive best first within each rank).
  const order = new Map<SearchKind, number>();
  for (const row of rows) if (!order.has(row.kind)) order.set(row.kind, order.size);
  return rows.sort((a, b) => order.get(a.kind)! - order.get(b.kind)!);
}
