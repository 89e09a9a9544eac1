import type { Metadata } from "next";
import { IgnoredParams } from "@/components/records/ignored-params";
import { PositionLine } from "@/components/records/position-line";
import { PersonLink } from "@/components/records/record-links";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listPeople } from "@/db/queries/people";
import { PUBLIC_VIEWER } from "@/db/queries/shared";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { buildQuery, parseSearchParams } from "@/lib/search-params";

const PAGE_SIZE = 30;

export async function generateMetadata({ params }: PageProps<"/[locale]/people">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  const { m } = i18n;
  return i18n.meta(routes.people(i18n.locale), { title: m.people.title, description: m.people.description });
}

export default async function PeoplePage({ params, searchParams }: PageProps<"/[locale]/people">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const { page, ignored } = parseSearchParams(await searchParams, {});
  const result = listPeople(PUBLIC_VIEWER, { page, pageSize: PAGE_SIZE });

  return (
    <>
      <Breadcrumbs label={m.common.breadcrumb} items={[{ label: m.nav.home, href: routes.home(locale) }, { label: m.people.title }]} />
      <PageHeader title={m.people.title} subtitle={m.people.description} />
      <IgnoredParams ignored={ignored} i18n={i18n} />
      <p className="mb-3 text-sm text-muted" role="status">
        {i18n.t(m.common.results, { count: result.total })}
      </p>
      <LinkList
        items={result.items}
        empty={i18n.t(m.common.results, { count: 0 })}
        keyOf={(p) => p.id}
        render={(p) => (
          <div>
            <PersonLink person={p} i18n={i18n} />
            {p.positions.length > 0 && (
              <ul className="mt-1 text-sm">
                {p.positions.map((pos, i) => (
                  <li key={i}>
                    <PositionLine position={pos} i18n={i18n} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      />
      <Pagination page={result} i18n={i18n} hrefFor={(p) => `${routes.people(locale)}${buildQuery({ page: p })}`} />
    </>
  );
}
