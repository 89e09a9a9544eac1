import { NextResponse, type NextRequest } from "next/server";
import { getMessages } from "@/lib/i18n";
import { formatMessage } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locales";
import { IMPORT_REQUEST_BYTES, MAX_IMPORT_BYTES } from "@/lib/import/limits";
import path from "node:path";
import { watchDataVersion } from "@/db/data-version-watch";
import { readEnv } from "@/lib/env";
import { fillHeaders, isTextAnswer, PageCache, pageCacheKey, toCachedAnswer, withNonce, type CachedAnswer } from "@/lib/page-cache";
import { newNonce, nonceOf, NOTHING_POLICY, pagePolicy, SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from "@/lib/security/headers";

const IMPORT_PAGE = /^\/([^/]+)\/import\/?$/;
const LOCALIZED = /^\/(en|es)(?:\/|$)/;
/** robots.txt, sitemaps, the icon, images: served as they are. */
const FILE = /\.[a-zA-Z0-9]+$/;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * An upload larger than server actions accept (next.config.ts) would fail inside
 * Next.js with a 500; it is answered here with a 413 that says what to do. The
 * upload form checks the size before sending when JavaScript runs; this is for
 * when it does not. Below the limit, the import itself checks the file.
 */
function refuseOversizedUpload(request: NextRequest, locale: string): NextResponse | null {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (request.method !== "POST" || !(length > IMPORT_REQUEST_BYTES)) return null;
  const lang = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const m = getMessages(lang).dataImport;
  const mb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
  const message = formatMessage(m.problems.too_large!, { size: mb(length), max: mb(MAX_IMPORT_BYTES) }, lang);
  const page = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(m.fileRefused)}</title></head><body><h1>${escapeHtml(m.fileRefused)}</h1><p>${escapeHtml(message)}</p><p><a href="/${lang}/import">${escapeHtml(m.back)}</a></p></body></html>`;
  return new NextResponse(page, { status: 413, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

/**
 * An address whose "%" codes are not UTF-8 (/en/organizations/%ED%A0%80) made
 * Next.js answer 500 before any page or route ran: it is answered here with a
 * 400 that says so, as JSON under /api and as a page elsewhere.
 */
function refuseMalformedAddress(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    const lang = LOCALIZED.exec(pathname)?.[1] ?? DEFAULT_LOCALE;
    const m = getMessages(isLocale(lang) ? lang : DEFAULT_LOCALE).errors;
    if (pathname.startsWith("/api/")) return NextResponse.json({ error: m.malformedAddress }, { status: 400 });
    const home = `/${lang}`;
    const page = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(m.malformedAddressTitle)}</title></head><body><h1>${escapeHtml(m.malformedAddressTitle)}</h1><p>${escapeHtml(m.malformedAddress)}</p><p><a href="${home}">Puentes</a></p></body></html>`;
    return new NextResponse(page, {
      status: 400,
      headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": NOTHING_POLICY },
    });
  }
}

const env = readEnv();
// A sign-in form's answer may send the browser on to the institutional sign-on.
const formActions = env.OIDC_ISSUER ? [new URL(env.OIDC_ISSUER).origin] : [];

const pageCache = new PageCache(64 * 1024 * 1024);
const dataVersion = watchDataVersion(path.resolve(env.DATABASE_PATH));
/** Fills under way, so readers asking for the same page at once wait for one render. */
const filling = new Map<string, Promise<(CachedAnswer & { shareable: boolean }) | null>>();

