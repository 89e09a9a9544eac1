/**
 * The data layer and the validation schemas do not know the reader's language, yet
 * their messages reach the reader (a field error, a refused save, an ignored query
 * parameter). They raise *references* instead: `msg("validation.required", { field })`
 * is a string that names a message key and its values, and the page renders it in
 * its own language (`i18n.msg`, or any value passed to `i18n.t`). Values may
 * themselves be references ("{field}" → "the English name" / "el nombre en inglés").
 * Anything that is not a reference is shown as it is.
 */
import { formatList, formatMessage } from "./format";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { catalogs, type Messages } from "./messages";

/** Dotted paths of the messages: "validation.required", "vocabulary.meetingKind.seminar". */
export type MessageKey = KeyPaths<Messages>;
type KeyPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : T[K] extends object ? `${K}.${KeyPaths<T[K]>}` : never;
}[keyof T & string];

/** A list value (several references or texts) reads as "A, B and C" in the reader's language. */
type Values = Record<string, string | number | readonly string[]>;

/** Invisible to a reader should one ever slip through unrendered; never typed by hand. */
const PREFIX = "\u2063msg:";

export function msg(key: MessageKey, values: Values = {}): string {
  return `${PREFIX}${JSON.stringify([key, values])}`;
}

export function isMessageRef(text: string): boolean {
  return text.startsWith(PREFIX);
}

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function renderValues(values: Values, locale: Locale): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === "number") out[k] = v;
    else if (typeof v === "string") out[k] = renderMessage(v, locale);
    else
      out[k] = formatList(
        v.map((item) => renderMessage(item, locale)),
        locale,
      );
  }
  return out;
}

export function renderMessage(text: string, locale: Locale): string {
  if (!isMessageRef(text)) return text;
  let key: string;
  let values: Values;
  try {
    [key, values] = JSON.parse(text.slice(PREFIX.length)) as [string, Values];
  } catch {
    return text.slice(PREFIX.length);
  }
  const template = lookup(catalogs[locale], key) ?? lookup(catalogs[DEFAULT_LOCALE], key) ?? key;
  return formatMessage(template, renderValues(values ?? {}, locale), locale);
}

/** For logs, API answers and tests: the English text. */
export function inEnglish(text: string): string {
  return renderMessage(text, "en");
}
