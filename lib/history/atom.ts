/**
 * The recent-changes feed as Atom 1.0 (RFC 4287). Built as text rather than with
 * a library: the format is small, and every piece of record text goes through
 * one escaping function.
 */
import type { RecordKind } from "@/db/schema";

export interface FeedEntry {
  /** Stable per change: the revision id. */
  revisionId: number;
  title: string;
  summary: string;
  author: string;
  updated: Date;
  /** Absolute URL of the change. */
  href: string;
  kind: RecordKind;
}

export interface Feed {
  title: string;
  subtitle: string;
  /** The language of the titles and summaries (xml:lang). */
  language?: string;
  /** Absolute URLs of the feed itself and of its HTML page. */
  selfHref: string;
  alternateHref: string;
  /** The site's public URL; its host names the tag: URIs. */
  baseUrl: string;
  entries: FeedEntry[];
  /** Used when there are no entries yet. */
  now: Date;
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escapes text and attribute values; drops characters XML 1.0 cannot carry at all. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/**
 * tag: URIs (RFC 4151) stay the same when the site moves between http and https
 * or its paths change. The date is fixed: it names the feed, not the change.
 */
export function tagUri(baseUrl: string, specific: string): string {
  return `tag:${new URL(baseUrl).hostname},2013:puentes/${specific}`;
}

export function renderAtomFeed(feed: Feed): string {
  const updated = (feed.entries[0]?.updated ?? feed.now).toISOString();
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escapeXml(tagUri(feed.baseUrl, `revision-${e.revisionId}`))}</id>
    <title type="text">${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.href)}"/>
    <updated>${e.updated.toISOString()}</updated>
    <author><name>${escapeXml(e.author)}</name></author>
    <category term="${escapeXml(e.kind)}"/>
    <summary type="text">${escapeXml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"${feed.language ? ` xml:lang="${escapeXml(feed.language)}"` : ""}>
  <id>${escapeXml(tagUri(feed.baseUrl, "recent-changes"))}</id>
  <title type="text">${escapeXml(feed.title)}</title>
  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfHref)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateHref)}"/>
  <updated>${updated}</updated>
  <author><name>Puentes</name></author>
${entries.join("\n")}
</feed>
`;
}
