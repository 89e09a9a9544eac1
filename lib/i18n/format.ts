/**
 * Fills message templates. Supports {name} placeholders and ICU-style plurals
 * ({count, plural, =0 {…} one {# …} other {# …}}) with Intl.PluralRules, so
 * plural forms come from the language's own rules, and numbers from Intl.NumberFormat.
 */
import { reusedFormatter } from "./intl";
import type { Locale } from "./locales";

type Values = Record<string, string | number>;

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

export function formatMessage(template: string, values: Values, locale: Locale): string {
  const number = numberFormat(locale);
  const rules = reusedFormatter("plural", locale, (tag) => new Intl.PluralRules(tag));
  const withPlurals = template.replace(PLURAL, (_, name: string, body: string) => {
    const n = Number(values[name]);
    const branches = new Map<string, string>();
    for (const [, key, text] of body.matchAll(BRANCH)) branches.set(key!, text!);
    const chosen = branches.get(`=${n}`) ?? branches.get(rules.select(n)) ?? branches.get("other") ?? "";
    return chosen.replaceAll("#", number.format(n));
  });
  return withPlurals.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    if (v === undefined) return whole;
    return typeof v === "number" ? number.format(v) : v;
  });
}

const numberFormat = (locale: Locale) => reusedFormatter("number", locale, (tag) => new Intl.NumberFormat(tag));

export function formatNumber(n: number, locale: Locale): string {
  return numberFormat(locale).format(n);
}

/** "A, B and C" in the reader's language. */
export function formatList(items: string[], locale: Locale): string {
  return reusedFormatter("list", locale, (tag) => new Intl.ListFormat(tag, { style: "long", type: "conjunction" })).format(items);
}
