import Link from "next/link";
import type { FacetValue } from "@/db/queries/search";
import type { I18n } from "@/lib/i18n/server";
import type { SearchFacet } from "@/lib/vocabulary";

export interface FacetGroup {
  facet: SearchFacet;
  values: (FacetValue & { label: string; href: string; selected: boolean })[];
}

/**
 * Facets as links: each value narrows the results (and says how many remain),
 * the chosen one links back out. Plain links work without JavaScript and leave
 * every state of the search in the URL.
 */
export function SearchFacets({ groups, i18n }: { groups: FacetGroup[]; i18n: I18n }) {
  const { m } = i18n;
  return (
    <nav aria-label={m.search.refine} className="flex flex-col gap-6">
      {groups.map((group) => (
        <section key={group.facet} aria-labelledby={`facet-${group.facet}`}>
          <h2 id={`facet-${group.facet}`} className="mb-2 text-sm font-semibold text-ink">
            {m.search.facets[group.facet]}
          </h2>
          <ul className="flex flex-col gap-1 text-sm">
            {group.values.map((v) => (
              <li key={v.value}>
                <Link
                  href={v.href}
                  aria-current={v.selected ? "true" : undefined}
                  className="flex justify-between gap-2 rounded px-1 no-underline hover:bg-surface aria-[current=true]:bg-brand-soft aria-[current=true]:font-semibold"
                >
                  <span className="underline decoration-line underline-offset-2">
                    {v.selected && <span aria-hidden="true">✓ </span>}
                    {v.label}
                  </span>
                  <span className="text-muted">{i18n.number(v.count)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
