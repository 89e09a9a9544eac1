import type { Metadata } from "next";
import Link from "next/link";
import { MeetingTimeline } from "@/components/records/meeting-timeline";
import { LocalizedText } from "@/components/records/localized-text";
import { TopicLink } from "@/components/records/record-links";
import { Section } from "@/components/ui/section";
import { getDirectoryCounts, getForumProgram } from "@/db/queries/home";
import { listLatestMeetings } from "@/db/queries/meetings";
import { listTopics } from "@/db/queries/topics";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  const { m } = i18n;
  return i18n.meta(routes.home(i18n.locale), { title: { absolute: `${m.site.name}: ${m.site.tagline}` }, description: m.site.description });
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const i18n = await resolveLocale(params);
  const { m, t, locale } = i18n;
  const counts = getDirectoryCounts();
  const forum = getForumProgram();
  const latest = listLatestMeetings(5);
  const topics = listTopics();

  const stats = [
    { n: counts.organizations, label: m.home.countOrganizations, href: routes.organizations(locale) },
    { n: counts.programs, label: m.home.countPrograms, href: routes.programs(locale) },
    { n: counts.meetings, label: m.home.countMeetings, href: routes.meetings(locale) },
    { n: counts.agreements, label: m.home.countAgreements, href: routes.agreements(locale) },
    { n: counts.people, label: m.home.countPeople, href: routes.people(locale) },
  ];

  return (
    <>
      <header className="mb-10 rounded-xl border border-line bg-surface p-6 sm:p-10">
        <h1 className="max-w-3xl font-serif text-3xl font-semibold leading-tight text-ink sm:text-4xl">{m.home.title}</h1>
        <p className="mt-4 max-w-3xl text-lg leading-relaxed text-muted">{m.home.intro}</p>
        {forum && (
          <p className="mt-6">
            <Link
              href={routes.program(locale, forum.slug)}
              className="rounded-md bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-strong hover:text-white"
            >
              {m.home.aboutForum}
            </Link>
          </p>
        )}
      </header>

      <Section id="counts" title={m.home.counts}>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {stats.map((s) => (
            <li key={s.href}>
              <Link href={s.href} className="block rounded-lg border border-line p-4 no-underline hover:border-brand">
                <span className="block font-serif text-3xl font-semibold text-brand-strong">{i18n.number(s.n)}</span>
                <span className="text-sm text-ink">{t(s.label, { count: s.n })}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-muted">
          {t(m.home.byCountry, {
            us: counts.organizationsByCountry.US,
            mx: counts.organizationsByCountry.MX,
            bi: counts.organizationsByCountry["US-MX"],
          })}
        </p>
      </Section>

      <div className="mt-10 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div>
          <Section id="latest" title={m.home.latestMeetings}>
            <MeetingTimeline meetings={latest} i18n={i18n} />
            <p className="mt-4">
              <Link href={routes.meetings(locale)}>{m.home.allMeetings} →</Link>
            </p>
          </Section>
        </div>
        <div>
          <Section id="topics" title={m.home.topics}>
            <ul className="flex flex-wrap gap-2">
              {topics.map((topic) => (
                <li key={topic.id}>
                  <TopicLink topic={topic} i18n={i18n} />
                </li>
              ))}
            </ul>
            <p className="mt-4 text-sm">
              {m.partners.homeIntro} <Link href={routes.partners(locale)}>{m.partners.homeLink} →</Link>
            </p>
            {forum && <LocalizedText value={forum.description} i18n={i18n} className="mt-6 text-sm text-muted" />}
          </Section>
        </div>
      </div>
    </>
  );
}
