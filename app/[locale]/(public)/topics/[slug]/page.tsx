import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchivedNotice } from "@/components/records/archived-notice";
import { Citations } from "@/components/records/citations";
import { LocalizedText } from "@/components/records/localized-text";
import { MeetingDate, MeetingLink, OrganizationLink, ProgramLink } from "@/components/records/record-links";
import { UncertainNotice } from "@/components/records/uncertain";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getTopicBySlug } from "@/db/queries/topics";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

type Props = PageProps<"/[locale]/topics/[slug]">;

async function load({ params }: Props) {
  const i18n = await resolveLocale(params);
  const { slug } = await params;
  const topic = getTopicBySlug(slug);
  if (!topic) notFound();
  return { i18n, topic };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { i18n, topic } = await load(props);
  return { title: i18n.name(topic.name), description: i18n.text(topic.description)?.text ?? i18n.m.topics.description };
}

export default async function TopicPage(props: Props) {
  const { i18n, topic } = await load(props);
  const { m, locale } = i18n;
  return (
    <article>
      <Breadcrumbs
        label={m.common.breadcrumb}
        items={[{ label: m.nav.home, href: routes.home(locale) }, { label: m.topics.title, href: routes.topics(locale) }, { label: i18n.name(topic.name) }]}
      />
      <PageHeader title={i18n.name(topic.name)} />
      <ArchivedNotice archivedAt={topic.archivedAt} i18n={i18n} />
      <UncertainNotice value={topic} i18n={i18n} />
      <LocalizedText value={topic.description} i18n={i18n} className="text-lg" />

      <Section id="programs" title={m.topics.programs}>
        <LinkList items={topic.programs} empty={m.common.noneYet} keyOf={(p) => p.id} render={(p) => <ProgramLink program={p} i18n={i18n} />} />
      </Section>
      <Section id="meetings" title={m.topics.meetings}>
        <LinkList
          items={topic.meetings}
          empty={m.common.noneYet}
          keyOf={(x) => x.id}
          render={(x) => (
            <div>
              <MeetingLink meeting={x} i18n={i18n} />
              <p className="text-sm text-muted">
                <MeetingDate meeting={x} i18n={i18n} />
              </p>
            </div>
          )}
        />
      </Section>
      <Section id="organizations" title={m.topics.organizations}>
        <LinkList items={topic.organizations} empty={m.common.noneYet} keyOf={(o) => o.id} render={(o) => <OrganizationLink org={o} i18n={i18n} withCountry />} />
      </Section>
      <Citations citations={topic.citations} i18n={i18n} />
    </article>
  );
}
