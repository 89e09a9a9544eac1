/**
 * What a spreadsheet cell may hold, read into what the record schemas expect.
 * People type labels ("Working group", "Mexico", "Sonora"), paste addresses
 * ("https://ror.org/03m2x1q45", "www.arizona.edu") and use decimal commas; each
 * reader accepts those and says plainly what it could not read. The schemas in
 * lib/validation/records.ts still decide what is valid.
 */
import { getState, STATES } from "@/lib/geo";
import { foldText } from "@/lib/search/normalize";
import { COUNTRIES, MEETING_COUNTRIES } from "@/lib/vocabulary";

/** A problem with one cell, as a code the preview words in the reader's language. */
export type CellIssue =
  | { code: "not_in_list"; value: string; allowed: string }
  | { code: "not_a_state"; value: string }
  | { code: "not_a_ror_id"; value: string }
  | { code: "not_a_number"; value: string }
  | { code: "not_yes_no"; value: string };

export type CellReading<T> = { ok: true; value: T } | { ok: false; issue: CellIssue };

const ok = <T>(value: T): CellReading<T> => ({ ok: true, value });

/** "Research center", "research-center", "RESEARCH_CENTER" → "research_center". */
export function codeOf(text: string): string {
  return foldText(text.trim())
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** A value of a controlled vocabulary, by its code or its English label. */
export function readChoice<T extends string>(values: readonly T[], text: string): CellReading<T> {
  const code = codeOf(text);
  const found = values.find((v) => v === code);
  return found ? ok(found) : { ok: false, issue: { code: "not_in_list", value: text, allowed: values.join(", ") } };
}

const COUNTRY_NAMES: Record<string, (typeof COUNTRIES)[number]> = {
  us: "US",
  usa: "US",
  u_s: "US",
  u_s_a: "US",
  united_states: "US",
  united_states_of_america: "US",
  estados_unidos: "US",
  eua: "US",
  eeuu: "US",
  ee_uu: "US",
  mx: "MX",
  mex: "MX",
  mexico: "MX",
  us_mx: "US-MX",
  binational: "US-MX",
  binacional: "US-MX",
};

export function readCountry(text: string, allowed: readonly string[] = COUNTRIES): CellReading<string> {
  const country = COUNTRY_NAMES[codeOf(text)];
  return country && allowed.includes(country)
    ? ok(country)
    : { ok: false, issue: { code: "not_in_list", value: text, allowed: allowed.join(", ") } };
}

export const readMeetingCountry = (text: string) => readCountry(text, MEETING_COUNTRIES);

/** "US-AZ", "AZ" (with the country known), "Arizona", "Nuevo León", "Nuevo Leon". */
export function readState(text: string, country: string | null): CellReading<string> {
  const upper = text.trim().toUpperCase();
  if (getState(upper)) return ok(upper);
  if (country === "US" || country === "MX") {
    const code = `${country}-${upper}`;
    if (getState(code)) return ok(code);
  }
  const folded = foldText(text.trim());
  const byName = STATES.filter(
    (s) =>
      (foldText(s.nameEn) === folded || foldText(s.nameEs) === folded) &&
      (country === null || country === "US-MX" || s.country === country),
  );
  return byName.length === 1 ? ok(byName[0]!.code) : { ok: false, issue: { code: "not_a_state", value: text } };
}

const ROR = /^(?:https?:\/\/)?(?:www\.)?(?:ror\.org\/)?(0[a-z0-9]{6}[0-9]{2})\/?$/i;

/** "03m2x1q45" or its address "https://ror.org/03m2x1q45". */
export function readRorId(text: string): CellReading<string> {
  const match = ROR.exec(text.trim());
  return match ? ok(match[1]!.toLowerCase()) : { ok: false, issue: { code: "not_a_ror_id", value: text } };
}

/** An address typed without its scheme ("www.arizona.edu") gets https://; anything else is left for the schema to judge. */
export function readWebsite(text: string): CellReading<string> {
  const value = text.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return ok(value);
  if (/^[^\s/:]+\.[a-z]{2,}(?:[/?#]\S*)?$/i.test(value)) return ok(`https://${value}`);
  return ok(value);
}

/** "32.22174", or "32,22174" as spreadsheets with a decimal comma write it. */
export function readDecimal(text: string): CellReading<number> {
  const value = text.trim().replace(/^(-?\d+),(\d+)$/, "$1.$2");
  const n = Number(value);
  return value !== "" && Number.isFinite(n) ? ok(n) : { ok: false, issue: { code: "not_a_number", value: text } };
}

const YES = new Set(["yes", "y", "true", "1", "x", "si", "s"]);
const NO = new Set(["no", "n", "false", "0"]);

export function readYesNo(text: string): CellReading<boolean> {
  const value = codeOf(text);
  if (YES.has(value)) return ok(true);
  if (NO.has(value)) return ok(false);
  return { ok: false, issue: { code: "not_yes_no", value: text } };
}

// ---------------------------------------------------------------- keys for matching records

/** A name as matching compares it: case, accents and punctuation aside ("Universidad Autónoma de B.C." → "universidad autonoma de b c"). */
export function nameKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const key = (foldText(name).match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
  return key === "" ? null : key;
}

/** A web address as matching compares it: host without www and path without the trailing slash, whatever the scheme. */
export function websiteKey(url: string | null | undefined): string | null {
  if (!url) return null;
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim()}`;
  try {
    const parsed = new URL(text);
    const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
    const path = parsed.pathname.replace(/\/+$/, "");
    return `${host}${path}${parsed.search}`;
  } catch {
    return null;
  }
}

/** The entries of a list cell ("UNAM | CONACYT", one per line, or separated by semicolons). */
export function splitList(text: string): string[] {
  return text
    .split(/[|;\r\n]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}
