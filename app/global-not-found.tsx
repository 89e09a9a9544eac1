import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import "./globals.css";

const { m, locale } = getI18n(DEFAULT_LOCALE);

export const metadata: Metadata = { title: `${m.errors.notFoundTitle} · ${m.site.name}`, description: m.errors.notFound };

export default function GlobalNotFound() {
  return (
    <html lang={locale}>
      <body className="bg-white font-sans text-ink antialiased">
        <main className="mx-auto max-w-3xl px-4 py-16">
          <p className="font-serif text-2xl font-semibold text-brand-strong">{m.site.name}</p>
          <h1 className="mt-6 font-serif text-3xl font-semibold">{m.errors.notFoundTitle}</h1>
          <p className="mt-3 text-muted">{m.errors.notFound}</p>
          <p className="mt-6">
            <Link href={routes.home(locale)}>{m.errors.backHome}</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
