/**
 * What a kept answer shows, so that a change to one record drops only the
 * answers that show it (db/change-watch.ts names the changed records). A
 * record's page shows the record and the records it links to: every name on a
 * page that stands for another record is a link to that record's page, so the
 * links in the body (HTML and the router's payload alike) are what it shows.
 * Every other answer (lists, search, the home page, maps, the API) may show any
 * record, or start showing one after a change: it has no tags and goes on every
 * change.
 */
import { KIND_SEGMENTS } from "@/lib/routes";

const SEGMENTS = Object.values(KIND_SEGMENTS).join("|");
/** A record's page or one of its sub-pages (history…); not the form for a new one. */
const RECORD_PAGE = new RegExp(`^/(?:en|es)/(${SEGMENTS})/(?!new(?:[/?]|$))([^/?#]+)`);
const RECORD_LINK = new RegExp(`/(?:en|es)/(${SEGMENTS})/([A-Za-z0-9%._~-]+)`, "g");

/** The record pages ("organizations/unam") an answer for `url` shows, or null when it may show any record. */
export function recordTags(url: string, body: Buffer): ReadonlySet<string> | null {
  const own = RECORD_PAGE.exec(url);
  if (!own) return null;
  const tags = new Set([`${own[1]}/${own[2]}`]);
  // Latin-1 reads every byte as one character: the links are ASCII, and nothing is decoded twice.
  for (const link of body.toString("latin1").matchAll(RECORD_LINK)) tags.add(`${link[1]}/${link[2]}`);
  return tags;
}
