import type { Metadata } from "next";
import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import "./globals.css";

// An address outside every route has no language of its own: the answer is in both.
const en = getI18n("en");
const es = getI18n("es");

export const metadata: Metadata = {
  title: `${en.m.errors.notFoundTitle} · ${es.m.errors.notFoundTitle} · ${en.m.site.name}`,
  description: `${en.m.errors.notFound} ${es.m.errors.notFound}`,
};

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="bg-white font-sans text-ink antialiased">
        <main className="mx-auto max-w-3xl px-4 py-16">
          <p className="font-serif text-2xl font-semibold text-brand-strong">{en.m.site.name}</p>
          {[en, es].map(({ m, locale }) => (
            <section key={locale} lang={locale} className="mt-6">
              {locale === "en" ? (
                <h1 className="font-serif text-3xl font-semibold">{m.errors.notFoundTitle}</h1>
              ) : (
                <h2 className="font-serif text-3xl font-semibold">{m.errors.notFoundTitle}</h2>
              )}
              <p className="mt-3 text-muted">{m.errors.notFound}</p>
              <p className="mt-3">
                <Link href={routes.home(locale)} hrefLang={locale}>
                  {m.errors.backHome}
                </Link>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
