/**
 * The languages Puentes is served in. URLs always carry one (/en/…), and records
 * keep English and Spanish fields, so adding Spanish pages is a matter of adding
 * "es" here and its messages.
 */
export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Languages records are written in (both exist in the data from the start). */
export type ContentLanguage = "en" | "es";

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** BCP 47 tag used with Intl for a locale. */
export function intlTag(locale: Locale): string {
  return locale === "en" ? "en-US" : "es-MX";
}
