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

export interface SitemapCount {
  count: number;
  /** The newest change among them: when the list page of that kind last changed. */
  lastModified: Date | null;
}

export function countSitemapRecords(): Record<SitemapKind, SitemapCount> {
  const db = getDb();
  const entries = SITEMAP_KINDS.map((kind) => {
    const table = TABLES[kind];
    const row = db
      .select({ n: count(), last: max(table.updatedAt) })
      .from(table)
      .where(listed(kind))
      .get();
    return [kind, { count: row?.n ?? 0, lastModified: row?.last ?? null }] as const;
  });
  return Object.fromEntries(entries) as Record<SitemapKind, SitemapCount>;
}

export interface SitemapRecord {
  slug: string;
  updatedAt: Date;
}

/** One slice of a kind's listed records, in id order (stable between the index and its sitemaps). */
export function listSitemapRecords(kind: SitemapKind, offset: number, limit: number): SitemapRecord[] {
  const table = TABLES[kind];
  return getDb()
    .select({ slug: table.slug, updatedAt: table.updatedAt })
    .from(table)
    .where(listed(kind))
    .orderBy(asc(table.id))
    .limit(limit)
    .offset(offset)
    .all();
}
