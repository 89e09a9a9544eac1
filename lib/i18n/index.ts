import "server-only";
import type { Locale } from "./locales";
import { catalogs } from "./messages";
import type { Messages } from "./messages/en";

export function getMessages(locale: Locale): Messages {
  return catalogs[locale];
}

export type { Messages };
