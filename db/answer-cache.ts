/**
 * Answers computed from the database, kept until anything is written
 * (db/data-stamp.ts) and dropped least recently used first. For reads that are
 * asked again and again and cost more than a page's other queries: the same
 * searches and type-ahead prefixes from many readers, network layouts.
 */
import type { DbExecutor } from "./connection";
import { dataStamp } from "./data-stamp";

export interface AnswerCache<T> {
  /** The answer for `key`, computed by `compute` unless kept since the last write. */
  get(db: DbExecutor, key: string, compute: () => T): { value: T; cached: boolean };
}

export function answerCache<T>(size: number): AnswerCache<T> {
  const entries = new Map<string, T>();
  let stampOfEntries = "";
  return {
    get(db, key, compute) {
      const stamp = dataStamp(db);
      if (stamp !== stampOfEntries) {
        entries.clear();
        stampOfEntries = stamp;
      }
      if (entries.has(key)) {
        const value = entries.get(key)!;
        // Re-inserted so the Map's order stays least recently used first.
        entries.delete(key);
        entries.set(key, value);
        return { value, cached: true };
      }
      const value = compute();
      entries.set(key, value);
      while (entries.size > size) entries.delete(entries.keys().next().value!);
      return { value, cached: false };
    },
  };
}
