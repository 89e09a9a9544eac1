import Link from "next/link";
import { LanguageSwitch } from "@/components/language-switch";
import { SearchBox } from "@/components/search/search-box";
import { otherLocale } from "@/lib/i18n/locales";
import type { I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

export function SiteHeader({ i18n }: { i18n: I18n }) {
  const { m, locale } = i18n;
  const other = otherLocale(locale);
  const nav = [
    { href: routes.organizations(locale), label: m.nav.organizations },
    { href: routes.programs(locale), label: m.nav.programs },
    { href: routes.meetings(locale), label: m.nav.meetings },
    { href: routes.agreements(locale), label: m.nav.agreements },
    { href: routes.people(locale), label: m.nav.people },
    { href: routes.topics(locale), label: m.nav.topics },
    { href: routes.partners(locale), label: m.nav.partners },
    { href: routes.network(locale), label: m.nav.network },
    { href: routes.map(locale), label: m.nav.map },
  ];
  return (
    <header className="border-b border-line bg-white">
      {/* The two countries' colours, once, as a thin rule. */}
      <div aria-hidden="true" className="flex h-1">
        <div className="flex-1 bg-us" />
        <div className="flex-1 bg-mx" />
      </div>
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-4">
        <div className="flex flex-col gap-3 md:flex-row md:items-center md:justify-between">
          <Link href={routes.home(locale)} className="group flex flex-col no-underline">
            <span className="font-serif text-2xl font-semibold text-brand-strong">{m.site.name}</span>
            <span className="text-xs text-muted">{m.site.tagline}</span>
          </Link>
          <div className="flex items-center gap-3">
            <SearchBox
              action={routes.search(locale)}
              locale={locale}
              labels={{
                label: m.search.label,
                placeholder: m.search.placeholder,
                submit: m.search.submit,
                suggestions: m.search.suggestions,
                seeAll: m.search.seeAll,
                noSuggestions: m.search.noSuggestions,
              }}
            />
            <LanguageSwitch target={other} label={m.site.otherLanguage} description={m.site.otherLanguageDescription} />
          </div>
        </div>
        <nav aria-label={m.site.mainNavigation}>
          <ul className="flex flex-wrap gap-x-4 text-sm font-medium">
            {nav.map((item) => (
              <li key={item.href}>
                {/* py-1: a target at least 24 px high (WCAG 2.2 target size) once the list wraps on a phone. */}
                <Link href={item.href} className="inline-block py-1 text-ink no-underline hover:text-brand hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
