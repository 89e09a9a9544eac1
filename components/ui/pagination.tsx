import Link from "next/link";
import type { Page } from "@/db/queries/shared";
import type { I18n } from "@/lib/i18n/server";

/** Previous/next links that keep the current filters (hrefFor builds the URL for a page number). */
export function Pagination({ page, i18n, hrefFor }: { page: Page<unknown>; i18n: I18n; hrefFor: (page: number) => string }) {
  if (page.pageCount <= 1) return null;
  const link = "rounded-md border border-line px-3 py-1.5 text-sm hover:bg-surface";
  return (
    <nav aria-label={i18n.m.common.pagination} className="mt-6 flex items-center justify-between gap-4">
      {page.page > 1 ? (
        <Link className={link} href={hrefFor(Math.min(page.page - 1, page.pageCount))} rel="prev">
          ← {i18n.m.common.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">{i18n.t(i18n.m.common.pageOf, { page: page.page, pageCount: page.pageCount })}</span>
      {page.page < page.pageCount ? (
        <Link className={link} href={hrefFor(page.page + 1)} rel="next">
          {i18n.m.common.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
