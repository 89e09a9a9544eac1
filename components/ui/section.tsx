import type { ReactNode } from "react";

/** A titled part of a page; the id makes it linkable and names it for screen readers. */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-10 first:mt-0">
      <h2 id={`${id}-title`} className="font-serif text-xl font-semibold text-ink">
        {title}
      </h2>
      {intro && <p className="mt-1 text-sm text-muted">{intro}</p>}
      <div className="mt-3">{children}</div>
    </section>
  );
}
