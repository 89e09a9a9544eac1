import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryLink } from "@/components/history/history-link";
import { ArchivedNotice } from "@/components/records/archived-notice";
import { Citations } from "@/components/records/citations";
import { LocalizedText } from "@/components/records/localized-text";
import {
  AgreementLink,
  MeetingLink,
  OrganizationLink,
  organizationLabel,
  PersonLink,
  ProgramLink,
} from "@/components/records/record-links";
import { UncertainMark, UncertainNotice } from "@/components/records/uncertain";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Facts } from "@/components/ui/facts";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getAgreementBySlug } from "@/db/queries/agreements";
import { PUBLIC_VIEWER } from "@/db/queries/shared";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

type Props = PageProps<"/[locale]/agreements/[slug]">;

async function load({ params }: Props) {
  const i18n = await resolveLocale(params);
  const { slug } = await params;
  const agreement = getAgreementBySlug(slug, PUBLIC_VIEWER);
  if (!agreement) notFound();
  return { i18n, agreement };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { i18n, agreement } = await load(props);
  return i18n.meta(routes.agreement(i18n.locale, agreement.slug), {
    title: i18n.name(agreement.title),
    description:
      i18n.text(agreement.summary)?.text ??
      [i18n.m.vocabulary.agreementKind[agreement.kind], i18n.date(agreement.signedOn)].filter(Boolean).join(", "),
  });
}

export default async function AgreementPage(props: Props) {
  const { i18n, agreement } = await load(props);
  const { m, locale } = i18n;
  const title = i18n.text(agreement.title);

  return (
    <article>
      <Breadcrumbs
        label={m.common.breadcrumb}
        items={[
          { label: m.nav.home, href: routes.home(locale) },
          { label: m.agreements.title, href: routes.agreements(locale) },
          { label: i18n.name(agreement.title) },
        ]}
      />
      <PageHeader
        edit={{ href: routes.edit(locale, "agreement", agreement.slug), label: m.editor.edit }}
        title={i18n.name(agreement.title)}
        lang={title?.lang}
        fallbackNote={i18n.fallbackNote(agreement.title)}
        subtitle={agreement.signedOn ? <time dateTime={agreement.signedOn}>{i18n.date(agreement.signedOn)}</time> : m.agreements.unsigned}
      >
        <Badge tone="brand">{m.vocabulary.agreementKind[agreement.kind]}</Badge>
      </PageHeader>
      <ArchivedNotice archivedAt={agreement.archivedAt} i18n={i18n} />
      <UncertainNotice value={agreement} i18n={i18n} />

      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <LocalizedText value={agreement.summary} i18n={i18n} className="text-lg" />
        <Facts
          items={[
            {
              label: m.agreements.signed,
              value: agreement.signedOn ? <time dateTime={agreement.signedOn}>{i18n.date(agreement.signedOn)}</time> : null,
            },
            { label: m.agreements.signedAt, value: agreement.meeting ? <MeetingLink meeting={agreement.meeting} i18n={i18n} /> : null },
            {
              label: m.agreements.establishes,
              value: agreement.establishesProgram ? <ProgramLink program={agreement.establishesProgram} i18n={i18n} /> : null,
            },
          ]}
        />
      </div>

      <Section id="parties" title={m.agreements.parties}>
        <LinkList
          items={agreement.parties}
          empty={m.common.noneYet}
          keyOf={(o) => o.id}
          render={(o) => (
            <span className="flex flex-wrap items-center gap-2">
              <OrganizationLink org={o} i18n={i18n} withCountry />
              <UncertainMark value={o} i18n={i18n} />
            </span>
          )}
        />
      </Section>

      <Section id="signatories" title={m.agreements.signatories}>
        <LinkList
          items={agreement.signatories}
          empty={m.common.noneYet}
          keyOf={(p) => p.id}
          render={(p) => (
            <span className="flex flex-wrap items-center gap-2">
              <PersonLink person={p} i18n={i18n} />
              {p.organization && <span className="text-sm text-muted">{organizationLabel(p.organization, i18n)}</span>}
              <UncertainMark value={p} i18n={i18n} />
            </span>
          )}
        />
      </Section>

      {(agreement.followed.length > 0 || agreement.ledTo.length > 0) && (
        <div className="grid gap-6 md:grid-cols-2">
          <Section id="followed" title={m.agreements.followed}>
            <LinkList
              items={agreement.followed}
              empty={m.common.noneYet}
              keyOf={(a) => a.id}
              render={(a) => <AgreementLink agreement={a} i18n={i18n} />}
            />
          </Section>
          <Section id="led-to" title={m.agreements.ledTo}>
            <LinkList
              items={agreement.ledTo}
              empty={m.common.noneYet}
              keyOf={(a) => a.id}
              render={(a) => <AgreementLink agreement={a} i18n={i18n} />}
            />
          </Section>
        </div>
      )}

      <Citations citations={agreement.citations} i18n={i18n} />
      <HistoryLink kind="agreement" slug={agreement.slug} i18n={i18n} />
    </article>
  );
}
