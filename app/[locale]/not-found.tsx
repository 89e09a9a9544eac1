import Link from "next/link";
import { ByLocale } from "@/components/by-locale";
import { getI18n } from "@/lib/i18n/server";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";

function NotFoundIn({ locale }: { locale: Locale }) {
  const { m } = getI18n(locale);
  return (
    <div className="py-12">
      <h1 className="font-serif text-3xl font-semibold">{m.errors.notFoundTitle}</h1>
      <p className="mt-3 text-muted">{m.errors.notFound}</p>
      <p className="mt-6">
        <Link href={routes.home(locale)}>{m.errors.backHome}</Link>
      </p>
    </div>
  );
}

// not-found receives no params: both languages are rendered, the URL's is shown.
export default function NotFound() {
  const versions = Object.fromEntries(LOCALES.map((l) => [l, <NotFoundIn key={l} locale={l} />])) as Record<Locale, React.ReactNode>;
  return <ByLocale versions={versions} />;
}
