/**
 * GET /api/feeds/recent-changes: the 50 newest changes as an Atom 1.0 feed, as the
 * public sees them (private people stay unnamed).
 */
import { listRecentChanges, type RecentChange } from "@/db/queries/history";
import { PUBLIC_VIEWER } from "@/db/queries/shared";
import { renderAtomFeed, type FeedEntry } from "@/lib/history/atom";
import { publicUrl, readEnv } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getI18n, type I18n } from "@/lib/i18n/server";
import { isEditableKind, routes } from "@/lib/routes";

// Read from the live database on every request; never prerendered at build.
export const dynamic = "force-dynamic";

const FEED_SIZE = 50;

function toEntry(change: RecentChange, baseUrl: string, i18n: I18n): FeedEntry {
  const { m, locale } = i18n;
  const kind = (m.history.kinds[change.recordKind] ?? change.recordKind).toLowerCase();
  const label = change.hidden ? m.history.privatePerson : (change.label ?? "");
  const href =
    change.slug !== null && isEditableKind(change.recordKind)
      ? `${routes.history(locale, change.recordKind, change.slug)}?to=${change.id}`
      : `${routes.recentChanges(locale)}?kind=${change.recordKind}`;
  return {
    revisionId: change.id,
    title: i18n.t(m.history.feedEntryTitle, { action: m.history.action[change.action] ?? change.action, kind, label }),
    summary: i18n.t(m.history.feedEntrySummary, {
      version: change.version,
      kind,
      action: m.history.actionVerb[change.action] ?? change.action,
      author: change.author,
    }),
    author: change.author,
    updated: change.createdAt,
    href: `${baseUrl}${href}`,
    kind: change.recordKind,
  };
}

export async function GET(request?: Request): Promise<Response> {
  const baseUrl = publicUrl(readEnv());
  const requested = request ? (new URL(request.url).searchParams.get("locale") ?? "") : "";
  const i18n = getI18n(isLocale(requested) ? requested : DEFAULT_LOCALE);
  const changes = listRecentChanges({ page: 1, pageSize: FEED_SIZE }, PUBLIC_VIEWER).items;
  const xml = renderAtomFeed({
    title: i18n.m.history.feedTitle,
    subtitle: i18n.m.history.feedSubtitle,
    language: i18n.locale,
    selfHref: `${baseUrl}${routes.recentChangesFeed(i18n.locale)}`,
    alternateHref: `${baseUrl}${routes.recentChanges(i18n.locale)}`,
    baseUrl,
    entries: changes.map((c) => toEntry(c, baseUrl, i18n)),
    now: new Date(),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
