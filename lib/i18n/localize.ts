/**
 * Records keep English and Spanish text side by side. Pages show the reader's
 * language and fall back to the other one, saying so, rather than showing nothing.
 */
import type { Bilingual } from "@/db/queries/shared";
import type { ContentLanguage, Locale } from "./locales";

export interface LocalizedText {
  text: string;
  /** The language the text is actually in (for the lang attribute). */
  lang: ContentLanguage;
  /** True when the reader's language was missing and the other one is shown. */
  isFallback: boolean;
}

export function localize(value: Bilingual, locale: Locale): LocalizedText | null {
  const wanted: ContentLanguage = locale;
  const other: ContentLanguage = wanted === "en" ? "es" : "en";
  const first = value[wanted];
  if (first) return { text: first, lang: wanted, isFallback: false };
  const second = value[other];
  if (second) return { text: second, lang: other, isFallback: true };
  return null;
}

/** For names and titles, which are never empty in at least one language. */
export function localizedName(value: Bilingual, locale: Locale): string {
  return localize(value, locale)?.text ?? "";
}
