/**
 * Intl formatters, made once per language and options and reused: making one
 * costs tens of microseconds (its locale data is resolved each time), using one
 * almost nothing, and a page formats hundreds of dates and counts.
 */
import { intlTag, type Locale } from "./locales";

const made = new Map<string, unknown>();

/** The formatter `make` gives for `locale`, kept under `name` (which must say its options). */
export function reusedFormatter<T>(name: string, locale: Locale, make: (tag: string) => T): T {
  const key = `${name}\u0000${locale}`;
  let formatter = made.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make(intlTag(locale));
    made.set(key, formatter);
  }
  return formatter;
}
