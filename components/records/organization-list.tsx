import type { OrganizationSummary } from "@/db/queries/summaries";
import type { I18n } from "@/lib/i18n/server";
import { CountryBadge } from "./country-badge";
import { OrganizationLink, placeLabel } from "./record-links";
import { UncertainMark } from "./uncertain";

export function OrganizationList({ organizations, i18n, label }: { organizations: OrganizationSummary[]; i18n: I18n; label?: string }) {
  if (organizations.length === 0) return <p className="text-sm text-muted">{i18n.t(i18n.m.common.results, { count: 0 })}</p>;
  return (
    <ul aria-label={label} className="divide-y divide-line rounded-lg border border-line">
      {organizations.map((o) => (
        <li key={o.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
          <div>
            <OrganizationLink org={o} i18n={i18n} />
            <p className="text-sm text-muted">
              {[i18n.m.vocabulary.organizationKind[o.kind], placeLabel({ city: o.city, state: o.state, country: null }, i18n)]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <UncertainMark value={o} i18n={i18n} />
            <CountryBadge country={o.country} i18n={i18n} />
          </div>
        </li>
      ))}
    </ul>
  );
}
