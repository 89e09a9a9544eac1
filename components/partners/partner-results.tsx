import { CountryBadge } from "@/components/records/country-badge";
import { AgreementLink, MeetingLink, OrganizationLink, placeLabel, ProgramLink } from "@/components/records/record-links";
import { UncertainMark } from "@/components/records/uncertain";
import { Badge } from "@/components/ui/badge";
import type { PartnerEvidence, PartnerResults } from "@/db/queries/partners";
import type { I18n } from "@/lib/i18n/server";
import { explainSuggestion, sharedWithLabel } from "@/lib/partners/explain";

function EvidenceItem({ e, i18n, results }: { e: PartnerEvidence; i18n: I18n; results: PartnerResults }) {
  const { m } = i18n;
  const roleLabel = (role: string) =>
    ((e.kind === "program" ? m.vocabulary.programRole : m.vocabulary.meetingOrganizationRole) as Record<string, string>)[role] ?? role;
  return (
    <li className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
      <span className="text-muted">
        {i18n.t(m.partners.evidenceType[e.type]!, { with: sharedWithLabel([e], i18n, results.institution) })}:
      </span>
      {e.kind === "program" && <ProgramLink program={e.program} i18n={i18n} />}
      {e.kind === "meeting" && (
        <span>
          <MeetingLink meeting={e.meeting} i18n={i18n} />
          {e.meeting.startDate && <span className="text-muted"> ({i18n.dateRange(e.meeting.startDate, e.meeting.endDate)})</span>}
        </span>
      )}
      {e.kind === "agreement" && <AgreementLink agreement={e.agreement} i18n={i18n} />}
      {e.roles.length > 0 && (
        <span className="text-muted">
          {i18n.t(m.partners.roles, { roles: i18n.list(e.roles.map(roleLabel).map((r) => r.toLowerCase())) })}
        </span>
      )}
      <Badge tone="neutral">{i18n.t(m.partners.points, { points: e.weight })}</Badge>
      {e.uncertain && <Badge tone="warn">{m.partners.uncertainItem}</Badge>}
    </li>
  );
}

/** The ranked suggestions: name, place, the one-line reason, and every piece of evidence behind it. */
export function PartnerResultList({ results, i18n }: { results: PartnerResults; i18n: I18n }) {
  const { m } = i18n;
  return (
    <ol aria-label={m.partners.resultsList} className="divide-y divide-line rounded-lg border border-line">
      {results.suggestions.map((s) => {
        const o = s.organization;
        const place = [m.vocabulary.organizationKind[o.kind], placeLabel({ city: o.city, state: o.state, country: null }, i18n)]
          .filter(Boolean)
          .join(" · ");
        return (
          <li key={o.id} className="px-4 py-3">
            <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between">
              <div className="flex flex-wrap items-baseline gap-2">
                <OrganizationLink org={o} i18n={i18n} />
                <UncertainMark value={o} i18n={i18n} />
              </div>
              <div className="flex items-center gap-2">
                <Badge tone="brand">{i18n.t(m.partners.score, { score: s.score })}</Badge>
                <CountryBadge country={o.country} i18n={i18n} />
              </div>
            </div>
            {place && <p className="text-sm text-muted">{place}</p>}
            <p className="mt-1 text-ink">{explainSuggestion(s, i18n, results.institution)}</p>
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-brand">{i18n.t(m.partners.evidence, { count: s.evidenceCount })}</summary>
              <ul className="mt-2 flex flex-col gap-1 pl-4">
                {s.evidence.map((e) => (
                  <EvidenceItem
                    key={`${e.type}-${e.kind === "program" ? e.program.id : e.kind === "meeting" ? e.meeting.id : e.agreement.id}`}
                    e={e}
                    i18n={i18n}
                    results={results}
                  />
                ))}
              </ul>
              {s.evidenceCount > s.evidence.length && (
                <p className="mt-1 pl-4 text-muted">{i18n.t(m.partners.evidenceMore, { count: s.evidenceCount - s.evidence.length })}</p>
              )}
            </details>
          </li>
        );
      })}
    </ol>
  );
}
