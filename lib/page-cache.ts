/**
 * Rendered public pages and API answers, kept in memory for readers who are not
 * signed in, until anything is written to the database (proxy.ts checks the data
 * version on every request, so an edit shows on the very next one). A page is
 * the same for every anonymous reader but for its Content-Security-Policy nonce,
 * which is replaced by a fresh one on every answer: the policy stays one nonce
 * per response, as if the page had been rendered for it.
 */

export interface CachedAnswer {
  status: number;
  headers: [string, string][];
  /**
   * The body as UTF-8, cut where the nonce it was rendered with stood: an answer
   * joins them around a fresh one without scanning or encoding 150 kB of text.
   */
  parts: Buffer<ArrayBuffer>[];
  /** The nonce the page was rendered with; null for answers without one (the body is one part). */
  nonce: string | null;
  bytes: number;
}

/** Public pages: the locale, then one of these sections (or none: the home page). */
const PUBLIC_PAGE =
  /^\/(?:en|es)(?:\/(?:organizations|programs|meetings|agreements|people|topics|sources|search|partners|network|map|recent-changes|api)(?:\/[^/]+)*)?\/?$/;
/** Editor forms live under the same sections. */
const EDITOR_PAGE = /\/(?:edit|new)\/?$/;
/** The JSON API and the type-ahead; not the export files (large, some binary). */
const PUBLIC_API = /^\/api\/(?:v1\/(?!exports\/)|search\/suggestions$)/;
/** What a client navigation sends besides the address; its answer depends on them. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];
/** The header marking the proxy's own request that fills the cache. */
export const FILL_HEADER = "x-puentes-page-cache";

interface RequestLike {
  method: string;
  headers: Headers;
  nextUrl: { pathname: string; search: string };
}

/** The key of a request whose answer can be shared, or null: signed-in readers, editor pages and anything but GET go past. */
export function pageCacheKey(request: RequestLike): string | null {
  if (request.method !== "GET" || request.headers.has(FILL_HEADER)) return null;
  // A conditional request is the route's to answer (304 on a matching ETag).
  if (request.headers.has("if-none-match") || request.headers.has("if-modified-since")) return null;
  if (/(?:^|;\s*)(?:__Secure-)?authjs\.session-token/.test(request.headers.get("cookie") ?? "")) return null;
  const { pathname, search } = request.nextUrl;
  const page = PUBLIC_PAGE.test(pathname) && !EDITOR_PAGE.test(pathname);
  if (!page && !PUBLIC_API.test(pathname)) return null;
  const router = ROUTER_HEADERS.map((h) => request.headers.get(h) ?? "").join("\u0000");
  return `${pathname}${search}\u0000${router}`;
}

/** The headers to pass on when filling: the router's (they are in the key), and no compression (the body is kept as text). */
export function fillHeaders(request: RequestLike): Headers {
  const headers = new Headers({ [FILL_HEADER]: "fill", "accept-encoding": "identity" });
  for (const name of ROUTER_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return headers;
}

/** Headers that describe the bytes as sent, not the answer: the server sets them again. */
const TRANSPORT_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"]);

/** Answers kept as text: pages, the router's payloads, JSON. */
export function isTextAnswer(headers: Headers): boolean {
  return /^(?:text\/html|text\/x-component|application\/json)/.test(headers.get("content-type") ?? "");
}

/** A filled answer as it can be passed on; `shareable` when it may be kept for others (200, no cookie set). */
export function toCachedAnswer(
  status: number,
  headers: Headers,
  body: string,
  nonce: string | null,
): CachedAnswer & { shareable: boolean } {
  const kept = [...headers].filter(([name]) => !TRANSPORT_HEADERS.has(name.toLowerCase()));
  const parts = (nonce ? body.split(nonce) : [body]).map((part) => Buffer.from(part));
  const bytes = parts.reduce((n, part) => n + part.length, 0);
  return { status, headers: kept, parts, nonce, bytes, shareable: status === 200 && !headers.has("set-cookie") };
}

/** The answer's headers, and its body with `nonce` where the one it was rendered with stood (the caller sets the policy). */
export function withNonce(answer: CachedAnswer, nonce: string): { headers: Headers; body: Buffer<ArrayBuffer> } {
  const headers = new Headers(answer.headers);
  if (answer.parts.length === 1) return { headers, body: answer.parts[0]! };
  const fresh = Buffer.from(nonce);
  return { headers, body: Buffer.concat(answer.parts.flatMap((part, i) => (i === 0 ? [part] : [fresh, part]))) };
}

/** Answers by key for one data version, least recently used dropped first past `maxBytes`. */
export class PageCache {
  private entries = new Map<string, CachedAnswer>();
  private bytes = 0;
  private version: number | null = null;

  constructor(private readonly maxBytes: number) {}

  /** The kept answer, if it was kept at this data version; a new version empties the cache. */
  get(key: string, version: number): CachedAnswer | undefined {
    if (version !== this.version) {
      this.entries.clear();
      this.bytes = 0;
      this.version = version;
      return undefined;
    }
    const answer = this.entries.get(key);
    if (answer) {
      this.entries.delete(key);
      this.entries.set(key, answer);
    }
    return answer;
  }

  set(key: string, version: number, answer: CachedAnswer): void {
    if (version !== this.version || answer.bytes > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.bytes;
    this.entries.set(key, answer);
    this.bytes += answer.bytes;
    for (const [oldest, kept] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= kept.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
