import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";

// not-found receives no params; the default locale is right until a second language exists.
export default function NotFound() {
  const { m, locale } = getI18n(DEFAULT_LOCALE);
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
