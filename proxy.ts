import { NextResponse, type NextRequest } from "next/server";
import { getMessages } from "@/lib/i18n";
import { formatMessage } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locales";
import { IMPORT_REQUEST_BYTES, MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { readEnv } from "@/lib/env";
import { formActionOrigins, newNonce, NOTHING_POLICY, pagePolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/security/headers";

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

const formActions = formActionOrigins(readEnv());

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
 * away. (The page cache is in front of Next.js: lib/server/front-server.ts.)
 * The matcher keeps this off Next.js's assets.
 */
export function proxy(request: NextRequest) {
  const malformed = refuseMalformedAddress(request);
  if (malformed) return malformed;
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
