/**
 * Every page exists once per language. `localizedMetadata` adds to a page's own
 * metadata the canonical URL of this version and the hreflang alternates that link
 * it to the other (en, es, and x-default for readers of neither), so no page builds
 * them by hand: a page passes the URL it was built with (a `routes` function).
 * Root-relative URLs here; the layout's metadataBase makes them absolute.
 */
import type { Metadata } from "next";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

/** "/es/organizations/x" → "/organizations/x"; "/es" → "". The query string is not part of a page's identity. */
export function pathWithoutLocale(localizedPath: string): string {
  const path = localizedPath.split(/[?#]/)[0]!;
  const match = /^\/([a-z]{2})(?=\/|$)/.exec(path);
  return match ? path.slice(match[0].length) : path;
}

/** The same page in another language. */
export function localizedPath(locale: Locale, path: string): string {
  return `/${locale}${pathWithoutLocale(path)}`;
}

export function languageAlternates(locale: Locale, path: string): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = {};
  for (const l of LOCALES) languages[l] = localizedPath(l, path);
  languages["x-default"] = localizedPath(DEFAULT_LOCALE, path);
  return { canonical: localizedPath(locale, path), languages };
}

/** A page's metadata with its canonical URL and language alternates. */
export function localizedMetadata(locale: Locale, path: string, metadata: Metadata = {}): Metadata {
  return { ...metadata, alternates: { ...metadata.alternates, ...languageAlternates(locale, path) } };
}
