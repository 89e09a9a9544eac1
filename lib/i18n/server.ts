/**
 * What a server component needs to speak the reader's language: the messages and
 * formatters bound to one locale.
 */
import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Bilingual } from "@/db/queries/shared";
import { formatDateRange, formatPartialDate } from "@/lib/format/dates";
import { formatList, formatMessage, formatNumber } from "./format";
import { getMessages } from "./index";
import { isLocale, type Locale } from "./locales";
import { localize, localizedName } from "./localize";
import { renderMessage, renderValues } from "./message-ref";
import { localizedMetadata } from "./metadata";

export function getI18n(locale: Locale) {
  return {
    locale,
    m: getMessages(locale),
    /** Fills a template; values may be message references from the data layer (see message-ref.ts). */
    t: (template: string, values: Record<string, string | number> = {}) => formatMessage(template, renderValues(values, locale), locale),
    /** A message raised by the data layer or a schema (a reference, or plain text), in this language. */
    msg: (text: string) => renderMessage(text, locale),
    number: (n: number) => formatNumber(n, locale),
    list: (items: string[]) => formatList(items, locale),
    date: (value: string | null | undefined) => formatPartialDate(value, locale),
    dateRange: (start: string | null | undefined, end: string | null | undefined) => formatDateRange(start, end, locale),
    name: (value: Bilingual) => localizedName(value, locale),
    text: (value: Bilingual) => localize(value, locale),
    /** The lang attribute a record's text needs when it is shown in the other language (else undefined: the page's own). */
    langOf: (value: Bilingual) => {
      const shown = localize(value, locale);
      return shown?.isFallback ? shown.lang : undefined;
    },
    /** The visible "not yet translated" marker for a name or text shown in the other language, or undefined. */
    fallbackNote: (value: Bilingual) => {
      const shown = localize(value, locale);
      if (!shown?.isFallback) return undefined;
      const m = getMessages(locale);
      return formatMessage(m.common.translationMissing, { language: m.common.languageName[shown.lang] }, locale);
    },
    /** A page's metadata with its canonical URL and hreflang alternates; `path` is the page's own URL (a `routes` function). */
    meta: (path: string, metadata: Metadata = {}) => localizedMetadata(locale, path, metadata),
  };
}

export type I18n = ReturnType<typeof getI18n>;

/** Reads the [locale] segment; an unknown language is a 404, not an error. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<I18n> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return getI18n(locale);
}
