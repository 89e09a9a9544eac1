/**
 * How every /api/v1 address answers: JSON with a strong ETag (a hash of the body,
 * so If-None-Match gets a 304 whenever the answer is byte-for-byte the same), short
 * public caching, CORS for any origin (the data is public and read-only), errors as
 * `{"error": {"message", "parameter"}}`, and a JSON 405 for methods that would write.
 */
import "server-only";
import { createHash } from "node:crypto";
import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { logEvent } from "@/lib/log";
import type { ApiError } from "./schemas";

/**
 * A minute fresh, then up to five more minutes served stale while a cache refetches:
 * an edit reaches API clients within minutes, and a burst of identical requests
 * (a dashboard, a class) is answered by caches. Exports are larger and change as rarely.
 */
export const API_CACHE_CONTROL_SECONDS = { maxAge: 60, stale: 300 };
export const API_CACHE_CONTROL = `public, max-age=${API_CACHE_CONTROL_SECONDS.maxAge}, stale-while-revalidate=${API_CACHE_CONTROL_SECONDS.stale}`;

const ALLOW = "GET, HEAD, OPTIONS";

/** Browsers may call the API from any site; If-None-Match is the one request header clients need beyond the simple ones. */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Content-Disposition",
} as const;

export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored, * matches anything. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}

export function jsonResponse(request: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = strongEtag(text);
  const headers = { ...CORS_HEADERS, "Cache-Control": API_CACHE_CONTROL, ETag: etag };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

export function errorResponse(status: number, message: string, parameter?: string, headers: Record<string, string> = {}): Response {
  const body: ApiError = { error: parameter === undefined ? { message } : { message, parameter } };
  return new Response(JSON.stringify(body), {
    status,
    // Errors are not cached: the parameter or the record may be fixed a moment later.
    headers: { ...CORS_HEADERS, "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8", ...headers },
  });
}

/** A refusal that names the parameter at fault (a 400). */
export function badParameter(parameter: string, message: string): AppError {
  return new AppError("bad_request", message, { parameter });
}

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Response | Promise<Response>;

export const readOnlyMessage = (method: string) => `The API is read-only: use GET. ${method} is not allowed here.`;
export const noRecordMessage = (kind: string, slug: string) => `No ${kind} has the slug "${slug}".`;

function methodNotAllowed(request: Request): Response {
  return errorResponse(405, readOnlyMessage(request.method), undefined, { Allow: ALLOW });
}

function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      Allow: ALLOW,
      "Access-Control-Allow-Methods": ALLOW,
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/**
 * The exports of one route file: GET (HEAD follows it) with errors turned into
 * JSON, OPTIONS for CORS preflights, and 405 for the methods that would write.
 */
export function apiRoute<P = unknown>(get: Handler<P>) {
  const GET: Handler<P> = async (request, context) => {
    try {
      return await get(request, context);
    } catch (error) {
      if (error instanceof AppError && error.status < 500) {
        const parameter = (error.details as { parameter?: string } | undefined)?.parameter;
        return errorResponse(error.status, error.publicMessage, parameter);
      }
      logEvent("api_error", { path: request.nextUrl.pathname, error: error instanceof Error ? error.message : String(error) });
      return errorResponse(500, "Something went wrong on our side.");
    }
  };
  return { GET, OPTIONS: preflight, POST: methodNotAllowed, PUT: methodNotAllowed, PATCH: methodNotAllowed, DELETE: methodNotAllowed };
}
