/**
 * Statements prepared once per connection or transaction. An import checks and
 * writes thousands of records in one transaction, and building each query anew
 * (Drizzle's SQL generation, SQLite's statement compilation) cost more than
 * running it. Keyed by the executor, so a transaction's statements go with it.
 */
import type { DbExecutor } from "./connection";

export interface Prepared {
  get(values: Record<string, unknown>): unknown;
  all(values: Record<string, unknown>): unknown;
  run(values: Record<string, unknown>): unknown;
}

const statements = new WeakMap<DbExecutor, Map<string, Prepared>>();

/** The statement known by `key` on this executor, built by `build` the first time. */
export function prepared(db: DbExecutor, key: string, build: () => Prepared): Prepared {
  let byKey = statements.get(db);
  if (!byKey) statements.set(db, (byKey = new Map()));
  let statement = byKey.get(key);
  if (!statement) byKey.set(key, (statement = build()));
  return statement;
}
