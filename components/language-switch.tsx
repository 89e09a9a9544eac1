"use client";

/**
 * Reads the page in the other language: same path and query, other locale. A plain
 * link (it works without JavaScript); with JavaScript the choice is also kept in a
 * cookie, so a later visit to an address without a language opens in this one.
 */
import { usePathname, useSearchParams } from "next/navigation";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, type Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/metadata";

export function LanguageSwitch({ target, label, description }: { target: Locale; label: string; description: string }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const href = `${localizedPath(target, pathname)}${query ? `?${query}` : ""}`;
  return (
    <a
      href={href}
      hrefLang={target}
      lang={target}
      title={description}
      onClick={() => {
        document.cookie = `${LOCALE_COOKIE}=${target}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`;
      }}
      className="rounded-md border border-line px-2 py-1 text-sm font-medium text-ink no-underline hover:border-brand hover:text-brand"
    >
      {label}
    </a>
  );
}
