/**
 * How the sitemap is split: one file for the site's own pages, then each kind of
 * record in slices small enough that a file holds at most 50,000 addresses (the
 * sitemaps.org limit) once every record appears in every language. File names
 * ("organizations-0") say what they hold and stay stable as records are added.
 */
import type { MetadataRoute } from "next";
import { listLatestChanges, listSitemapRecords, SITEMAP_KINDS, type SitemapKind } from "@/db/queries/sitemap";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { KIND_SEGMENTS, routes } from "@/lib/routes";

export const MAX_URLS_PER_SITEMAP = 50_000;

const recordsPerFile = (localeCount: number) => Math.floor(MAX_URLS_PER_SITEMAP / localeCount);

export type SitemapPlanItem = { id: "pages" } | { id: string; kind: SitemapKind; offset: number; limit: number };

/** The sitemap files for these record counts, in order. */
export function planSitemaps(counts: Record<SitemapKind, number>, localeCount: number = LOCALES.length): SitemapPlanItem[] {
  const perFile = recordsPerFile(localeCount);
  const plan: SitemapPlanItem[] = [{ id: "pages" }];
  for (const kind of SITEMAP_KINDS) {
    for (let offset = 0, n = 0; offset < counts[kind]; offset += perFile, n++) {
      plan.push({ id: `${KIND_SEGMENTS[kind]}-${n}`, kind, offset, limit: perFile });
    }
  }
  return plan;
}

/** What a file name holds ("organizations-1": the second slice of organizations), without counting anything. */
export function sitemapPlanItem(id: string): SitemapPlanItem | null {
  if (id === "pages") return { id };
  const match = /^([a-z]+)-(0|[1-9][0-9]{0,5})$/.exec(id);
  const kind = SITEMAP_KINDS.find((k) => KIND_SEGMENTS[k] === match?.[1]);
  if (!match || !kind) return null;
  const limit = recordsPerFile(LOCALES.length);
  return { id, kind, offset: Number(match[2]) * limit, limit };
}

/** One address per language, each naming all the languages it exists in (hreflang). */
function inEveryLocale(baseUrl: string, pathOf: (l: Locale) => string, lastModified?: Date): MetadataRoute.Sitemap {
  const languages = Object.fromEntries(LOCALES.map((l) => [l, `${baseUrl}${pathOf(l)}`]));
  return LOCALES.map((l) => ({ url: languages[l]!, ...(lastModified && { lastModified }), alternates: { languages } }));
}

/** The home page and the pages listing records (search results and editing pages are left out). */
function sitePages(baseUrl: string): MetadataRoute.Sitemap {
  const latest = listLatestChanges();
  const newest = SITEMAP_KINDS.map((k) => latest[k]).reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);
  const pages: [(l: Locale) => string, Date | null][] = [
    [routes.home, newest],
    ...SITEMAP_KINDS.map((kind): [(l: Locale) => string, Date | null] => [(l) => routes.list(l, kind), latest[kind]]),
    [(l) => routes.partners(l), null],
    [(l) => routes.network(l), null],
    [(l) => routes.map(l), null],
    [routes.recentChanges, newest],
  ];
  return pages.flatMap(([pathOf, lastModified]) => inEveryLocale(baseUrl, pathOf, lastModified ?? undefined));
}

export function sitemapEntries(item: SitemapPlanItem, baseUrl: string): MetadataRoute.Sitemap {
  if (!("kind" in item)) return sitePages(baseUrl);
  return listSitemapRecords(item.kind, item.offset, item.limit).flatMap((r) =>
    inEveryLocale(baseUrl, (l) => routes.record(l, item.kind, r.slug), r.updatedAt),
  );
}
