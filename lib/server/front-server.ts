/**
 * The server `npm start` runs: Next.js behind a plain node:http front that
 * answers readers who are not signed in from the page cache (lib/page-cache/).
 * A kept page costs a map lookup, a nonce and a write, none of Next.js's request
 * handling, so public reads run near node:http's own speed (README, "Page
 * cache"). Everything else, and every miss, goes to Next.js's handler in the
 * same process. SIGTERM and SIGINT stop taking connections, let the requests in
 * flight finish, then exit.
 */
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { watchChanges } from "@/db/change-watch";
import { readEnv } from "@/lib/env";
import { fillHeaders, pageCacheKey, type RequestLike } from "@/lib/page-cache/keys";
import { bodyWithNonce, isTextAnswer, PageCache, toCachedAnswer, type CachedAnswer } from "@/lib/page-cache/store";
import { recordTags } from "@/lib/page-cache/tags";
import { formActionOrigins, newNonce, nonceOf, pagePolicy, SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from "@/lib/security/headers";

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>;
type Filled = CachedAnswer & { shareable: boolean };

export interface FrontOptions {
  /** Next.js's request handler: everything the cache does not answer. */
  handle: Handler;
  /** Where this server listens on the loopback interface, for its own fills. */
  port: number;
  /** The database file whose data version empties the cache. */
  database: string;
  /** Origins a sign-in form may be sent on to (the page policy's form-action). */
  formActions: readonly string[];
  maxBytes?: number;
}

const loopback = new http.Agent({ keepAlive: true, maxSockets: 16 });

function requestLike(request: http.IncomingMessage): RequestLike {
  return {
    method: request.method ?? "GET",
    url: request.url ?? "/",
    header(name) {
      const value = request.headers[name];
      return Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/** Whether the reader takes gzip (`gzip` or `*` with a weight above zero). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  for (const item of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [coding, ...params] = item.split(";").map((s) => s.trim());
    if (coding !== "gzip" && coding !== "*") continue;
    const weight = params.find((p) => p.startsWith("q="));
    return weight === undefined || Number(weight.slice(2)) > 0;
  }
  return false;
}

function servedOverHttps(request: http.IncomingMessage): boolean {
  return request.headers["x-forwarded-proto"] === "https" || "encrypted" in request.socket;
}

/**
 * A rendered answer's headers as every reader gets them, but those that change
 * per answer (the page policy, which names the nonce; HSTS, for HTTPS only).
 */
function sharedHeaders(rendered: Headers, nonce: string | null): Headers {
  const headers = new Headers(rendered);
  // Other answers keep their policy (one that allows nothing).
  if (nonce) headers.delete("content-security-policy");
  headers.delete(STRICT_TRANSPORT_SECURITY.key);
  for (const { key, value } of SECURITY_HEADERS) headers.set(key, value);
  if (!/\baccept-encoding\b/i.test(headers.get("vary") ?? "")) headers.append("Vary", "Accept-Encoding");
  return headers;
}

/** The request handler: kept answers for anonymous reads, Next.js for the rest. */
export function frontListener({ handle, port, database, formActions, maxBytes = 64 * 1024 * 1024 }: FrontOptions): Handler {
  const cache = new PageCache(maxBytes);
  const changes = watchChanges(database);
  /** Fills under way, so readers asking for the same page at once wait for one render. */
  const filling = new Map<string, Promise<Filled | null>>();

  /** The page rendered by Next.js on a request the front passes straight on (FILL_HEADER); null for anything not kept (a file, a redirect). */
  function fill(request: RequestLike): Promise<Filled | null> {
    return new Promise((resolve) => {
      let outgoing: http.ClientRequest;
      try {
        outgoing = http.get({ host: "127.0.0.1", port, path: request.url, headers: fillHeaders(request), agent: loopback }, (incoming) => {
          const headers = new Headers();
          for (let i = 0; i < incoming.rawHeaders.length; i += 2) headers.append(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
          if (!isTextAnswer(headers)) {
            incoming.resume();
            return resolve(null);
          }
          const chunks: Buffer[] = [];
          incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
          incoming.on("error", () => resolve(null));
          // Cut off before its end (the render failed midway): rendered again for each reader, as usual.
          incoming.on("close", () => resolve(null));
          incoming.on("end", () => {
            const body = Buffer.concat(chunks);
            const nonce = nonceOf(headers.get("content-security-policy"));
            resolve(toCachedAnswer(incoming.statusCode ?? 500, sharedHeaders(headers, nonce), body, nonce, recordTags(request.url, body)));
          });
        });
      } catch {
        // An address node:http will not send as it came: Next.js answers it as usual.
        return resolve(null);
      }
      // Not listening where it should be (shutting down): Next.js answers as usual.
      outgoing.on("error", () => resolve(null));
    });
  }

  function send(request: http.IncomingMessage, response: http.ServerResponse, answer: CachedAnswer, hit: boolean): void {
    const nonce = newNonce();
    const gzip = acceptsGzip(request.headers["accept-encoding"]);
    const body = bodyWithNonce(answer, nonce, gzip);
    const https = servedOverHttps(request);
    const raw = [...answer.headers.flat(), "Content-Length", String(body.length), "X-Puentes-Cache", hit ? "hit" : "miss"];
    if (answer.nonce) raw.push("Content-Security-Policy", pagePolicy({ nonce, https, development: false, formActions }));
    if (https) raw.push(STRICT_TRANSPORT_SECURITY.key, STRICT_TRANSPORT_SECURITY.value);
    if (gzip) raw.push("Content-Encoding", "gzip");
    response.writeHead(answer.status, raw);
    response.end(body);
  }

  return async (request, response) => {
    const reader = requestLike(request);
    const key = pageCacheKey(reader);
    const look = key === null ? null : changes();
    if (key === null || look === null) return handle(request, response);
    const { version } = look;
    cache.advance(version, look.changed);
    const kept = cache.get(key, version);
    if (kept) return send(request, response, kept, true);
    let pending = filling.get(key);
    const mine = !pending;
    if (!pending) {
      pending = fill(reader).finally(() => filling.delete(key));
      filling.set(key, pending);
    }
    const filled = await pending;
    // An answer that is not to be shared (a 404, a cookie set) goes only to the reader it was rendered for.
    if (!filled || (!filled.shareable && !mine)) return handle(request, response);
    if (filled.shareable) cache.set(key, version, filled);
    send(request, response, filled, false);
  };
}

/**
 * Serves the production build in `dir` on `port` until SIGTERM or SIGINT, then
 * lets the requests in flight finish and exits with 128 + the signal's number.
 * The database is prepared by Next.js's start-up (instrumentation.ts).
 */
export async function servePuentes({ dir, port }: { dir: string; port: number }): Promise<void> {
  // Next.js and React read it when they load.
  (process.env as Record<string, string>).NODE_ENV = "production";
  const env = readEnv();
  const database = path.resolve(dir, env.DATABASE_PATH);
  const { default: next } = await import("next");
  const app = next({ dev: false, dir, port, hostname: "localhost" });
  await app.prepare();
  const listener = frontListener({
    handle: app.getRequestHandler(),
    port,
    database,
    formActions: formActionOrigins(env),
  });
  let stopping = false;
  const server = http.createServer((request, response) => {
    // Keep-alive connections are closed after their answer once the server stops.
    if (stopping) response.setHeader("Connection", "close");
    listener(request, response).catch((error: unknown) => {
      console.error("[puentes] request failed:", error);
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Internal server error");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve());
  });
  console.log(`[puentes] serving on http://localhost:${port}, database ${database}`);

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`[puentes] ${signal}: finishing the requests in flight`);
    const exit = () => process.exit(128 + (os.constants.signals[signal] ?? 0));
    server.close(() => void app.close().finally(exit));
    server.closeIdleConnections();
    // A request that never ends must not keep the server up for ever.
    setTimeout(() => {
      server.closeAllConnections();
      exit();
    }, 30_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
