/**
 * The words of the search index, held in memory for typo corrections. Reading
 * candidates from FTS5's vocabulary table scans the index's doclists (6–8 ms per
 * word on the synthetic dataset, the bulk of a misspelt search); here it is a
 * loop over the few hundred words that share the first letter.
 *
 * Loaded on the first correction and again after another connection writes
 * (`data_version`). Saves in this process hand their text to `vocabularyChanged`;
 * new words join the table without a reload. The table may therefore hold words
 * a rolled-back save or a removed record left behind: corrections are confirmed
 * against the index before use, so such words are never offered.
 */
import { sql } from "drizzle-orm";
import type { DbExecutor } from "@/db/connection";
import { dataVersion } from "@/db/data-stamp";
import { editDistance, textWords, typoAllowance } from "@/lib/search/normalize";

interface Term {
  term: string;
  /** Documents holding the word when it was read (0 for words saved since: confirmed on use). */
  docs: number;
}

interface Vocabulary {
  dataVersion: number;
  known: Set<string>;
  byInitial: Map<string, Term[]>;
}

const vocabularies = new WeakMap<object, Vocabulary>();
let pendingWords = new Set<string>();
let reloadAll = false;

/** Called by the indexer with the text of the documents it writes. */
export function vocabularyChanged(texts: Iterable<string | null>): void {
  for (const text of texts) if (text) for (const word of textWords(text)) pendingWords.add(word);
}

/** Called by the indexer after rebuilding the whole index. */
export function vocabularyRebuilt(): void {
  reloadAll = true;
}

function addWord(vocabulary: Vocabulary, term: string, docs: number): void {
  if (vocabulary.known.has(term)) return;
  vocabulary.known.add(term);
  const initial = term[0]!;
  const list = vocabulary.byInitial.get(initial) ?? [];
  list.push({ term, docs });
  vocabulary.byInitial.set(initial, list);
}

function currentVocabulary(db: DbExecutor): Vocabulary {
  const version = dataVersion(db);
  let vocabulary = vocabularies.get(db);
  if (!vocabulary || reloadAll || vocabulary.dataVersion !== version) {
    reloadAll = false;
    pendingWords = new Set();
    vocabulary = { dataVersion: version, known: new Set(), byInitial: new Map() };
    for (const [term, docs] of db.values<[string, number]>(sql`SELECT term, doc FROM search_terms`)) addWord(vocabulary, term, docs);
    vocabularies.set(db, vocabulary);
  } else if (pendingWords.size > 0) {
    for (const word of pendingWords) addWord(vocabulary, word, 0);
    pendingWords = new Set();
  }
  return vocabulary;
}

function documentsWith(db: DbExecutor, term: string): number {
  return db.get<{ doc: number }>(sql`SELECT doc FROM search_terms WHERE term = ${term}`)?.doc ?? 0;
}

/**
 * For each word the index does not know even as a prefix, the closest words it
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
    const candidates: { term: string; docs: number; distance: number }[] = [];
    for (const { term, docs } of currentVocabulary(db).byInitial.get(token[0]!) ?? []) {
      if (Math.abs(term.length - token.length) > allowance) continue;
      const distance = editDistance(token, term, allowance);
      if (distance <= allowance) candidates.push({ term, docs, distance });
    }
    candidates.sort((a, b) => a.distance - b.distance || b.docs - a.docs || a.term.localeCompare(b.term));
    const close: string[] = [];
    for (const c of candidates) {
      if (close.length === 3) break;
      if (documentsWith(db, c.term) > 0) close.push(c.term);
    }
    if (close.length) corrections.set(token, close);
  }
  return corrections;
}
