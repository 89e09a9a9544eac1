/**
 * When a change was made, as history lists show it. Changes are instants, not the
 * partial dates of the historical record, so they get a time; UTC keeps the text
 * the same whichever server renders it.
 */
import { intlTag, type Locale } from "@/lib/i18n/locales";

export function formatChangeTime(at: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(at);
}
