/**
 * How search text is read: folded the way the FTS5 index folds it (unicode61 with
 * remove_diacritics 2: case and accents aside, anything that is not a letter or a
 * digit separates words), so what the user typed and what the index holds meet.
 */

/** Most words a query may have; more adds nothing but work. */
export const MAX_QUERY_TOKENS = 8;
/** Longest word kept; the index holds no longer ones that matter. */
const MAX_TOKEN_LENGTH = 40;

/** "Peña Nieto" → "pena nieto", "Mártir" → "martir". */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** The words of a query, folded, in order, without repeats. */
/** Every word of a text, folded as the FTS5 index folds it (letters and digits make words). */
export function textWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function tokenize(query: string): string[] {
  const words = textWords(query);
  const seen = new Set<string>();
  for (const word of words) {
    if (seen.size >= MAX_QUERY_TOKENS) break;
    seen.add(word.slice(0, MAX_TOKEN_LENGTH));
  }
  return [...seen];
}

/**
 * Words too common to narrow a search ("Universidad de Sonora", "Bureau of
 * Oceans"): left out of the match when other words remain, since every record
 * has them and matching them costs the most. They are still highlighted.
 */
const STOPWORDS = new Set([
  "a",
  "an",
  "and",
  "at",
  "for",
  "in",
  "of",
  "on",
  "the",
  "to",
  "de",
  "del",
  "el",
  "en",
  "la",
  "las",
  "los",
  "para",
  "por",
  "y",
]);

/** The words a search matches on: the query's words without stopwords, unless that leaves none. The last word is kept: it may be a word being typed. */
export function matchTokens(tokens: readonly string[]): string[] {
  const kept = tokens.filter((t, i) => i === tokens.length - 1 || !STOPWORDS.has(t));
  return kept.length > 0 ? kept : [...tokens];
}

/**
 * An FTS5 MATCH expression: every word must appear. The last word matches as a
 * prefix, so "autono" already finds "Autónoma" while typing; with `prefix: "all"`
 * every word does ("univ nor"), which costs more on broad words and so comes
 * second. Words are quoted, so nothing the user types is read as FTS5 syntax
 * (AND, NEAR, column filters, quotes). `alternatives` lets a word match any of
 * several spellings (typo corrections).
 */
export function toMatchExpression(
  tokens: readonly string[],
  alternatives: ReadonlyMap<string, readonly string[]> = new Map(),
  prefix: "last" | "all" = "last",
): string {
  return tokens
    .map((token, i) => {
      const star = prefix === "all" || i === tokens.length - 1 ? "*" : "";
      const spellings = [token, ...(alternatives.get(token) ?? [])].map((t) => `"${t.replaceAll('"', '""')}"${star}`);
      return spellings.length === 1 ? spellings[0] : `(${spellings.join(" OR ")})`;
    })
    .join(" AND ");
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent swaps: "mertir",
 * "matrir"), giving up once it exceeds `max` so scanning many terms stays cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many typos a word of this length may carry and still be corrected. */
export function typoAllowance(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 8 ? 1 : 2;
}

export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into runs, marking the words that start with one of the query's
 * tokens, compared folded, so "martir" highlights "Mártir" and the text itself
 * is shown as written.
 */
export function highlightSegments(text: string, tokens: readonly string[]): TextSegment[] {
  if (tokens.length === 0) return [{ text, match: false }];
  const segments: TextSegment[] = [];
  let last = 0;
  for (const word of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const folded = foldText(word[0]);
    if (!tokens.some((token) => folded.startsWith(token))) continue;
    const start = word.index;
    if (start > last) segments.push({ text: text.slice(last, start), match: false });
    segments.push({ text: word[0], match: true });
    last = start + word[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}

/**
 * A passage of `text` around its first word that starts with a query word, about
 * `length` words long, with the matching words marked; null when no word matches.
 * Built here rather than by FTS5's snippet(), which re-reads the match's whole
 * doclist and cost 70 ms on a broad two-word prefix.
 */
export function passageSegments(text: string, tokens: readonly string[], length = 14): TextSegment[] | null {
  if (tokens.length === 0) return null;
  const words = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)];
  const first = words.findIndex((w) => tokens.some((token) => foldText(w[0]).startsWith(token)));
  if (first < 0) return null;
  // A few words of context before the match, as much as fits after it.
  const from = Math.max(0, Math.min(first - 3, words.length - length));
  const to = Math.min(words.length, from + length);
  const start = from === 0 ? 0 : words[from]!.index;
  const end = to === words.length ? text.length : words[to - 1]!.index + words[to - 1]![0].length;
  const segments = highlightSegments(text.slice(start, end), tokens);
  if (start > 0) segments.unshift({ text: "… ", match: false });
  if (end < text.length) segments.push({ text: " …", match: false });
  return segments;
}
