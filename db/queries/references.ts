/**
 * Whether the records a query string names by slug (a topic filter, an organization
 * filter…) exist, so lists and the API can say "no such topic" instead of quietly
 * showing nothing.
 */
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { meetings, organizations, programs, topics } from "@/db/schema";

const tables = { topic: topics, program: programs, organization: organizations, meeting: meetings };

export type ReferenceKind = keyof typeof tables;

/** Archived records count as known: their pages keep working, and so do the lists they link to. */
export function slugExists(kind: ReferenceKind, slug: string): boolean {
  const table = tables[kind];
  return getDb().select({ id: table.id }).from(table).where(eq(table.slug, slug)).get() !== undefined;
}
