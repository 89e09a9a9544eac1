import Link from "next/link";
import type { ReactNode } from "react";

/** The title block of a page; `edit` adds the record's Edit link (anyone sees it; the edit page asks to sign in). */
export function PageHeader({
  title,
  lang,
  fallbackNote,
  subtitle,
  children,
  edit,
}: {
  title: string;
  lang?: string;
  /** Shown under the title when it is in the other language ("Not yet translated; shown in Spanish."). */
  fallbackNote?: string;
  subtitle?: ReactNode;
  children?: ReactNode;
  edit?: { href: string; label: string };
}) {
  return (
    <header className="mb-8 border-b border-line pb-6">
      {edit && (
        <Link
          href={edit.href}
          rel="nofollow"
          className="float-right ml-4 rounded-md border border-line px-3 py-1 text-sm no-underline hover:border-brand"
        >
          {edit.label}
        </Link>
      )}
      <h1 lang={lang} className="font-serif text-3xl font-semibold leading-tight text-ink sm:text-4xl">
        {title}
      </h1>
      {fallbackNote && <p className="mt-1 text-xs italic text-muted">{fallbackNote}</p>}
      {subtitle && <div className="mt-2 text-lg text-muted">{subtitle}</div>}
      {children && <div className="mt-4 flex flex-wrap items-center gap-2">{children}</div>}
    </header>
  );
}
