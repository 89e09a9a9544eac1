import type { Metadata } from "next";
import Link from "next/link";
import { IgnoredParams } from "@/components/records/ignored-params";
import { SearchFacets, type FacetGroup } from "@/components/search/search-facets";
import { SearchHits } from "@/components/search/search-hits";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { resolveFacetSlugs, searchRecords, type FacetValue, type SearchFilters } from "@/db/queries/search";
import { getState } from "@/lib/geo";
import { resolveLocale, type I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { buildQuery, MAX_PARAM_LENGTH, parseSearchParams } from "@/lib/search-params";
import { searchParamSchemas } from "@/lib/validation/list-params";
import { SEARCH_FACETS, SEARCH_KINDS, type SearchFacet } from "@/lib/vocabulary";

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  const { m, t } = i18n;
  const values = await searchParams;
  const q = values.q;
  const query = typeof q === "string" ? q.trim().slice(0, MAX_PARAM_LENGTH) : "";
  // The results of a plain query are a page worth finding ("arizona"); refined ones (facets, kind,
  // later pages) are endless variations of it, kept out of search engines' indexes.
  const refined = Object.keys(values).some((name) => name !== "q");
  return i18n.meta(routes.search(i18n.locale), {
    title: query ? t(m.search.resultsFor, { query }) : m.search.title,
    description: m.search.description,
    ...(refined ? { robots: { index: false } } : {}),
  });
}

type State = {
  q?: string;
  kind?: string;
  country?: string;
  state?: string;
  orgKind?: string;
  topic?: string;
  program?: string;
  year?: number;
};

function facetLabel(facet: SearchFacet, v: FacetValue, i18n: I18n): string {
  const { m, locale } = i18n;
  switch (facet) {
    case "country":
      return m.country[v.value] ?? v.value;
    case "state": {
      const s = getState(v.value);
      return s ? (locale === "en" ? s.nameEn : s.nameEs) : v.value;
    }
    case "orgKind":
      return m.vocabulary.organizationKind[v.value as keyof typeof m.vocabulary.organizationKind] ?? v.value;
    case "topic":
    case "program":
      return i18n.name({ en: v.labelEn ?? v.value, es: v.labelEs ?? null });
    case "year":
      return v.value;
  }
}

