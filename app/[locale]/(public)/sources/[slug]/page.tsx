import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { HistoryLink } from "@/components/history/history-link";
import { ArchivedNotice } from "@/components/records/archived-notice";
import { AgreementLink, MeetingLink, OrganizationLink, PersonLink, ProgramLink, TopicLink } from "@/components/records/record-links";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { PUBLIC_VIEWER } from "@/db/queries/shared";
import { getSourceBySlug } from "@/db/queries/sources";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

type Props = PageProps<"/[locale]/sources/[slug]">;

async function load({ params }: Props) {
  const i18n = await resolveLocale(params);
  const { slug } = await params;
  const source = getSourceBySlug(slug, PUBLIC_VIEWER);
  if (!source) notFound();
  return { i18n, source };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { i18n, source } = await load(props);
  return i18n.meta(routes.source(i18n.locale, source.slug), {
    title: source.title,
    description: [i18n.m.vocabulary.sourceKind[source.kind], source.publisher, i18n.date(source.publishedOn)].filter(Boolean).join(" · "),
  });
}

export default async function SourcePage(props: Props) {
  const { i18n, source } = await load(props);
  const { m, locale } = i18n;
  const groups: { id: string; title: string; total: number; items: { key: number | string; node: ReactNode }[] }[] = [
    {
      id: "organizations",
      title: m.nav.organizations,
      total: source.organizations.total,
      items: source.organizations.items.map((o) => ({ key: o.id, node: <OrganizationLink org={o} i18n={i18n} withCountry /> })),
    },
    {
      id: "programs",
      title: m.nav.programs,
      total: source.programs.total,
      items: source.programs.items.map((p) => ({ key: p.id, node: <ProgramLink program={p} i18n={i18n} /> })),
    },
    {
      id: "meetings",
      title: m.nav.meetings,
      total: source.meetings.total,
      items: source.meetings.items.map((x) => ({ key: x.id, node: <MeetingLink meeting={x} i18n={i18n} /> })),
    },
    {
      id: "agreements",
      title: m.nav.agreements,
      total: source.agreements.total,
      items: source.agreements.items.map((a) => ({ key: a.id, node: <AgreementLink agreement={a} i18n={i18n} /> })),
    },
    {
      id: "people",
      title: m.nav.people,
      total: source.people.total,
      items: source.people.items.map((p) => ({ key: p.id, node: <PersonLink person={p} i18n={i18n} /> })),
    },
    {
      id: "topics",
      title: m.nav.topics,
      total: source.topics.total,
      items: source.topics.items.map((t) => ({ key: t.id, node: <TopicLink topic={t} i18n={i18n} /> })),
    },
    {
      id: "series",
      title: m.sources.meetingSeries,
      total: source.meetingSeries.length,
      items: source.meetingSeries.map((s) => ({ key: s.slug, node: <span>{s.nameEn}</span> })),
    },
  ].filter((g) => g.total > 0);

  return (
    <article>
      <Breadcrumbs
        label={m.common.breadcrumb}
        items={[
          { label: m.nav.home, href: routes.home(locale) },
          { label: m.sources.title, href: routes.sources(locale) },
          { label: source.title },
        ]}
      />
      <PageHeader
        edit={{ href: routes.edit(locale, "source", source.slug), label: m.editor.edit }}
        title={source.title}
        lang={source.language ?? undefined}
        subtitle={m.vocabulary.sourceKind[source.kind]}
      />
      <ArchivedNotice archivedAt={source.archivedAt} i18n={i18n} />
      <Facts
        items={[
          { label: m.sources.publisher, value: source.publisher },
          { label: m.sources.published, value: i18n.date(source.publishedOn) },
          {
            label: m.sources.link,
            value: source.url ? (
              <a href={source.url} rel="external noopener" className="break-all">
                {source.url}
              </a>
            ) : null,
          },
          { label: m.sources.archivedCopy, value: source.archivedCopy },
          { label: m.sources.note, value: locale === "en" ? (source.noteEn ?? source.noteEs) : (source.noteEs ?? source.noteEn) },
        ]}
      />
      <Section id="cited-by" title={m.sources.citedBy}>
        {groups.length === 0 ? (
          <p className="text-sm text-muted">{m.common.noneYet}</p>
        ) : (
          <div className="grid gap-6 md:grid-cols-2">
            {groups.map((g) => (
              <section key={g.id} aria-labelledby={`cited-${g.id}`}>
                <h3 id={`cited-${g.id}`} className="mb-2 font-semibold">
                  {g.title} <span className="font-normal text-muted">({i18n.number(g.total)})</span>
                </h3>
                <ul className="space-y-1.5">
                  {g.items.map((item) => (
                    <li key={item.key}>{item.node}</li>
                  ))}
                </ul>
                {g.total > g.items.length && (
                  <p className="mt-2 text-sm text-muted">{i18n.t(m.sources.more, { count: g.total - g.items.length })}</p>
                )}
              </section>
            ))}
          </div>
        )}
      </Section>
      <HistoryLink kind="source" slug={source.slug} i18n={i18n} />
    </article>
  );
}
