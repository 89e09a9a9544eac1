/**
 * The languages Puentes is served in. Every page has a URL in each (/en/…, /es/…);
 * records keep English and Spanish fields side by side.
 */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Remembers the language a reader chose with the header's switch (it wins over Accept-Language). */
export const LOCALE_COOKIE = "puentes-locale";
/** A year: the choice is a preference, not a session. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Languages records are written in (both exist in the data from the start). */
export type ContentLanguage = "en" | "es";
export const CONTENT_LANGUAGES = ["en", "es"] as const satisfies readonly ContentLanguage[];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** BCP 47 tag used with Intl for a locale: the forum's two countries. */
export function intlTag(locale: Locale): string {
  return locale === "en" ? "en-US" : "es-MX";
}

export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "es" : "en";
}

/**
 * The language of a first visit: an explicit earlier choice (the cookie) wins; then
 * the browser's Accept-Language, highest q first (any es-* means Spanish, any en-*
 * English); anything unreadable means English.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined, cookie?: string | null): Locale {
  if (cookie && isLocale(cookie)) return cookie;
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranges = acceptLanguage
    .slice(0, 1000)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.quality > 0 && /^[a-z]{1,8}(-[a-z0-9]{1,8})*$|^\*$/.test(r.tag))
    // Equal weights keep the browser's order.
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    const primary = tag.split("-")[0]!;
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
