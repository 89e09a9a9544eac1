import type { ReactNode } from "react";

export function PageHeader({
  title,
  lang,
  subtitle,
  children,
}: {
  title: string;
  lang?: string;
  subtitle?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="mb-8 border-b border-line pb-6">
      <h1 lang={lang} className="font-serif text-3xl font-semibold leading-tight text-ink sm:text-4xl">
        {title}
      </h1>
      {subtitle && <div className="mt-2 text-lg text-muted">{subtitle}</div>}
      {children && <div className="mt-4 flex flex-wrap items-center gap-2">{children}</div>}
    </header>
  );
}
