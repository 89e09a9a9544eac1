import type { Metadata } from "next";
import Link from "next/link";
import { PartnerForm } from "@/components/partners/partner-form";
import { PartnerResultList } from "@/components/partners/partner-results";
import { organizationLabel } from "@/components/records/record-links";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { PARTNER_WEIGHTS } from "@/db/queries/partners";
import { listTopics } from "@/db/queries/topics";
import { getState } from "@/lib/geo";
import { resolveLocale } from "@/lib/i18n/server";
import { runPartnerSearch } from "@/lib/partners/run";
import { routes } from "@/lib/routes";
import { buildQuery } from "@/lib/search-params";
import type { PartnerInput } from "@/lib/validation/partners";

export async function generateMetadata({ params }: PageProps<"/[locale]/partners">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  const { m } = i18n;
  return i18n.meta(routes.partners(i18n.locale), { title: m.partners.title, description: m.partners.description });
}

export default async function PartnersPage({ params, searchParams }: PageProps<"/[locale]/partners">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const search = runPartnerSearch(await searchParams);
  const topics = listTopics();
  const action = routes.partners(locale);
  const hrefWith = (input: PartnerInput, change: Partial<PartnerInput>) => {
    const next = { ...input, page: 1, ...change };
    return `${action}${buildQuery({ institution: next.institution, country: next.country, topic: next.topic, state: next.state, page: next.page })}`;
  };
  const stateName = (code: string) => {
    const s = getState(code);
    return s ? (locale === "en" ? s.nameEn : s.nameEs) : code;
  };
  const institutionText =
    search.status === "ok" && search.results.institution ? i18n.name(search.results.institution.name) : (search.input.institution ?? "");

  return (
    <>
      <Breadcrumbs label={m.common.breadcrumb} items={[{ label: m.nav.home, href: routes.home(locale) }, { label: m.partners.title }]} />
      <PageHeader title={m.partners.title} subtitle={m.partners.description} />

      {search.status === "invalid" && (
        <Notice tone="warn">
          <p>{m.partners.invalid}</p>
          <ul className="mt-1 list-disc pl-5">
            {search.errors.map((e) => (
              <li key={e.name}>{i18n.t(m.partners.invalidParam, { name: e.name, reason: e.reason })}</li>
            ))}
          </ul>
        </Notice>
      )}
      {search.status === "unknown_institution" && <Notice tone="warn">{i18n.t(m.partners.noInstitution, { text: search.text })}</Notice>}
      {search.status === "ambiguous" && (
        <Notice tone="warn">
          <p>{i18n.t(m.partners.didYouMean, { text: search.text })}</p>
          <ul className="mt-1 list-disc pl-5">
            {search.choices.map((c) => (
              <li key={c.id}>
                <Link href={hrefWith(search.input, { institution: c.slug })}>{organizationLabel(c, i18n)}</Link>{" "}
                <span className="text-muted">({m.countryShort[c.country]})</span>
              </li>
            ))}
          </ul>
        </Notice>
      )}

      <PartnerForm action={action} i18n={i18n} input={search.input} topics={topics} institutionText={institutionText} />

      {search.status === "ok" && (
        <section aria-labelledby="partners-results-title">
          <h2 id="partners-results-title" className="font-serif text-xl font-semibold text-ink">
            {i18n.t(search.results.state ? m.partners.headingState : m.partners.heading, {
              count: search.results.total,
              country: m.partners.countryInSentence[search.results.partnerCountry]!,
              state: search.results.state ? stateName(search.results.state) : "",
              topic: i18n.name(search.results.topic.name),
            })}
          </h2>
          <p className="mt-1 text-sm text-muted">
            {search.results.institution
              ? i18n.t(m.partners.forInstitution, { institution: organizationLabel(search.results.institution, i18n) })
              : i18n.t(m.partners.forCountry, { country: m.partners.countryInSentence[search.results.fromCountry]! })}
          </p>
          <details className="mt-1 mb-4 text-sm text-muted">
            <summary className="cursor-pointer">{m.partners.howRanked}</summary>
            <p className="mt-1">{i18n.t(m.partners.weights, { ...PARTNER_WEIGHTS })}</p>
          </details>

          {search.results.total > 0 ? (
            <>
              <PartnerResultList results={search.results} i18n={i18n} />
              <Pagination
                page={{ ...search.results, items: search.results.suggestions }}
                i18n={i18n}
                hrefFor={(p) => hrefWith(search.input, { page: p })}
              />
            </>
          ) : (
            <div role="status" className="rounded-lg border border-line bg-surface p-4 text-sm">
              <p className="font-semibold text-ink">{m.partners.emptyTitle}</p>
              <p className="mt-1">
                {i18n.t(m.partners.emptyIntro, {
                  country: m.partners.countryInSentence[search.results.partnerCountry]!,
                  inState: search.results.state ? i18n.t(m.partners.emptyInState, { state: stateName(search.results.state) }) : "",
                })}
              </p>
              {search.alternatives?.withoutState ? (
                <p className="mt-2">
                  <Link href={hrefWith(search.input, { state: undefined })}>
                    {i18n.t(m.partners.dropState, { country: m.partners.countryInSentence[search.results.partnerCountry]! })}
                  </Link>{" "}
                  ({i18n.t(m.common.results, { count: search.alternatives.withoutState })})
                </p>
              ) : null}
              {search.alternatives && search.alternatives.topics.length > 0 && (
                <>
                  <p className="mt-2">
                    {i18n.t(m.partners.otherTopics, { country: m.partners.countryInSentence[search.results.partnerCountry]! })}
                  </p>
                  <ul className="mt-1 list-disc pl-5">
                    {search.alternatives.topics.map((t) => (
                      <li key={t.id}>
                        <Link href={hrefWith(search.input, { topic: t.slug })}>
                          {i18n.t(m.partners.topicCount, { topic: i18n.name(t.name), count: t.partners })}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </section>
      )}
    </>
  );
}
