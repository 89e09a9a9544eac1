import Link from "next/link";
import type { TopicSummary } from "@/db/queries/summaries";
import { statesOf } from "@/lib/geo";
import type { I18n } from "@/lib/i18n/server";
import type { PartnerInput } from "@/lib/validation/partners";
import { InstitutionField } from "./institution-field";

const fieldClass = "rounded-md border border-line bg-white px-2 py-1.5 text-sm text-ink";

/**
 * The finder's GET form: the query lives in the URL (shareable, works without
 * JavaScript). The state list holds both countries' states, grouped, since which
 * country is "the other one" is only known once the institution is resolved.
 */
export function PartnerForm({
  action,
  i18n,
  input,
  topics,
  institutionText,
}: {
  action: string;
  i18n: I18n;
  input: PartnerInput;
  topics: TopicSummary[];
  /** What to show in the institution field: the resolved name, or what was typed. */
  institutionText: string;
}) {
  const { m, locale } = i18n;
  const stateName = (s: { nameEn: string; nameEs: string }) => (locale === "en" ? s.nameEn : s.nameEs);
  return (
    <form action={action} method="get" aria-label={m.partners.formLabel} className="mb-8 rounded-lg border border-line bg-surface p-4">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="partners-institution" className="text-sm font-semibold text-ink">
            {m.partners.institution}
          </label>
          <InstitutionField
            // A new search (a "did you mean" link, client-side) brings a new value: start the field afresh.
            key={institutionText}
            id="partners-institution"
            locale={locale}
            defaultValue={institutionText}
            describedBy="partners-institution-hint"
            className={fieldClass}
            suggestionsLabel={m.partners.institutionSuggestions}
          />
          <p id="partners-institution-hint" className="text-xs text-muted">
            {m.partners.institutionHint}
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="partners-country" className="text-sm font-semibold text-ink">
            {m.partners.country}
          </label>
          <select
            id="partners-country"
            name="country"
            defaultValue={input.country ?? ""}
            aria-describedby="partners-country-hint"
            className={fieldClass}
          >
            <option value="">{m.partners.chooseCountry}</option>
            {(["MX", "US"] as const).map((c) => (
              <option key={c} value={c}>
                {m.partners.countryChoice[c]}
              </option>
            ))}
          </select>
          <p id="partners-country-hint" className="text-xs text-muted">
            {m.partners.countryHint}
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="partners-topic" className="text-sm font-semibold text-ink">
            {m.partners.topic}
          </label>
          <select id="partners-topic" name="topic" required defaultValue={input.topic ?? ""} className={fieldClass}>
            <option value="">{m.partners.chooseTopic}</option>
            {topics.map((t) => (
              <option key={t.slug} value={t.slug}>
                {i18n.name(t.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="partners-state" className="text-sm font-semibold text-ink">
            {m.partners.state}
          </label>
          <select id="partners-state" name="state" defaultValue={input.state ?? ""} className={fieldClass}>
            <option value="">{m.partners.anyState}</option>
            {(["US", "MX"] as const).map((country) => (
              <optgroup key={country} label={i18n.t(m.partners.statesOf, { country: m.country[country]! })}>
                {statesOf(country)
                  .map((s) => ({ code: s.code, label: stateName(s) }))
                  .sort((a, b) => a.label.localeCompare(b.label, locale))
                  .map((s) => (
                    <option key={s.code} value={s.code}>
                      {s.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong">
          {m.partners.submit}
        </button>
        <Link href={action} className="text-sm">
          {m.partners.startOver}
        </Link>
      </div>
    </form>
  );
}
