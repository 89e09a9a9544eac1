/**
 * Which requests share a kept answer (lib/page-cache/store.ts), and under what
 * key: public pages and API reads, asked for with GET by a reader who is not
 * signed in.
 */

/** Public pages: the locale, then one of these sections (or none: the home page). */
const PUBLIC_PAGE =
  /^\/(?:en|es)(?:\/(?:organizations|programs|meetings|agreements|people|topics|sources|search|partners|network|map|recent-changes|api)(?:\/[^/]+)*)?\/?$/;
/** Editor forms live under the same sections. */
const EDITOR_PAGE = /\/(?:edit|new)\/?$/;
/** The JSON API and the type-ahead; not the export files (large, some binary). */
const PUBLIC_API = /^\/api\/(?:v1\/(?!exports\/)|search\/suggestions$)/;
/** A "." or ".." segment, plain or %-encoded: Next.js resolves it, so the address is not the page's own. */
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;
/** What a client navigation sends besides the address; its answer depends on them. */
export const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];
/** The header marking the front server's own request that fills the cache. */
export const FILL_HEADER = "x-puentes-page-cache";

export interface RequestLike {
  method: string;
  /** The address as sent: path and query. */
  url: string;
  header(name: string): string | undefined;
}

/** The key of a request whose answer can be shared, or null: signed-in readers, editor pages and anything but GET go past. */
export function pageCacheKey(request: RequestLike): string | null {
  if (request.method !== "GET" || request.header(FILL_HEADER) !== undefined) return null;
  // A conditional request is the route's to answer (304 on a matching ETag).
  if (request.header("if-none-match") !== undefined || request.header("if-modified-since") !== undefined) return null;
  if (/(?:^|;\s*)(?:__Secure-)?authjs\.session-token/.test(request.header("cookie") ?? "")) return null;
  const query = request.url.indexOf("?");
  const pathname = query === -1 ? request.url : request.url.slice(0, query);
  if (DOT_SEGMENT.test(pathname) || pathname.includes("//")) return null;
  const page = PUBLIC_PAGE.test(pathname) && !EDITOR_PAGE.test(pathname);
  if (!page && !PUBLIC_API.test(pathname)) return null;
  const router = ROUTER_HEADERS.map((h) => request.header(h) ?? "").join("\u0000");
  return `${request.url}\u0000${router}`;
}

/** The headers to pass on when filling: the router's (they are in the key), and no compression (the body is kept as it is). */
export function fillHeaders(request: RequestLike): Record<string, string> {
  const headers: Record<string, string> = { [FILL_HEADER]: "fill", "accept-encoding": "identity" };
  for (const name of ROUTER_HEADERS) {
    const value = request.header(name);
    if (value !== undefined) headers[name] = value;
  }
  return headers;
}