/** The page rendered by this server itself, on the request the proxy lets through (FILL_HEADER). */
async function fill(request: NextRequest): Promise<(CachedAnswer & { shareable: boolean }) | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${env.PORT}${request.nextUrl.pathname}${request.nextUrl.search}`, {
      headers: fillHeaders(request),
      redirect: "manual",
    });
    // Anything but text (a file) is answered the usual way, not through here.
    if (!isTextAnswer(response.headers)) return null;
    const body = await response.text();
    return toCachedAnswer(response.status, response.headers, body, nonceOf(response.headers.get("content-security-policy")));
  } catch {
    // Not listening where PORT says (started some other way): render as usual.
    return null;
  }
}

/**
 * A public page or API answer for a reader who is not signed in, from the page
 * cache (lib/page-cache.ts) or rendered once and kept, until anything is
 * written to the database. Null for requests it does not serve.
 */
async function fromPageCache(request: NextRequest): Promise<NextResponse | null> {
  const key = pageCacheKey(request);
  const version = key ? dataVersion() : null;
  if (!key || version === null) return null;
  let answer: CachedAnswer | undefined = pageCache.get(key, version);
  const hit = answer !== undefined;
  if (!answer) {
    let pending = filling.get(key);
    const mine = !pending;
    if (!pending) {
      pending = fill(request).finally(() => filling.delete(key));
      filling.set(key, pending);
    }
    const filled = await pending;
    // An answer that is not to be shared (a 404, a cookie set) goes only to the reader it was rendered for.
    if (!filled || (!filled.shareable && !mine)) return null;
    if (filled.shareable) pageCache.set(key, version, filled);
    answer = filled;
  }
  const nonce = newNonce();
  const { headers, body } = withNonce(answer, nonce);
  const https = servedOverHttps(request);
  if (answer.nonce) headers.set("Content-Security-Policy", pagePolicy({ nonce, https, development: false, formActions }));
  for (const { key: name, value } of SECURITY_HEADERS) headers.set(name, value);
  if (https) headers.set(STRICT_TRANSPORT_SECURITY.key, STRICT_TRANSPORT_SECURITY.value);
  headers.set("X-Puentes-Cache", hit ? "hit" : "miss");
  return new NextResponse(body, { status: answer.status, headers });
}

function servedOverHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/**
 * A page with its Content-Security-Policy (lib/security/headers.ts): a fresh
 * nonce, passed to Next.js in the request's policy, which it reads to mark its
 * own scripts, and sent to the browser in the response's.
 */
function withPagePolicy(request: NextRequest, answer?: NextResponse | null): NextResponse {
  const https = servedOverHttps(request);
  const policy = pagePolicy({ nonce: newNonce(), https, development: process.env.NODE_ENV === "development", formActions });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = answer ?? NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set(STRICT_TRANSPORT_SECURITY.key, STRICT_TRANSPORT_SECURITY.value);
  return response;
}

/**
 * Every page gets its security policy, and files one that allows nothing (an
 * SVG opened on its own could run script). URLs without the locale segment
 * (/organizations → /es/organizations) are sent on with the language chosen
 * earlier with the switch (a cookie), else the browser's Accept-Language, else
 * English. Oversized spreadsheet uploads and malformed addresses are turned
 * away. Readers who are not signed in get public pages and API reads from the
 * page cache. The matcher keeps this off Next.js's assets.
 */
export async function proxy(request: NextRequest) {
  const malformed = refuseMalformedAddress(request);
  if (malformed) return malformed;
  const cached = await fromPageCache(request);
  if (cached) return cached;
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const importPage = IMPORT_PAGE.exec(pathname);
  if (importPage) return withPagePolicy(request, refuseOversizedUpload(request, importPage[1]!));
  if (LOCALIZED.test(pathname)) return withPagePolicy(request);
  if (FILE.test(pathname)) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", NOTHING_POLICY);
    return response;
  }
  const locale = negotiateLocale(request.headers.get("accept-language"), request.cookies.get(LOCALE_COOKIE)?.value);
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
  const response = NextResponse.redirect(url);
  // The answer depends on these two headers; a shared cache must not give one reader's language to another.
  response.headers.set("Vary", "Accept-Language, Cookie");
  return response;
}

export const config = {
  matcher: ["/((?!_next/).*)"],
};
