/**
 * What was written to the database since the last look, for the page cache in
 * front of Next.js (lib/server/front-server.ts). A read-only connection of its
 * own reads `PRAGMA data_version`, which changes whenever another connection
 * commits (the app's saves, an import, a restore, a script): a few microseconds
 * a look, so it can run on every request. When it has changed, the revisions
 * written since (every save of a record writes one, in the same transaction)
 * name the records that changed and the records they link to, before and after,
 * as the paths of their pages ("organizations/unam"). Writes that public pages
 * do not show (a sign-in, an account, an import's preview) leave the counter of
 * public changes as it was (triggers, migration 0009) and name nothing. A public
 * change without a revision (a restore, a script) cannot be traced to records:
 * it reads as "everything".
 */
import Database from "better-sqlite3";
import { getTableName } from "drizzle-orm";
import { KIND_SEGMENTS, isEditableKind } from "@/lib/routes";
import type { RecordKind } from "@/lib/vocabulary";
import { AGGREGATES, type Snapshot } from "./aggregates";

export interface ChangeLook {
  version: number;
  /** Since the last look: nothing (null), the paths of the records changed, or more than can be named. */
  changed: ReadonlySet<string> | "everything" | null;
}

/** Columns of a snapshot (fields and link rows) that point at another record, and its kind. */
const REFERENCES: Readonly<Record<string, RecordKind | "same">> = {
  organizationId: "organization",
  personId: "person",
  topicId: "topic",
  programId: "program",
  establishesProgramId: "program",
  sourceId: "source",
  meetingId: "meeting",
  toAgreementId: "agreement",
  seriesId: "meeting_series",
  parentId: "same",
};

/** Past this many revisions at once (a large import), naming them costs more than starting over. */
const MAX_NAMED_REVISIONS = 500;

/** Every record a snapshot points at, as [kind, id]. */
export function referencesOf(kind: RecordKind, snapshot: Snapshot): [RecordKind, number][] {
  const found: [RecordKind, number][] = [];
  const visit = (row: Record<string, unknown>) => {
    for (const [column, value] of Object.entries(row)) {
      const target = REFERENCES[column];
      if (target && typeof value === "number") found.push([target === "same" ? kind : target, value]);
    }
  };
  visit(snapshot.fields);
  for (const rows of Object.values(snapshot.links)) rows.forEach(visit);
  return found;
}

/** A function giving what changed in `file` since it was last called; null while the file cannot be opened. */
export function watchChanges(file: string): () => ChangeLook | null {
  let look: (() => ChangeLook) | null = null;
  return () => {
    if (!look) {
      try {
        look = openWatch(file);
      } catch {
        return null;
      }
    }
    return look();
  };
}

function openWatch(file: string): () => ChangeLook {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const dataVersion = db.prepare("PRAGMA data_version").pluck();
  const lastRevision = db.prepare("SELECT coalesce(max(id), 0) FROM revisions").pluck();
  const publicChanges = db.prepare("SELECT value FROM app_meta WHERE key = 'public_changes'").pluck();
  const revisionsBetween = db.prepare(
    "SELECT record_kind AS kind, record_id AS id, before, after FROM revisions WHERE id > ? AND id <= ? ORDER BY id",
  );
  const slugStatements = new Map<RecordKind, Database.Statement>();
  const slugOf = (kind: RecordKind, id: number): string | undefined => {
    let statement = slugStatements.get(kind);
    if (!statement) {
      statement = db.prepare(`SELECT slug FROM "${getTableName(AGGREGATES[kind].table)}" WHERE id = ?`).pluck();
      slugStatements.set(kind, statement);
    }
    return statement.get(id) as string | undefined;
  };

  /** The pages of the records changed by the revisions after `since` up to `latest`, or "everything". */
  const namedChanges = (since: number, latest: number): ReadonlySet<string> | "everything" => {
    if (latest <= since || latest - since > MAX_NAMED_REVISIONS) return "everything";
    const changed = new Set<string>();
    const add = (kind: RecordKind, slug: string | undefined) => {
      if (slug !== undefined && isEditableKind(kind)) changed.add(`${KIND_SEGMENTS[kind]}/${slug}`);
    };
    const rows = revisionsBetween.all(since, latest) as { kind: RecordKind; id: number; before: string | null; after: string }[];
    for (const row of rows) {
      // Meeting series have no pages of their own: their name shows on pages that do not link them.
      if (!isEditableKind(row.kind)) return "everything";
      add(row.kind, slugOf(row.kind, row.id));
      for (const json of [row.before, row.after]) {
        if (json === null) continue;
        const snapshot = JSON.parse(json) as Snapshot;
        add(row.kind, snapshot.slug);
        for (const [kind, id] of referencesOf(row.kind, snapshot)) add(kind, slugOf(kind, id));
      }
    }
    return changed;
  };

  // In one read transaction, the version, the last revision and the counter are of the same moment.
  const read = db.transaction(() => ({
    version: dataVersion.get() as number,
    latest: lastRevision.get() as number,
    publicChanges: publicChanges.get() as string | undefined,
  }));
  let seen = read();
  return () => {
    const version = dataVersion.get() as number;
    if (version === seen.version) return { version, changed: null };
    const now = read();
    const unseen = now.publicChanges === undefined || now.publicChanges !== seen.publicChanges;
    const changed = unseen ? namedChanges(seen.latest, now.latest) : new Set<string>();
    seen = now;
    return { version: now.version, changed };
  };
}
