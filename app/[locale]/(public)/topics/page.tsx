import type { Metadata } from "next";
import Link from "next/link";
import { LocalizedText } from "@/components/records/localized-text";
import { UncertainMark } from "@/components/records/uncertain";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { listTopics } from "@/db/queries/topics";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[locale]/topics">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  const { m } = i18n;
  return i18n.meta(routes.topics(i18n.locale), { title: m.topics.title, description: m.topics.description });
}

export default async function TopicsPage({ params }: PageProps<"/[locale]/topics">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const topics = listTopics();
  return (
    <>
      <Breadcrumbs label={m.common.breadcrumb} items={[{ label: m.nav.home, href: routes.home(locale) }, { label: m.topics.title }]} />
      <PageHeader title={m.topics.title} subtitle={m.topics.description} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {topics.map((t) => (
          <li key={t.id} className="rounded-lg border border-line p-4">
            <h2 className="font-serif text-lg font-semibold">
              <Link href={routes.topic(locale, t.slug)}>{i18n.name(t.name)}</Link>
            </h2>
            <p className="text-sm text-muted">
              {i18n.t(m.topics.programCount, { count: t.programCount })} · {i18n.t(m.topics.meetingCount, { count: t.meetingCount })}
            </p>
            <UncertainMark value={t} i18n={i18n} />
            <LocalizedText value={t.description} i18n={i18n} className="mt-2 text-sm" />
          </li>
        ))}
      </ul>
    </>
  );
}
