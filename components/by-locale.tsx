"use client";

/**
 * not-found.tsx and forbidden.tsx receive no params, but they render inside the
 * [locale] layout: this leaf picks, from the versions the server rendered in each
 * language, the one of the URL's locale.
 */
import { useParams } from "next/navigation";
import type { ReactNode } from "react";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

export function ByLocale({ versions }: { versions: Record<Locale, ReactNode> }) {
  const { locale } = useParams<{ locale?: string }>();
  return versions[locale && isLocale(locale) ? locale : DEFAULT_LOCALE];
}
