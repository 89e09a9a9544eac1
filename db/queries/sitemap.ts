/**
 * What the sitemap lists: every record with a public page (not archived; people
 * only when public), read in id order a slice at a time so a sitemap of 100,000
 * organizations never loads them all at once.
 */
import { and, asc, count, eq, isNull, max, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agreements, meetings, organizations, people, programs, sources, topics } from "@/db/schema";

export const SITEMAP_KINDS = ["organization", "program", "meeting", "agreement", "person", "topic", "source"] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];

const TABLES = {
  organization: organizations,
  program: programs,
  meeting: meetings,
  agreement: agreements,
  person: people,
  topic: topics,
  source: sources,
} as const;

function listed(kind: SitemapKind): SQL | undefined {
  const table = TABLES[kind];
  return kind === "person" ? and(isNull(people.archivedAt), eq(people.isPublic, true)) : isNull(table.archivedAt);
}

/** How many records of each kind the sitemap lists (this decides how many files it has). */
export function countSitemapRecords(): Record<SitemapKind, number> {
  const db = getDb();
  return Object.fromEntries(
    SITEMAP_KINDS.map((kind) => [kind, db.select({ n: count() }).from(TABLES[kind]).where(listed(kind)).get()?.n ?? 0]),
  ) as Record<SitemapKind, number>;
}

/** The newest change among each kind's listed records: when its list page last changed. */
export function listLatestChanges(): Record<SitemapKind, Date | null> {
  const db = getDb();
  return Object.fromEntries(
    SITEMAP_KINDS.map((kind) => {
      const table = TABLES[kind];
      return [
        kind,
        db
          .select({ last: max(table.updatedAt) })
          .from(table)
          .where(listed(kind))
          .get()?.last ?? null,
      ];
    }),
  ) as Record<SitemapKind, Date | null>;
}

export interface SitemapRecord {
  slug: string;
  updatedAt: Date;
}

/**
 * One slice of a kind's listed records, in id order (stable between the index and
 * its files). Read through the driver as plain arrays: for a file of 50,000
 * records, a third of the time the query builder's row objects take.
 */
export function listSitemapRecords(kind: SitemapKind, offset: number, limit: number): SitemapRecord[] {
  const table = TABLES[kind];
  const db = getDb();
  const query = db
    .select({ slug: table.slug, updatedAt: table.updatedAt })
    .from(table)
    .where(listed(kind))
    .orderBy(asc(table.id))
    .limit(limit)
    .offset(offset)
    .toSQL();
  const rows = db.$client
    .prepare(query.sql)
    .raw()
    .all(...query.params) as [string, number][];
  return rows.map(([slug, updatedAt]) => ({ slug, updatedAt: new Date(updatedAt) }));
}
