import type { Metadata } from "next";
import { RecentChangesTable } from "@/components/history/recent-changes-table";
import { IgnoredParams } from "@/components/records/ignored-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { CHANGE_KINDS, listRecentChanges, viewerFor } from "@/db/queries/history";
import { getCurrentActor } from "@/lib/auth/session";
import { publicUrl, readEnv } from "@/lib/env";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { buildQuery, oneOf, parseSearchParams } from "@/lib/search-params";

const PAGE_SIZE = 50;

type Props = PageProps<"/[locale]/recent-changes">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  const { m } = i18n;
  return i18n.meta(routes.recentChanges(i18n.locale), {
    title: m.history.recentChanges,
    description: m.history.recentChangesDescription,
    alternates: {
      types: {
        "application/atom+xml": [{ url: `${publicUrl(readEnv())}${routes.recentChangesFeed(i18n.locale)}`, title: m.history.feedTitle }],
      },
    },
  });
}

export default async function RecentChangesPage({ params, searchParams }: Props) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const { values, page, ignored } = parseSearchParams(await searchParams, { kind: oneOf(CHANGE_KINDS) });
  const viewer = viewerFor(await getCurrentActor());
  const result = listRecentChanges({ page, pageSize: PAGE_SIZE, kind: values.kind }, viewer);

  return (
    <>
      <Breadcrumbs
        label={m.common.breadcrumb}
        items={[{ label: m.nav.home, href: routes.home(locale) }, { label: m.history.recentChanges }]}
      />
      <PageHeader title={m.history.recentChanges} subtitle={m.history.recentChangesDescription} />
      <IgnoredParams ignored={ignored} i18n={i18n} />
      <FilterForm
        action={routes.recentChanges(locale)}
        i18n={i18n}
        fields={[
          {
            name: "kind",
            label: m.history.kind,
            selected: values.kind,
            options: CHANGE_KINDS.map((k) => ({ value: k, label: m.history.kinds[k] ?? k })),
          },
        ]}
      />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="text-muted" role="status">
          {i18n.t(m.common.results, { count: result.total })}
        </p>
        {/* A plain link: the feed is a route handler, not a page to navigate to client-side. */}
        <a href={routes.recentChangesFeed(locale)} type="application/atom+xml">
          {m.history.feed}
        </a>
      </div>
      <RecentChangesTable changes={result.items} i18n={i18n} />
      <Pagination page={result} i18n={i18n} hrefFor={(p) => `${routes.recentChanges(locale)}${buildQuery({ ...values, page: p })}`} />
    </>
  );
}
