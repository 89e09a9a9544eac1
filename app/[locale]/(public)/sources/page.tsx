import type { Metadata } from "next";
import Link from "next/link";
import { IgnoredParams } from "@/components/records/ignored-params";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listSources } from "@/db/queries/sources";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { buildQuery, parseSearchParams } from "@/lib/search-params";

const PAGE_SIZE = 30;

export async function generateMetadata({ params }: PageProps<"/[locale]/sources">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  const { m } = i18n;
  return i18n.meta(routes.sources(i18n.locale), { title: m.sources.title, description: m.sources.description });
}

export default async function SourcesPage({ params, searchParams }: PageProps<"/[locale]/sources">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const { page, ignored } = parseSearchParams(await searchParams, {});
  const result = listSources({ page, pageSize: PAGE_SIZE });
  return (
    <>
      <Breadcrumbs label={m.common.breadcrumb} items={[{ label: m.nav.home, href: routes.home(locale) }, { label: m.sources.title }]} />
      <PageHeader title={m.sources.title} subtitle={m.sources.description} />
      <IgnoredParams ignored={ignored} i18n={i18n} />
      <LinkList
        items={result.items}
        empty={i18n.t(m.common.results, { count: 0 })}
        keyOf={(s) => s.id}
        render={(s) => (
          <div className="flex flex-col gap-1">
            <Link href={routes.source(locale, s.slug)} className="font-medium">
              {s.title}
            </Link>
            <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
              <Badge>{m.vocabulary.sourceKind[s.kind]}</Badge>
              {[s.publisher, i18n.date(s.publishedOn), i18n.t(m.sources.citationCount, { count: s.citationCount })]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </div>
        )}
      />
      <Pagination page={result} i18n={i18n} hrefFor={(p) => `${routes.sources(locale)}${buildQuery({ page: p })}`} />
    </>
  );
}
