/** Every language's messages. Not server-only: the data layer renders its messages in English for logs and tests. */
import type { Locale } from "../locales";
import { en, type Messages } from "./en";
import { es } from "./es";

export const catalogs: Record<Locale, Messages> = { en, es };
export type { Messages };
