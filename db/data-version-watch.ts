/**
 * Whether anything was committed to the database since the last look, for the
 * page cache in proxy.ts: a read-only connection of its own, whose
 * `PRAGMA data_version` changes whenever another connection commits (the app's
 * saves, an import, a restore, a script). A few microseconds a look. Plain
 * better-sqlite3, not the app's drizzle client: the proxy's bundle stays small.
 */
import Database from "better-sqlite3";

/** A function giving the current data version of `file`; null while the file cannot be opened. */
export function watchDataVersion(file: string): () => number | null {
  let read: (() => number) | null = null;
  return () => {
    if (!read) {
      try {
        const statement = new Database(file, { readonly: true, fileMustExist: true }).prepare("PRAGMA data_version").pluck();
        read = () => statement.get() as number;
      } catch {
        return null;
      }
    }
    return read();
  };
}
