/**
 * Filters and facet counts of a search, worked out in one pass over the matching
 * documents with their facet keys in memory (db/search/document-table.ts). A
 * document that fails exactly one filter still counts towards that filter's own
 * values, so each facet shows what choosing another of its values would give.
 */
import type { DocumentTable } from "./document-table";

/** A filter in use: its name and the facet key a document needs ("kind=meeting", "country=MX"). */
export interface RequiredKey {
  name: string;
  key: string;
}

export interface Narrowed {
  /** The ids that pass every filter, in the order given. */
  kept: Int32Array;
  /** How many documents have each facet key, among those passing every filter but `name`'s. */
  tallyWithout(name: string): Map<string, number>;
}

/** `ids` narrowed to those with every required key; without `ids`, every document. */
export function narrowMatches(table: DocumentTable, ids: ArrayLike<number> | null, required: readonly RequiredKey[]): Narrowed {
  // A value nobody has (an unknown year) gets a code no document carries.
  const wanted = required.map((r) => table.codeOf(r.key) ?? -1);
  const all = new Uint32Array(table.keys.length);
  const missedOnly = required.map(() => new Uint32Array(table.keys.length));
  // A typed array: pushing 100,000 ids onto a plain one cost 10 ms.
  const kept = new Int32Array(ids ? ids.length : table.sizeBound);
  let keptCount = 0;
  table.forEachDocument(ids, (id, codes, from, to) => {
    let failed = -1;
    let failures = 0;
    for (let f = 0; f < wanted.length && failures < 2; f++) {
      let has = false;
      for (let i = from; i < to; i++) if (codes[i] === wanted[f]) has = true;
      if (!has) {
        failed = f;
        failures++;
      }
    }
    if (failures > 1) return;
    const counts = failures === 0 ? all : missedOnly[failed]!;
    for (let i = from; i < to; i++) counts[codes[i]!]!++;
    if (failures === 0) kept[keptCount++] = id;
  });
  return {
    kept: kept.subarray(0, keptCount),
    tallyWithout(name) {
      const f = required.findIndex((r) => r.name === name);
      const tally = new Map<string, number>();
      all.forEach((count, code) => {
        const n = count + (f === -1 ? 0 : missedOnly[f]![code]!);
        if (n > 0) tally.set(table.keys[code]!, n);
      });
      return tally;
    },
  };
}

/**
 * `ids` split by which of `keys` each document has (a document with none is
 * left out), in one pass: the type-ahead's best of each kind, where a pass per
 * kind read every match six times.
 */
export function splitByKey(table: DocumentTable, ids: ArrayLike<number>, keys: readonly string[]): Int32Array[] {
  const groupOf = new Int8Array(table.keys.length).fill(-1);
  keys.forEach((key, group) => {
    const code = table.codeOf(key);
    if (code !== undefined) groupOf[code] = group;
  });
  const groups = keys.map(() => new Int32Array(ids.length));
  const sizes = keys.map(() => 0);
  table.forEachDocument(ids, (id, documentCodes, from, to) => {
    for (let i = from; i < to; i++) {
      const group = groupOf[documentCodes[i]!]!;
      if (group !== -1) {
        groups[group]![sizes[group]!++] = id;
        return;
      }
    }
  });
  return groups.map((group, i) => group.subarray(0, sizes[i]));
}
