/**
 * When a change was made, as history lists show it. Changes are instants, not the
 * partial dates of the historical record, so they get a time; UTC keeps the text
 * the same whichever server renders it.
 */
import { reusedFormatter } from "@/lib/i18n/intl";
import type { Locale } from "@/lib/i18n/locales";

export function formatChangeTime(at: Date, locale: Locale): string {
  const format = reusedFormatter(
    "change-time",
    locale,
    (tag) =>
      new Intl.DateTimeFormat(tag, {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone: "UTC",
        timeZoneName: "short",
      }),
  );
  return format.format(at);
}
