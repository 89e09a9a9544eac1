import Link from "next/link";
import { getI18n } from "@/lib/i18n/server";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";

// forbidden.tsx receives no params; the default locale is right until a second language exists.
export default function Forbidden() {
  const { m, locale } = getI18n(DEFAULT_LOCALE);
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
