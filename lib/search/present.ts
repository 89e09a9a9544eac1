/**
 * How a found record is named and described in the reader's language: shared by
 * the results page and the type-ahead, so both say the same thing.
 */
import "server-only";
import type { Suggestion } from "@/db/queries/search";
import { getState, isCityState } from "@/lib/geo";
import type { I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import type { PresentedRecord } from "./suggestions";

export type { PresentedRecord } from "./suggestions";

/** `withKind`: say what kind of record it is (results mix kinds; suggestions are grouped by kind already). */
export function presentSearchRecord(record: Suggestion, i18n: I18n, { withKind = true } = {}): PresentedRecord {
  const { m, locale } = i18n;
  const label = locale === "en" ? record.labelEn : (record.labelEs ?? record.labelEn);
  const state = getState(record.state);
  const place = [
    record.city,
    state && !(record.city && isCityState(record.state)) ? (locale === "en" ? state.nameEn : state.nameEs) : null,
    record.country ? m.countryShort[record.country] : null,
  ].filter(Boolean);
  const parts = [
    withKind ? m.search.kindSingular[record.kind] : null,
    record.acronym && !label.includes(record.acronym) ? record.acronym : null,
    place.length ? place.join(", ") : null,
    i18n.date(record.date),
  ].filter(Boolean);
  return { label, detail: parts.join(" · "), href: routes.record(locale, record.kind, record.slug) };
}
