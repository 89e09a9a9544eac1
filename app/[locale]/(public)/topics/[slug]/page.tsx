import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryLink } from "@/components/history/history-link";
import { ArchivedNotice } from "@/components/records/archived-notice";
import { Citations } from "@/components/records/citations";
import { LocalizedText } from "@/components/records/localized-text";
import { MeetingList } from "@/components/records/meeting-list";
import { OrganizationLink, ProgramLink } from "@/components/records/record-links";
import { UncertainNotice } from "@/components/records/uncertain";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { listMeetings } from "@/db/queries/meetings";
import { listOrganizations } from "@/db/queries/organizations";
import { listPrograms } from "@/db/queries/programs";
import { getTopicBySlug } from "@/db/queries/topics";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { buildQuery } from "@/lib/search-params";

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
  return i18n.meta(routes.topic(i18n.locale, topic.slug), {
    title: i18n.name(topic.name),
    description: i18n.text(topic.description)?.text ?? i18n.m.topics.description,
  });
}

/** The topic page shows the first records of each kind and links to the full, filtered lists. */
const SHOWN = 20;

export default async function TopicPage(props: Props) {
  const { i18n, topic } = await load(props);
  const { m, locale } = i18n;
  const first = { page: 1, pageSize: SHOWN };
  const programs = listPrograms({ topic: topic.slug }, first);
  const meetings = listMeetings({ topic: topic.slug }, first);
  const organizations = listOrganizations({ topic: topic.slug }, first);
  const viewAll = (total: number, href: string) =>
    total > SHOWN && (
      <p className="mt-2 text-sm">
        <Link href={href}>{i18n.t(m.topics.viewAll, { count: total })}</Link>
      </p>
    );
  return (
    <article>
      <Breadcrumbs
        label={m.common.breadcrumb}
        items={[
          { label: m.nav.home, href: routes.home(locale) },
          { label: m.topics.title, href: routes.topics(locale) },
          { label: i18n.name(topic.name) },
        ]}
      />
      <PageHeader
        edit={{ href: routes.edit(locale, "topic", topic.slug), label: m.editor.edit }}
        title={i18n.name(topic.name)}
        lang={i18n.text(topic.name)?.lang}
        fallbackNote={i18n.fallbackNote(topic.name)}
      />
      <ArchivedNotice archivedAt={topic.archivedAt} i18n={i18n} />
      <UncertainNotice value={topic} i18n={i18n} />
      <LocalizedText value={topic.description} i18n={i18n} className="text-lg" />
      <p className="mt-3">
        <Link href={routes.partners(locale, buildQuery({ topic: topic.slug }))}>{m.partners.topicLink} →</Link>
      </p>

      <Section id="programs" title={m.topics.programs}>
        <LinkList
          items={programs.items}
          empty={m.common.noneYet}
          keyOf={(p) => p.id}
          render={(p) => <ProgramLink program={p} i18n={i18n} />}
        />
        {viewAll(programs.total, `${routes.programs(locale)}${buildQuery({ topic: topic.slug })}`)}
      </Section>
      <Section id="meetings" title={m.topics.meetings}>
        <MeetingList meetings={meetings.items} i18n={i18n} />
        {viewAll(meetings.total, `${routes.meetings(locale)}${buildQuery({ topic: topic.slug })}`)}
      </Section>
      <Section id="organizations" title={m.topics.organizations}>
        <LinkList
          items={organizations.items}
          empty={m.common.noneYet}
          keyOf={(o) => o.id}
          render={(o) => <OrganizationLink org={o} i18n={i18n} withCountry />}
        />
        {viewAll(organizations.total, `${routes.organizations(locale)}${buildQuery({ topic: topic.slug })}`)}
      </Section>
      <Citations citations={topic.citations} i18n={i18n} />
      <HistoryLink kind="topic" slug={topic.slug} i18n={i18n} />
    </article>
  );
}
