import Link from "next/link";
import type { I18n } from "@/lib/i18n/server";
import { routes, type EditableKind } from "@/lib/routes";

/** The way from a record's page to its history, at the bottom of every detail page. */
export function HistoryLink({ kind, slug, i18n }: { kind: EditableKind; slug: string; i18n: I18n }) {
  return (
    <p className="mt-10 border-t border-line pt-4 text-sm text-muted">
      <Link href={routes.history(i18n.locale, kind, slug)} className="font-medium">
        {i18n.m.history.link}
      </Link>
      {" · "}
      {i18n.m.history.linkIntro}
    </p>
  );
}
