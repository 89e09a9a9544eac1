import { NextResponse, type NextRequest } from "next/server";
import { getMessages } from "@/lib/i18n";
import { formatMessage } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locales";
import { IMPORT_REQUEST_BYTES, MAX_IMPORT_BYTES } from "@/lib/import/limits";

const IMPORT_PAGE = /^\/([^/]+)\/import\/?$/;

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
 * Adds the locale segment to URLs without one (/organizations → /es/organizations):
 * the language chosen earlier with the switch (a cookie), else the browser's
 * Accept-Language, else English. Also turns away oversized spreadsheet uploads.
 * The matcher keeps this off other localized pages, assets and the API, so it
 * costs nothing there.
 */
export function proxy(request: NextRequest) {
  const importPage = IMPORT_PAGE.exec(request.nextUrl.pathname);
  if (importPage) return refuseOversizedUpload(request, importPage[1]!) ?? NextResponse.next();
  const locale = negotiateLocale(request.headers.get("accept-language"), request.cookies.get(LOCALE_COOKIE)?.value);
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${url.pathname === "/" ? "" : url.pathname}`;
  const response = NextResponse.redirect(url);
  // The answer depends on these two headers; a shared cache must not give one reader's language to another.
  response.headers.set("Vary", "Accept-Language, Cookie");
  return response;
}

export const config = {
  matcher: ["/((?!_next|api|en(?:/|$)|es(?:/|$)|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.[a-zA-Z0-9]+$).*)", "/(en|es)/import"],
};
