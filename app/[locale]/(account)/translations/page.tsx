import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { IgnoredParams } from "@/components/records/ignored-params";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilterForm } from "@/components/ui/filter-form";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listRecordsNeedingTranslation, TRANSLATION_KINDS, type TranslationGap } from "@/db/queries/translations";
import { getCurrentActor } from "@/lib/auth/session";
import type { I18n } from "@/lib/i18n/server";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { buildQuery, oneOf, parseSearchParams } from "@/lib/search-params";

const PAGE_SIZE = 50;

export async function generateMetadata({ params }: PageProps<"/[locale]/translations">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  return i18n.meta(routes.needsTranslation(i18n.locale), {
    title: i18n.m.translation.title,
    description: i18n.m.translation.description,
    robots: { index: false },
  });
}

function describeGap(gap: TranslationGap, i18n: I18n): string {
  const { m } = i18n;
  const values = { field: m.translation.fieldNames[gap.field] ?? gap.field, language: m.common.languageName[gap.language] };
  return i18n.t(gap.reason === "missing" ? m.translation.missingField : m.translation.reviewField, values);
}

/** Signed-in editors' list of records to translate or review, each linking to its edit page. */
export default async function NeedsTranslationPage({ params, searchParams }: PageProps<"/[locale]/translations">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const actor = await getCurrentActor();
  if (!actor) redirect(routes.signIn(locale, routes.needsTranslation(locale)));

  const { values, page, ignored } = parseSearchParams(await searchParams, {
    kind: oneOf(TRANSLATION_KINDS),
    missing: oneOf(["en", "es"] as const),
  });
  const result = listRecordsNeedingTranslation(values, { page, pageSize: PAGE_SIZE });
  const query = (p: number) => buildQuery({ kind: values.kind, missing: values.missing, page: p });

  return (
    <>
      <Breadcrumbs
        label={m.common.breadcrumb}
        items={[
          { label: m.nav.home, href: routes.home(locale) },
          { label: m.account.accountTitle, href: routes.account(locale) },
          { label: m.translation.title },
        ]}
      />
      <PageHeader title={m.translation.title} subtitle={m.translation.intro} />
      <IgnoredParams ignored={ignored} i18n={i18n} />
      <FilterForm
        action={routes.needsTranslation(locale)}
        i18n={i18n}
        fields={[
          {
            name: "kind",
            label: m.translation.kind,
            selected: values.kind,
            options: TRANSLATION_KINDS.map((k) => ({ value: k, label: m.history.kinds[k] ?? k })),
          },
          {
            name: "missing",
            label: m.translation.missing,
            selected: values.missing,
            options: (["en", "es"] as const).map((l) => ({ value: l, label: m.translation.missingIn[l] ?? l })),
          },
        ]}
      />
      <p className="mb-4 text-sm text-muted" role="status">
        {i18n.t(m.translation.count, { count: result.total })}
      </p>
      <LinkList
        items={result.items}
        empty={m.translation.none}
        keyOf={(r) => `${r.kind}-${r.id}`}
        render={(r) => {
          const name = i18n.text(r.name);
          const label = name?.text ?? r.slug;
          return (
            <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between">
              <div className="flex flex-col gap-1">
                <span className="flex flex-wrap items-center gap-2">
                  <Link href={routes.record(locale, r.kind, r.slug)} lang={name?.lang} className="font-medium">
                    {label}
                  </Link>
                  <Badge>{m.history.kinds[r.kind]}</Badge>
                </span>
                <ul className="text-sm text-muted">
                  {r.gaps.map((gap) => (
                    <li key={`${gap.field}-${gap.language}`}>{describeGap(gap, i18n)}</li>
                  ))}
                </ul>
              </div>
              <Link
                href={routes.edit(locale, r.kind, r.slug)}
                aria-label={i18n.t(m.translation.editRecord, { name: label })}
                className="shrink-0 rounded-md border border-line px-3 py-1 text-sm no-underline hover:bg-surface"
              >
                {m.translation.edit}
              </Link>
            </div>
          );
        }}
      />
      <Pagination page={result} i18n={i18n} hrefFor={(p) => `${routes.needsTranslation(locale)}${query(p)}`} />
    </>
  );
}
