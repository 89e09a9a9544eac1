import type { Metadata } from "next";
import { DownloadLinks } from "@/components/records/download-links";
import { IgnoredParams } from "@/components/records/ignored-params";
import { OrganizationList } from "@/components/records/organization-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { countOrganizationFacets, listOrganizations } from "@/db/queries/organizations";
import { listTopics } from "@/db/queries/topics";
import { getState } from "@/lib/geo";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { buildQuery } from "@/lib/search-params";
import { organizationListParams, parseListParams } from "@/lib/validation/list-params";

const PAGE_SIZE = 25;

export async function generateMetadata({ params }: PageProps<"/[locale]/organizations">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  const { m } = i18n;
  return i18n.meta(routes.organizations(i18n.locale), { title: m.organizations.title, description: m.organizations.description });
}

export default async function OrganizationsPage({ params, searchParams }: PageProps<"/[locale]/organizations">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const topics = listTopics();
  const { values, page, ignored } = parseListParams(await searchParams, organizationListParams);
  const result = listOrganizations(values, { page, pageSize: PAGE_SIZE });
  const facets = countOrganizationFacets(values);
  const stateName = (code: string) => {
    const s = getState(code);
    return s ? (locale === "en" ? s.nameEn : s.nameEs) : code;
  };

  return (
    <>
      <Breadcrumbs
        label={m.common.breadcrumb}
        items={[{ label: m.nav.home, href: routes.home(locale) }, { label: m.organizations.title }]}
      />
      <PageHeader title={m.organizations.title} subtitle={m.organizations.description} />
      <IgnoredParams ignored={ignored} i18n={i18n} />
      <FilterForm
        action={routes.organizations(locale)}
        i18n={i18n}
        fields={[
          {
            name: "country",
            label: m.organizations.country,
            selected: values.country,
            options: facets.country.map((f) => ({ value: f.value, label: m.country[f.value] ?? f.value, count: f.count })),
          },
          {
            name: "kind",
            label: m.organizations.kind,
            selected: values.kind,
            options: facets.kind.map((f) => ({
              value: f.value,
              label: m.vocabulary.organizationKind[f.value as keyof typeof m.vocabulary.organizationKind] ?? f.value,
              count: f.count,
            })),
          },
          {
            name: "state",
            label: m.organizations.state,
            selected: values.state,
            options: facets.state
              .map((f) => ({ value: f.value, label: stateName(f.value), count: f.count }))
              .sort((a, b) => a.label.localeCompare(b.label, locale)),
          },
          {
            name: "topic",
            label: m.organizations.topic,
            selected: values.topic,
            options: topics.map((t) => ({ value: t.slug, label: i18n.name(t.name) })),
          },
        ]}
      />
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm text-muted" role="status">
          {i18n.t(m.common.results, { count: result.total })}
        </p>
        {result.total > 0 && (
          <DownloadLinks
            label={i18n.t(m.api.download.organizations, { count: result.total })}
            dataset="organizations"
            query={buildQuery(values)}
            i18n={i18n}
          />
        )}
      </div>
      <OrganizationList organizations={result.items} i18n={i18n} label={m.common.resultsList} />
      <Pagination page={result} i18n={i18n} hrefFor={(p) => `${routes.organizations(locale)}${buildQuery({ ...values, page: p })}`} />
    </>
  );
}
