import Link from "next/link";
import type { I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

export function SiteFooter({ i18n }: { i18n: I18n }) {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-muted">
        <p>{i18n.m.site.footer}</p>
        <p>
          <Link href={routes.sources(i18n.locale)}>{i18n.m.site.footerSources}</Link>
        </p>
        <p>
          <Link href={routes.recentChanges(i18n.locale)}>{i18n.m.history.recentChanges}</Link>
        </p>
        <p>
          <Link href={routes.apiDocs(i18n.locale)}>{i18n.m.api.footerLink}</Link>
        </p>
        <p>
          <Link href={routes.account(i18n.locale)}>{i18n.m.site.editors}</Link>
        </p>
      </div>
    </footer>
  );
}
