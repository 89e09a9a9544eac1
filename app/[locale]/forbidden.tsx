import Link from "next/link";
import { ByLocale } from "@/components/by-locale";
import { getI18n } from "@/lib/i18n/server";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";

function ForbiddenIn({ locale }: { locale: Locale }) {
  const { m } = getI18n(locale);
  return (
    <div className="py-12">
      <h1 className="font-serif text-3xl font-semibold">{m.errors.forbiddenTitle}</h1>
      <p className="mt-3 text-muted">{m.errors.forbidden}</p>
      <p className="mt-6 flex gap-6">
        <Link href={routes.account(locale)}>{m.account.accountTitle}</Link>
        <Link href={routes.home(locale)}>{m.errors.backHome}</Link>
      </p>
    </div>
  );
}

// forbidden.tsx receives no params: both languages are rendered, the URL's is shown.
export default function Forbidden() {
  const versions = Object.fromEntries(LOCALES.map((l) => [l, <ForbiddenIn key={l} locale={l} />])) as Record<Locale, React.ReactNode>;
  return <ByLocale versions={versions} />;
}
