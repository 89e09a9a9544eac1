/**
 * The sitemap's files, /sitemaps/sitemap/{id}.xml (lib/sitemap.ts plans them).
 * Their index is /sitemap.xml (app/sitemap.xml/route.ts), which robots.txt names:
 * Next serves split sitemaps but writes no index, and an app/sitemap.ts would
 * claim /sitemap.xml itself, so the files live one segment down.
 */
import type { MetadataRoute } from "next";
import { countSitemapRecords } from "@/db/queries/sitemap";
import { publicUrl, readEnv } from "@/lib/env";
import { planSitemaps, sitemapEntries, sitemapPlanItem } from "@/lib/sitemap";

// Read from the live database on every request; never prerendered at build.
export const dynamic = "force-dynamic";

export async function generateSitemaps(): Promise<{ id: string }[]> {
  // Next also asks while building, to prerender; the database exists only once the server runs.
  if (process.env.NEXT_PHASE === "phase-production-build") return [];
  return planSitemaps(countSitemapRecords()).map(({ id }) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  // generateSitemaps has already answered 404 for a file the records do not fill.
  const item = sitemapPlanItem(await id);
  return item ? sitemapEntries(item, publicUrl(readEnv())) : [];
}
