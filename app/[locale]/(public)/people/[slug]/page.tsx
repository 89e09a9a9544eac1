import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryLink } from "@/components/history/history-link";
import { ArchivedNotice } from "@/components/records/archived-notice";
import { Citations } from "@/components/records/citations";
import { LocalizedText } from "@/components/records/localized-text";
import { MeetingList } from "@/components/records/meeting-list";
import { PositionLine } from "@/components/records/position-line";
import { AgreementLink, personName } from "@/components/records/record-links";
import { UncertainNotice } from "@/components/records/uncertain";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getPersonBySlug } from "@/db/queries/people";
import { PUBLIC_VIEWER } from "@/db/queries/shared";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

type Props = PageProps<"/[locale]/people/[slug]">;

async function load({ params }: Props) {
  const i18n = await resolveLocale(params);
  const { slug } = await params;
  const person = getPersonBySlug(slug, PUBLIC_VIEWER);
  if (!person) notFound();
  return { i18n, person };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { i18n, person } = await load(props);
  const first = person.positions[0];
  return i18n.meta(routes.person(i18n.locale, person.slug), {
    title: personName(person),
    description: first ? i18n.name(first.title) : i18n.m.people.description,
  });
}

export default async function PersonPage(props: Props) {
  const { i18n, person } = await load(props);
  const { m, locale } = i18n;

  return (
    <article>
      <Breadcrumbs
        label={m.common.breadcrumb}
        items={[
          { label: m.nav.home, href: routes.home(locale) },
          { label: m.people.title, href: routes.people(locale) },
          { label: person.name },
        ]}
      />
      <PageHeader
        edit={{ href: routes.edit(locale, "person", person.slug), label: m.editor.edit }}
        title={personName(person)}
        subtitle={person.positions[0] ? i18n.name(person.positions[0].title) : undefined}
      />
      <ArchivedNotice archivedAt={person.archivedAt} i18n={i18n} />
      <UncertainNotice value={person} i18n={i18n} />
      <LocalizedText value={person.bio} i18n={i18n} className="text-lg" />

      <Section id="positions" title={m.people.positions}>
        <LinkList
          items={person.positions}
          empty={m.common.noneYet}
          keyOf={(p) => `${i18n.name(p.title)}-${p.organization?.id ?? ""}`}
          render={(p) => <PositionLine position={p} i18n={i18n} />}
        />
      </Section>

      <Section id="meetings" title={m.people.meetings}>
        <MeetingList
          meetings={person.meetings}
          i18n={i18n}
          badges={(x) =>
            x.roles.map((r) => (
              <Badge key={r} tone="brand">
                {m.vocabulary.meetingPersonRole[r]}
              </Badge>
            ))
          }
        />
      </Section>

      {person.agreements.length > 0 && (
        <Section id="agreements" title={m.people.agreements}>
          <LinkList
            items={person.agreements}
            empty={m.common.noneYet}
            keyOf={(a) => a.id}
            render={(a) => <AgreementLink agreement={a} i18n={i18n} />}
          />
        </Section>
      )}

      <Citations citations={person.citations} i18n={i18n} />
      <HistoryLink kind="person" slug={person.slug} i18n={i18n} />
    </article>
  );
}
