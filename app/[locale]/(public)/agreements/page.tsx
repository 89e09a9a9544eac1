import type { Metadata } from "next";
import { IgnoredParams } from "@/components/records/ignored-params";
import { AgreementLink, organizationLabel } from "@/components/records/record-links";
import { UncertainMark } from "@/components/records/uncertain";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilterForm } from "@/components/ui/filter-form";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listAgreements } from "@/db/queries/agreements";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { buildQuery, oneOf, parseSearchParams } from "@/lib/search-params";
import { AGREEMENT_KINDS } from "@/lib/vocabulary";

const PAGE_SIZE = 25;

export async function generateMetadata({ params }: PageProps<"/[locale]/agreements">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  const { m } = i18n;
  return i18n.meta(routes.agreements(i18n.locale), { title: m.agreements.title, description: m.agreements.description });
}

export default async function AgreementsPage({ params, searchParams }: PageProps<"/[locale]/agreements">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const { values, page, ignored } = parseSearchParams(await searchParams, { kind: oneOf(AGREEMENT_KINDS) });
  const result = listAgreements(values, { page, pageSize: PAGE_SIZE });

  return (
    <>
      <Breadcrumbs label={m.common.breadcrumb} items={[{ label: m.nav.home, href: routes.home(locale) }, { label: m.agreements.title }]} />
      <PageHeader title={m.agreements.title} subtitle={m.agreements.description} />
      <IgnoredParams ignored={ignored} i18n={i18n} />
      <FilterForm
        action={routes.agreements(locale)}
        i18n={i18n}
        fields={[
          {
            name: "kind",
            label: m.agreements.kind,
            selected: values.kind,
            options: AGREEMENT_KINDS.map((k) => ({ value: k, label: m.vocabulary.agreementKind[k] })),
          },
        ]}
      />
      <p className="mb-3 text-sm text-muted" role="status">
        {i18n.t(m.common.results, { count: result.total })}
      </p>
      <LinkList
        items={result.items}
        empty={i18n.t(m.common.results, { count: 0 })}
        keyOf={(a) => a.id}
        render={(a) => (
          <div className="flex flex-col gap-1">
            <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
              {a.signedOn ? <time dateTime={a.signedOn}>{i18n.date(a.signedOn)}</time> : <span>{m.agreements.unsigned}</span>}
              <Badge tone="brand">{m.vocabulary.agreementKind[a.kind]}</Badge>
              <UncertainMark value={a} i18n={i18n} />
            </div>
            <AgreementLink agreement={a} i18n={i18n} />
            {a.parties.length > 0 && (
              <p className="text-sm text-muted">
                {m.agreements.parties}: {i18n.list(a.parties.map((p) => organizationLabel(p, i18n)))}
              </p>
            )}
          </div>
        )}
      />
      <Pagination page={result} i18n={i18n} hrefFor={(p) => `${routes.agreements(locale)}${buildQuery({ ...values, page: p })}`} />
    </>
  );
}
