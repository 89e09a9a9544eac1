/**
 * Dates of the record are partial ("2013", "2013-05", "2014-06-09"): sources often
 * give only a month or a year, and we show no more precision than they do.
 * Formatting goes through Intl so Spanish ("9–10 de junio de 2014") comes for free.
 */
import { reusedFormatter } from "@/lib/i18n/intl";
import type { Locale } from "@/lib/i18n/locales";

export type Precision = "year" | "month" | "day";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedPartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

export function parsePartialDate(value: string): ParsedPartialDate | null {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined) {
    const d = new Date(Date.UTC(year, (month ?? 1) - 1, day));
    if (d.getUTCDate() !== day) return null;
  }
  return { year, month, day, precision: day ? "day" : month ? "month" : "year" };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

function toUtcDate(p: ParsedPartialDate): Date {
  return new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
}

function options(precision: Precision): Intl.DateTimeFormatOptions {
  if (precision === "year") return { year: "numeric", timeZone: "UTC" };
  if (precision === "month") return { year: "numeric", month: "long", timeZone: "UTC" };
  return { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
}

function dateFormat(precision: Precision, locale: Locale): Intl.DateTimeFormat {
  return reusedFormatter(`date:${precision}`, locale, (tag) => new Intl.DateTimeFormat(tag, options(precision)));
}

export function formatPartialDate(value: string | null | undefined, locale: Locale): string | null {
  if (!value) return null;
  const p = parsePartialDate(value);
  if (!p) return value;
  return dateFormat(p.precision, locale).format(toUtcDate(p));
}

/** "June 9–10, 2014"; a single date when there is no end or it equals the start. */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined, locale: Locale): string | null {
  if (!start) return formatPartialDate(end, locale);
  if (!end || end === start) return formatPartialDate(start, locale);
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (!a || !b || a.precision !== b.precision) {
    return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
  }
  return dateFormat(a.precision, locale).formatRange(toUtcDate(a), toUtcDate(b));
}

/** The year a partial date falls in, for grouping timelines. */
export function yearOf(value: string | null | undefined): number | null {
  if (!value) return null;
  return parsePartialDate(value)?.year ?? null;
}

/** Machine-readable value for <time dateTime>. */
export function dateTimeAttribute(value: string | null | undefined): string | undefined {
  return value && isPartialDate(value) ? value : undefined;
}
