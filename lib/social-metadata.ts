/**
 * OpenGraph and Twitter card metadata. The [locale] layout sets the defaults
 * every page inherits (site name, language, card image, the page's own address
 * through url "./"); Next fills og:title and og:description from each page's
 * title and description. A page that sets openGraph replaces the whole object,
 * so record pages build theirs here from the same defaults.
 */
import type { Metadata } from "next";
import { publicUrl, readEnv } from "@/lib/env";
import { intlTag, LOCALES, type Locale } from "@/lib/i18n/locales";
import type { I18n } from "@/lib/i18n/server";

type OpenGraph = NonNullable<Metadata["openGraph"]>;

/** public/social-card.png, drawn by scripts/draw-social-card.ts. */
export const SOCIAL_CARD = { url: "/social-card.png", width: 1200, height: 630, type: "image/png" } as const;

/** og:locale is written with an underscore: en_US, es_MX. */
export function openGraphLocale(locale: Locale): string {
  return intlTag(locale).replace("-", "_");
}

function openGraphDefaults({ m, locale }: I18n) {
  return {
    siteName: m.site.name,
    locale: openGraphLocale(locale),
    alternateLocale: LOCALES.filter((l) => l !== locale).map(openGraphLocale),
    // Resolved against the page's own path (metadataBase + pathname).
    url: "./",
    images: [{ ...SOCIAL_CARD, alt: m.discovery.socialCardAlt }],
  };
}

/** For the root layout: absolute URLs from PUBLIC_URL, a website card, a large Twitter card. */
export function siteSocialMetadata(i18n: I18n): Pick<Metadata, "metadataBase" | "openGraph" | "twitter"> {
  return {
    metadataBase: new URL(publicUrl(readEnv())),
    openGraph: { ...openGraphDefaults(i18n), type: "website" },
    twitter: { card: "summary_large_image" },
  };
}

/** For a record's page: an article about the record, dated by its last change. */
export function recordOpenGraph(i18n: I18n, updatedAt: Date): OpenGraph {
  return { ...openGraphDefaults(i18n), type: "article", modifiedTime: updatedAt.toISOString() };
}