export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const i18n = await resolveLocale(params);
  const { m, locale, t } = i18n;
  const { values, page, ignored } = parseSearchParams(await searchParams, searchParamSchemas);
  const state: State = { ...values, q: values.q?.trim() || undefined };

  // Topic and program arrive as slugs; the index knows them by id.
  const ids = resolveFacetSlugs({ topic: state.topic, program: state.program });
  for (const facet of ["topic", "program"] as const) {
    if (state[facet] && ids[facet] === null) {
      ignored.push({ name: facet, value: state[facet]!, reason: `names no ${facet} in the directory` });
      delete state[facet];
    }
  }
  const filters: SearchFilters = {
    kind: values.kind,
    country: values.country,
    state: values.state,
    orgKind: values.orgKind,
    topic: ids.topic ?? undefined,
    program: ids.program ?? undefined,
    year: values.year,
  };
  const hasFilters = SEARCH_FACETS.some((f) => state[f] !== undefined);
  const searching = Boolean(state.q) || hasFilters || Boolean(state.kind);
  const results = searching ? searchRecords(state.q ?? "", filters, page) : null;
  const href = (change: Partial<State>) => routes.search(locale, buildQuery({ ...state, ...change, page: undefined }));

  const facetGroups: FacetGroup[] = results
    ? SEARCH_FACETS.filter((f) => f !== "orgKind" || !state.kind || state.kind === "organization")
        .map((facet) => {
          const selectedValue = facet === "topic" || facet === "program" ? state[facet] : state[facet]?.toString();
          const list = results.facets[facet];
          return {
            facet,
            values: list.map((v) => {
              const urlValue = v.slug ?? v.value;
              const selected = urlValue === selectedValue;
              return {
                ...v,
                label: facetLabel(facet, v, i18n),
                selected,
                href: href({ [facet]: selected ? undefined : urlValue }),
              };
            }),
          };
        })
        .filter((g) => g.values.length > 0)
    : [];

  const title = state.q ? t(m.search.resultsFor, { query: state.q }) : m.search.title;
  return (
    <>
      <Breadcrumbs label={m.common.breadcrumb} items={[{ label: m.nav.home, href: routes.home(locale) }, { label: m.search.title }]} />
      <PageHeader title={title} subtitle={m.search.description} />
      <IgnoredParams ignored={ignored} i18n={i18n} />

      <form action={routes.search(locale)} method="get" role="search" aria-label={m.search.title} className="mb-6 flex max-w-2xl gap-2">
        <label htmlFor="search-query" className="sr-only">
          {m.search.queryLabel}
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          defaultValue={state.q ?? ""}
          maxLength={MAX_PARAM_LENGTH}
          placeholder={m.search.placeholder}
          className="min-w-0 flex-1 rounded-md border border-line px-3 py-2"
        />
        {/* A new query keeps the filters in use; "Clear all filters" drops them. */}
        {(["kind", ...SEARCH_FACETS] as const).map((name) =>
          state[name] !== undefined ? <input key={name} type="hidden" name={name} value={String(state[name])} /> : null,
        )}
        <button type="submit" className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
          {m.search.submit}
        </button>
      </form>

      {!results && <p className="text-muted">{m.search.emptyQuery}</p>}

      {results && (
        <>
          {results.correctedTokens && (
            <Notice>{t(m.search.correctedTo, { query: state.q ?? "", corrected: results.correctedTokens.join(" ") })}</Notice>
          )}
          {results.matchedAnyWord && <Notice>{t(m.search.matchedAnyWord, { query: state.q ?? "" })}</Notice>}

          <nav aria-label={m.search.kindsNav} className="mb-6 border-b border-line">
            <ul className="-mb-px flex flex-wrap gap-x-1 text-sm">
              {[undefined, ...SEARCH_KINDS].map((kind) => {
                const count = kind ? results.kinds[kind] : Object.values(results.kinds).reduce((a, b) => a + b, 0);
                const current = state.kind === kind;
                return (
                  <li key={kind ?? "all"}>
                    <Link
                      href={href({ kind, orgKind: kind && kind !== "organization" ? undefined : state.orgKind })}
                      aria-current={current ? "page" : undefined}
                      className="block border-b-2 border-transparent px-3 py-2 no-underline aria-[current=page]:border-brand aria-[current=page]:font-semibold"
                    >
                      {kind ? m.search.kindPlural[kind] : m.search.allKinds} <span className="text-muted">({i18n.number(count)})</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>

          <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
            <div className="order-2 md:order-1">
              {hasFilters && (
                <p className="mb-4 text-sm">
                  <Link href={href(Object.fromEntries(SEARCH_FACETS.map((f) => [f, undefined])))}>{m.search.clearFilters}</Link>
                </p>
              )}
              <SearchFacets groups={facetGroups} i18n={i18n} />
            </div>
            <div className="order-1 md:order-2">
              <p role="status" className="mb-3 text-sm text-muted">
                {t(m.search.count, { count: results.total })}
              </p>
              {results.total === 0 ? (
                <p>{m.search.noResults}</p>
              ) : (
                <SearchHits hits={results.hits} tokens={results.tokens} i18n={i18n} start={(results.page - 1) * results.pageSize + 1} />
              )}
              <Pagination
                page={{ ...results, items: results.hits }}
                i18n={i18n}
                hrefFor={(p) => routes.search(locale, buildQuery({ ...state, page: p }))}
              />
            </div>
          </div>
        </>
      )}
    </>
  );
}
