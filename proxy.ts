import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/locales";

/**
 * Adds the locale segment to URLs without one (/organizations → /es/organizations):
 * the language chosen earlier with the switch (a cookie), else the browser's
 * Accept-Language, else English. The matcher keeps this off localized pages, assets
 * and the API, so it costs nothing there.
 */
export function proxy(request: NextRequest) {
  const locale = negotiateLocale(request.headers.get("accept-language"), request.cookies.get(LOCALE_COOKIE)?.value);
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${url.pathname === "/" ? "" : url.pathname}`;
  const response = NextResponse.redirect(url);
  // The answer depends on these two headers; a shared cache must not give one reader's language to another.
  response.headers.set("Vary", "Accept-Language, Cookie");
  return response;
}

export const config = {
  matcher: ["/((?!_next|api|en(?:/|$)|es(?:/|$)|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.[a-zA-Z0-9]+$).*)"],
};
