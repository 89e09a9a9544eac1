/**
 * Rendered public pages and API answers, kept in memory for readers who are not
 * signed in, until anything is written to the database (the front server,
 * lib/server/front-server.ts, checks the data version on every request, so an
 * edit shows on the very next one). A page is the same for every anonymous
 * reader but for its Content-Security-Policy nonce, which is replaced by a fresh
 * one on every answer: the policy stays one nonce per response, as if the page
 * had been rendered for it.
 */
import { deflateParts, gzipAround } from "./gzip";

export interface CachedAnswer {
  status: number;
  headers: [string, string][];
  /**
   * The body, cut where the nonce it was rendered with stood: an answer joins
   * the parts around a fresh one without scanning 150 kB of text.
   */
  parts: Buffer[];
  /** The same parts deflated once each, for readers who accept gzip (lib/page-cache/gzip.ts). */
  deflated: Buffer[];
  /** The nonce the page was rendered with; null for answers without one (the body is one part). */
  nonce: string | null;
  /** The record pages it shows (lib/page-cache/tags.ts); null when it may show any record. */
  tags: ReadonlySet<string> | null;
  /** Memory held: the parts, plain and deflated. */
  bytes: number;
}

/** Headers that describe the bytes as sent, not the answer: the server sets them again. */
const TRANSPORT_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"]);

/** Answers kept: pages, the router's payloads, JSON. */
export function isTextAnswer(headers: Headers): boolean {
  return /^(?:text\/html|text\/x-component|application\/json)/.test(headers.get("content-type") ?? "");
}

/** `body` cut wherever `separator` stands. */
function splitBytes(body: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(separator); at !== -1; at = body.indexOf(separator, from)) {
    parts.push(body.subarray(from, at));
    from = at + separator.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

/** A filled answer as it can be passed on; `shareable` when it may be kept for others (200, no cookie set). */
export function toCachedAnswer(
  status: number,
  headers: Headers,
  body: Buffer,
  nonce: string | null,
  tags: ReadonlySet<string> | null = null,
): CachedAnswer & { shareable: boolean } {
  const kept = [...headers].filter(([name]) => !TRANSPORT_HEADERS.has(name.toLowerCase()));
  const parts = nonce ? splitBytes(body, Buffer.from(nonce)) : [body];
  const deflated = deflateParts(parts);
  const bytes = [...parts, ...deflated].reduce((n, part) => n + part.length, 0);
  return { status, headers: kept, parts, deflated, nonce, tags, bytes, shareable: status === 200 && !headers.has("set-cookie") };
}

/** The answer's body with `nonce` where the one it was rendered with stood, gzipped or as it is (the caller sets the policy). */
export function bodyWithNonce(answer: CachedAnswer, nonce: string, gzip: boolean): Buffer {
  const fresh = Buffer.from(nonce);
  if (gzip) return gzipAround(answer.parts, answer.deflated, fresh);
  if (answer.parts.length === 1) return answer.parts[0]!;
  return Buffer.concat(answer.parts.flatMap((part, i) => (i === 0 ? [part] : [fresh, part])));
}

/** Since the last look at the database: nothing, the record pages changed, or more than can be named (db/change-watch.ts). */
export type Changed = ReadonlySet<string> | "everything" | null;

/** Whether an answer with these tags shows one of the changed pages; untagged answers may show any. */
function showsAny(tags: ReadonlySet<string> | null, changed: ReadonlySet<string>): boolean {
  if (tags === null) return true;
  for (const page of changed) if (tags.has(page)) return true;
  return false;
}

/** Answers by key for one data version, least recently used dropped first past `maxBytes`. */
export class PageCache {
  private entries = new Map<string, CachedAnswer>();
  private bytes = 0;
  private version: number | null = null;

  constructor(private readonly maxBytes: number) {}

  /**
   * Moves to data version `version`, dropping what `changed` makes stale: the
   * answers that show a changed record and those that may show any record.
   */
  advance(version: number, changed: Changed): void {
    if (version === this.version && changed === null) return;
    if (this.version === null || changed === "everything") {
      this.entries.clear();
      this.bytes = 0;
    } else if (changed !== null && changed.size > 0) {
      for (const [key, answer] of this.entries) if (showsAny(answer.tags, changed)) this.drop(key, answer);
    }
    this.version = version;
  }

  /** The kept answer, if it is current at this data version (see advance). */
  get(key: string, version: number): CachedAnswer | undefined {
    if (version !== this.version) return undefined;
    const answer = this.entries.get(key);
    if (answer) {
      this.entries.delete(key);
      this.entries.set(key, answer);
    }
    return answer;
  }

  /** Keeps an answer rendered at `version`; one rendered before the last change is not kept. */
  set(key: string, version: number, answer: CachedAnswer): void {
    if (version !== this.version || answer.bytes > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    this.entries.set(key, answer);
    this.bytes += answer.bytes;
    for (const [oldest, kept] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest, kept);
    }
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get size(): number {
    return this.entries.size;
  }

  private drop(key: string, answer: CachedAnswer): void {
    this.entries.delete(key);
    this.bytes -= answer.bytes;
  }
}
