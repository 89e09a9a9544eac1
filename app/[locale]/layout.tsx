import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { publicUrl, readEnv } from "@/lib/env";
import { resolveLocale } from "@/lib/i18n/server";
import "../globals.css";

// Pages read the live database on every request; caching arrives with its own
// per-record invalidation (see README). Nothing here may be prerendered at build,
// which would also open the database on the build machine.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { m } = await resolveLocale(params);
  return {
    // Canonical and hreflang URLs (localizedMetadata) become absolute against the public address.
    metadataBase: new URL(publicUrl(readEnv())),
    title: { default: `${m.site.name}: ${m.site.tagline}`, template: `%s · ${m.site.name}` },
    description: m.site.description,
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const i18n = await resolveLocale(params);
  return (
    <html lang={i18n.locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          {i18n.m.site.skipToContent}
        </a>
        <SiteHeader i18n={i18n} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children as ReactNode}
        </main>
        <SiteFooter i18n={i18n} />
      </body>
    </html>
  );
}
