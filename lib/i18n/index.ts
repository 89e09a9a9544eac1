import "server-only";
import type { Locale } from "./locales";
import { en, type Messages } from "./messages/en";

const catalogs: Record<Locale, Messages> = { en };

export function getMessages(locale: Locale): Messages {
  return catalogs[locale];
}

export type { Messages };
