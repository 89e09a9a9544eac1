/**
 * Reads of the search index: the results page (ranked hits, counts per kind,
 * facets) and the type-ahead suggestions. Ranking is FTS5's bm25 with names
 * weighing most, then keywords (places, hosts, positions), then body text;
 * equally relevant records go by their weight (how much they are linked).
 */
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { DbExecutor } from "@/db/connection";
import { programs, searchDocuments, searchFacets, topics } from "@/db/schema";
import { editDistance, parseMarkedSnippet, toMatchExpression, tokenize, typoAllowance, type TextSegment } from "@/lib/search/normalize";
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

export interface SearchHit {
  kind: SearchKind;
  slug: string;
  labelEn: string;
  labelEs: string | null;
  acronym: string | null;
  country: string | null;
  state: string | null;
  city: string | null;
  date: string | null;
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

/** The documents matching every filter except `except`, as SQL on search_documents. */
function filterConditions(db: DbExecutor, filters: SearchFilters, except?: SearchFacet | "kind"): SQL[] {
  const conditions: SQL[] = [];
  if (filters.kind && except !== "kind") conditions.push(eq(searchDocuments.kind, filters.kind));
  for (const facet of SEARCH_FACETS) {
    const value = filters[facet];
    if (value === undefined || facet === except) continue;
    conditions.push(
      inArray(
        searchDocuments.id,
        db
          .select({ id: searchFacets.documentId })
          .from(searchFacets)
          .where(and(eq(searchFacets.facet, facet), eq(searchFacets.value, String(value)))),
      ),
    );
  }
  return conditions;
}

function matching(expression: string | null): SQL | undefined {
  return expression === null
    ? undefined
    : sql`${searchDocuments.id} IN (SELECT rowid FROM search_text WHERE search_text MATCH ${expression})`;
}

function countMatches(db: DbExecutor, expression: string | null, filters: SearchFilters): number {
  return (
    db
      .select({ n: sql<number>`COUNT(*)` })
      .from(searchDocuments)
      .where(and(matching(expression), ...filterConditions(db, filters)))
      .get()?.n ?? 0
  );
}

/**
 * For each word the index does not know even as a prefix, the closest terms it
 * does know (same first letter, a typo or two away), most used first.
 */
export function findCorrections(db: DbExecutor, tokens: readonly string[]): Map<string, string[]> {
  const corrections = new Map<string, string[]>();
  for (const token of tokens) {
    const allowance = typoAllowance(token);
    if (allowance === 0) continue;
    const known = db.get<{ term: string } | undefined>(
      sql`SELECT term FROM search_terms WHERE term >= ${token} AND term < ${token + "\uffff"} LIMIT 1`,
    );
    if (known) continue;
    const first = token[0]!;
    const candidates = db.all<{ term: string; doc: number }>(
      sql`SELECT term, doc FROM search_terms
          WHERE term >= ${first} AND term < ${String.fromCodePoint(first.codePointAt(0)! + 1)}
            AND length(term) BETWEEN ${token.length - allowance} AND ${token.length + allowance}`,
    );
    const close = candidates
      .map((c) => ({ ...c, distance: editDistance(token, c.term, allowance) }))
      .filter((c) => c.distance <= allowance)
      .sort((a, b) => a.distance - b.distance || b.doc - a.doc)
      .slice(0, 3)
      .map((c) => c.term);
    if (close.length) corrections.set(token, close);
  }
  return corrections;
}

interface Plan {
  expression: string | null;
  correctedTokens: string[] | null;
  matchedAnyWord: boolean;
}

/**
 * What to search for: the words as typed; if that finds nothing, the words with
 * their typos corrected; if that finds nothing either, any of the words.
 */
function planQuery(db: DbExecutor, tokens: string[], filters: SearchFilters): Plan {
  if (tokens.length === 0) return { expression: null, correctedTokens: null, matchedAnyWord: false };
  const exact = toMatchExpression(tokens);
  if (countMatches(db, exact, filters) > 0) return { expression: exact, correctedTokens: null, matchedAnyWord: false };
  const corrections = findCorrections(db, tokens);
  if (corrections.size > 0) {
    const corrected = toMatchExpression(tokens, corrections);
    if (countMatches(db, corrected, filters) > 0) {
      return { expression: corrected, correctedTokens: tokens.map((t) => corrections.get(t)?.[0] ?? t), matchedAnyWord: false };
    }
  }
  if (tokens.length > 1) {
    const any = toMatchExpression(tokens, corrections).replaceAll(" AND ", " OR ");
    return { expression: any, correctedTokens: null, matchedAnyWord: true };
  }
  return { expression: exact, correctedTokens: null, matchedAnyWord: false };
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

function listHits(db: DbExecutor, expression: string | null, filters: SearchFilters, limit: number, offset: number): SearchHit[] {
  const where = and(...filterConditions(db, filters));
  if (expression === null) {
    return db
      .select(hitColumns)
      .from(searchDocuments)
      .where(where)
      .orderBy(sql`${searchDocuments.weight} DESC`, sql`${searchDocuments.labelEn} COLLATE NOCASE`)
      .limit(limit)
      .offset(offset)
      .all()
      .map((r) => ({ ...r, snippet: null }));
  }
  return db
    .select({ ...hitColumns, snippet: sql<string>`snippet(search_text, 2, char(2), char(3), '…', 14)` })
    .from(sql`search_text`)
    .innerJoin(searchDocuments, sql`${searchDocuments.id} = search_text.rowid`)
    .where(and(sql`search_text MATCH ${expression}`, where))
    .orderBy(RANK, sql`${searchDocuments.weight} DESC`)
    .limit(limit)
    .offset(offset)
    .all()
    .map((r) => ({ ...r, snippet: r.snippet.includes("\u0002") ? parseMarkedSnippet(r.snippet) : null }));
}

function countKinds(db: DbExecutor, expression: string | null, filters: SearchFilters): Record<SearchKind, number> {
  const counts = Object.fromEntries(SEARCH_KINDS.map((k) => [k, 0])) as Record<SearchKind, number>;
  const rows = db
    .select({ kind: searchDocuments.kind, n: sql<number>`COUNT(*)` })
    .from(searchDocuments)
    .where(and(matching(expression), ...filterConditions(db, filters, "kind")))
    .groupBy(searchDocuments.kind)
    .all();
  for (const r of rows) counts[r.kind] = r.n;
  return counts;
}

/** Values shown per facet; the rest are reachable by narrowing the search. */
const FACET_LIMIT = 40;

function countFacet(db: DbExecutor, facet: SearchFacet, expression: string | null, filters: SearchFilters): FacetValue[] {
  const rows = db
    .select({ value: searchFacets.value, count: sql<number>`COUNT(*)`.as("n") })
    .from(searchFacets)
    .innerJoin(searchDocuments, eq(searchDocuments.id, searchFacets.documentId))
    .where(and(eq(searchFacets.facet, facet), matching(expression), ...filterConditions(db, filters, facet)))
    .groupBy(searchFacets.value)
    .orderBy(facet === "year" ? sql`${searchFacets.value} DESC` : sql`n DESC`, searchFacets.value)
    .limit(FACET_LIMIT)
    .all();
  if (facet !== "topic" && facet !== "program") return rows;
  const table = facet === "topic" ? topics : programs;
  const ids = rows.map((r) => Number(r.value));
  const names = new Map(
    db
      .select({ id: table.id, slug: table.slug, labelEn: table.nameEn, labelEs: table.nameEs, archivedAt: table.archivedAt })
      .from(table)
      .where(inArray(table.id, ids))
      .all()
      .map((r) => [String(r.id), r]),
  );
  return rows.flatMap((r) => {
    const named = names.get(r.value);
    // A topic or program archived since the index was built is no longer offered.
    return named && !named.archivedAt ? [{ ...r, slug: named.slug, labelEn: named.labelEn, labelEs: named.labelEs }] : [];
  });
}

export const SEARCH_PAGE_SIZE = 20;

export function searchRecords(query: string, filters: SearchFilters, page = 1): SearchResults {
  const db = getDb();
  const tokens = tokenize(query);
  const plan = planQuery(db, tokens, filters);
  const kinds = countKinds(db, plan.expression, filters);
  const total = filters.kind ? kinds[filters.kind] : Object.values(kinds).reduce((a, b) => a + b, 0);
  const facets = Object.fromEntries(SEARCH_FACETS.map((f) => [f, countFacet(db, f, plan.expression, filters)])) as SearchResults["facets"];
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  return {
    tokens: plan.correctedTokens ?? tokens,
    correctedTokens: plan.correctedTokens,
    matchedAnyWord: plan.matchedAnyWord,
    total,
    page,
    pageSize: SEARCH_PAGE_SIZE,
    pageCount,
    hits: listHits(db, plan.expression, filters, SEARCH_PAGE_SIZE, (page - 1) * SEARCH_PAGE_SIZE),
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

/**
 * Type-ahead: the best few records of each kind for what has been typed so far.
 * The matches are ranked once and cut per kind in the same statement.
 */
export function suggestRecords(query: string, perKind = 4): Suggestion[] {
  const db = getDb();
  const tokens = tokenize(query);
  if (tokens.length === 0 || tokens.join("").length < 2) return [];
  let expression = toMatchExpression(tokens);
  const rank = (e: string) =>
    db.all<Suggestion>(sql`
      WITH hits AS (SELECT rowid AS id, ${RANK} AS score FROM search_text WHERE search_text MATCH ${e})
      SELECT kind, slug, label_en AS labelEn, label_es AS labelEs, acronym, country, state, city, date FROM (
        SELECT d.*, hits.score, ROW_NUMBER() OVER (PARTITION BY d.kind ORDER BY hits.score, d.weight DESC) AS rn
        FROM hits JOIN ${searchDocuments} d ON d.id = hits.id)
      WHERE rn <= ${perKind} ORDER BY rn, score`);
  let rows = rank(expression);
  if (rows.length === 0) {
    const corrections = findCorrections(db, tokens);
    if (corrections.size === 0) return [];
    expression = toMatchExpression(tokens, corrections);
    rows = rank(expression);
  }
  // Groups come in the order of their best match (rows arrive best first within each rank).
  const order = new Map<SearchKind, number>();
  for (const row of rows) if (!order.has(row.kind)) order.set(row.kind, order.size);
  return rows
    .sort((a, b) => order.get(a.kind)! - order.get(b.kind)!)
    .map((r) => ({
      kind: r.kind,
      slug: r.slug,
      labelEn: r.labelEn,
      labelEs: r.labelEs,
      acronym: r.acronym,
      country: r.country,
      state: r.state,
      city: r.city,
      date: r.date,
    }));
}
