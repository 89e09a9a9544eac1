import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryLink } from "@/components/history/history-link";
import { SeeInNetwork } from "@/components/network/see-in-network";
import { PlaceWithMapLink } from "@/components/map/show-on-map";
import { ArchivedNotice } from "@/components/records/archived-notice";
import { Citations } from "@/components/records/citations";
import { DownloadLinks } from "@/components/records/download-links";
import { LocalizedText } from "@/components/records/localized-text";
import {
  AgreementLink,
  MeetingDate,
  meetingPlaceLabel,
  OrganizationLink,
  organizationLabel,
  PersonLink,
  placeLabel,
  ProgramLink,
  TopicLink,
} from "@/components/records/record-links";
import { UncertainMark, UncertainNotice } from "@/components/records/uncertain";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Facts } from "@/components/ui/facts";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { StructuredData } from "@/components/structured-data";
import { Section } from "@/components/ui/section";
import { getMapRecord } from "@/db/queries/map";
import { getMeetingBySlug, type MeetingOrganization, type MeetingProfile } from "@/db/queries/meetings";
import { PUBLIC_VIEWER } from "@/db/queries/shared";
import { resolveLocale, type I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { recordOpenGraph } from "@/lib/social-metadata";
import { linkedDataContext, meetingJsonLd } from "@/lib/structured-data";
import { buildQuery } from "@/lib/search-params";
import { COUNTRIES } from "@/lib/vocabulary";

type Props = PageProps<"/[locale]/meetings/[slug]">;

async function load({ params }: Props) {
  const i18n = await resolveLocale(params);
  const { slug } = await params;
  const meeting = getMeetingBySlug(slug, PUBLIC_VIEWER);
  if (!meeting) notFound();
  return { i18n, meeting };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { i18n, meeting } = await load(props);
  const when = i18n.dateRange(meeting.startDate, meeting.endDate);
  const where = placeLabel(meeting, i18n);
  return i18n.meta(routes.meeting(i18n.locale, meeting.slug), {
    title: i18n.name(meeting.title),
    description: [i18n.m.vocabulary.meetingKind[meeting.kind], when, where].filter(Boolean).join(" · "),
    openGraph: recordOpenGraph(i18n, meeting.updatedAt),
  });
}

function attendanceLabel(meeting: MeetingProfile, i18n: I18n): string | null {
  if (meeting.attendance === null) return null;
  const template = i18n.m.vocabulary.attendance[meeting.attendanceQualifier ?? "exact"];
  return i18n.t(template, { count: meeting.attendance });
}

export default async function MeetingPage(props: Props) {
  const { i18n, meeting } = await load(props);
  const { m, locale } = i18n;
  const title = i18n.text(meeting.title);
  const hosts = meeting.organizations.filter((o) => o.role === "host" || o.role === "organizer");
  const participants = meeting.organizations.filter((o) => o.role === "participant");
  const place = meetingPlaceLabel(meeting, i18n);

  return (
    <article>
      <StructuredData data={meetingJsonLd(meeting, linkedDataContext(i18n))} />
      <Breadcrumbs
        label={m.common.breadcrumb}
        items={[
          { label: m.nav.home, href: routes.home(locale) },
          { label: m.meetings.title, href: routes.meetings(locale) },
          { label: i18n.name(meeting.title) },
        ]}
      />
      <PageHeader
        edit={{ href: routes.edit(locale, "meeting", meeting.slug), label: m.editor.edit }}
        title={i18n.name(meeting.title)}
        lang={title?.lang}
        fallbackNote={i18n.fallbackNote(meeting.title)}
        subtitle={<MeetingDate meeting={meeting} i18n={i18n} />}
      >
        <Badge tone="brand">{m.vocabulary.meetingKind[meeting.kind]}</Badge>
      </PageHeader>
      <ArchivedNotice archivedAt={meeting.archivedAt} i18n={i18n} />
      <UncertainNotice value={meeting} i18n={i18n} />

      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          {i18n.text(meeting.summary) && (
            <div>
              <h2 className="sr-only">{m.meetings.summary}</h2>
              <LocalizedText value={meeting.summary} i18n={i18n} className="text-lg" />
            </div>
          )}
          {i18n.text(meeting.outcomes) && (
            <div>
              <h2 className="font-serif text-xl font-semibold">{m.meetings.outcomes}</h2>
              <LocalizedText value={meeting.outcomes} i18n={i18n} className="mt-2" />
            </div>
          )}
        </div>
        <Facts
          items={[
            { label: m.meetings.when, value: <MeetingDate meeting={meeting} i18n={i18n} /> },
            {
              label: m.meetings.where,
              value:
                getMapRecord("meeting", meeting.slug)?.latitude != null ? (
                  <PlaceWithMapLink
                    place={place || <span className="text-muted">{m.meetings.placeUnknown}</span>}
                    kind="meeting"
                    slug={meeting.slug}
                    i18n={i18n}
                  />
                ) : (
                  place || <span className="text-muted">{m.meetings.placeUnknown}</span>
                ),
            },
            { label: m.meetings.hosts, value: hosts.length ? <OrgLinks orgs={hosts} i18n={i18n} /> : null },
            { label: m.meetings.attendance, value: attendanceLabel(meeting, i18n) },
            {
              label: m.meetings.series,
              value: meeting.series
                ? meeting.series.number
                  ? i18n.t(m.meetings.seriesPosition, { number: meeting.series.number, name: i18n.name(meeting.series.series.name) })
                  : i18n.t(m.meetings.seriesMember, { name: i18n.name(meeting.series.series.name) })
                : null,
            },
          ]}
        />
      </div>

      {meeting.series && (meeting.series.previous || meeting.series.next) && (
        <nav aria-label={m.meetings.series} className="mt-6 grid gap-3 sm:grid-cols-2">
          {meeting.series.previous ? (
            <Link
              href={routes.meeting(locale, meeting.series.previous.slug)}
              rel="prev"
              className="rounded-lg border border-line p-3 no-underline hover:border-brand"
            >
              <span className="block text-xs text-muted">← {m.meetings.previousInSeries}</span>
              <span className="font-medium" lang={i18n.langOf(meeting.series.previous.title)}>
                {i18n.name(meeting.series.previous.title)}
              </span>
            </Link>
          ) : (
            <span />
          )}
          {meeting.series.next && (
            <Link
              href={routes.meeting(locale, meeting.series.next.slug)}
              rel="next"
              className="rounded-lg border border-line p-3 text-right no-underline hover:border-brand"
            >
              <span className="block text-xs text-muted">{m.meetings.nextInSeries} →</span>
              <span className="font-medium" lang={i18n.langOf(meeting.series.next.title)}>
                {i18n.name(meeting.series.next.title)}
              </span>
            </Link>
          )}
        </nav>
      )}

      <Section id="participants" title={m.meetings.participants}>
        {meeting.organizations.length > 0 && (
          <div className="mb-3">
            <DownloadLinks
              label={m.api.download.meetingParticipations}
              dataset="participations"
              query={buildQuery({ meeting: meeting.slug })}
              i18n={i18n}
            />
          </div>
        )}
        {participants.length === 0 ? (
          <p className="text-sm text-muted">{m.common.noneYet}</p>
        ) : (
          <div className="grid gap-6 md:grid-cols-3">
            {COUNTRIES.map((country) => {
              const ofCountry = participants.filter((o) => o.country === country);
              return (
                <section key={country} aria-labelledby={`participants-${country}`}>
                  <h3 id={`participants-${country}`} className="mb-2 font-semibold">
                    {m.country[country]} <span className="font-normal text-muted">({i18n.number(ofCountry.length)})</span>
                  </h3>
                  {ofCountry.length === 0 ? (
                    <p className="text-sm text-muted">{m.common.noneYet}</p>
                  ) : (
                    <ul className="space-y-1.5">
                      {ofCountry.map((o) => (
                        <li key={o.id} className="flex flex-wrap items-center gap-2">
                          <OrganizationLink org={o} i18n={i18n} />
                          <UncertainMark value={o} i18n={i18n} />
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        )}
      </Section>

      <Section id="people" title={m.meetings.people}>
        <LinkList
          items={meeting.people}
          empty={m.common.noneYet}
          keyOf={(p) => `${p.id}-${p.role}`}
          render={(p) => (
            <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <PersonLink person={p} i18n={i18n} />
                {p.organization && <span className="text-sm text-muted"> · {organizationLabel(p.organization, i18n)}</span>}
                <UncertainMark value={p} i18n={i18n} />
              </div>
              <Badge tone="brand">{m.vocabulary.meetingPersonRole[p.role]}</Badge>
            </div>
          )}
        />
      </Section>

      <Section id="topics" title={m.meetings.topics}>
        {meeting.topics.length === 0 ? (
          <p className="text-sm text-muted">{m.common.noneYet}</p>
        ) : (
          <ul className="flex flex-wrap items-center gap-2">
            {meeting.topics.map((t) => (
              <li key={t.id} className="flex items-center gap-1">
                <TopicLink topic={t} i18n={i18n} />
                <UncertainMark value={t} i18n={i18n} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      {meeting.programs.length > 0 && (
        <Section id="programs" title={m.meetings.programs}>
          <LinkList
            items={meeting.programs}
            empty={m.common.noneYet}
            keyOf={(p) => p.id}
            render={(p) => (
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="flex flex-wrap items-center gap-2">
                  <ProgramLink program={p} i18n={i18n} />
                  <UncertainMark value={p} i18n={i18n} />
                </span>
                <Badge>{m.vocabulary.meetingProgramRelation[p.relation]}</Badge>
              </div>
            )}
          />
        </Section>
      )}

      {meeting.agreements.length > 0 && (
        <Section id="agreements" title={m.meetings.agreements}>
          <LinkList
            items={meeting.agreements}
            empty={m.common.noneYet}
            keyOf={(a) => a.id}
            render={(a) => <AgreementLink agreement={a} i18n={i18n} />}
          />
        </Section>
      )}

      <SeeInNetwork kind="meeting" slug={meeting.slug} i18n={i18n} />
      <Citations citations={meeting.citations} i18n={i18n} />
      <HistoryLink kind="meeting" slug={meeting.slug} i18n={i18n} />
    </article>
  );
}

function OrgLinks({ orgs, i18n }: { orgs: MeetingOrganization[]; i18n: I18n }) {
  return (
    <ul className="space-y-1">
      {orgs.map((o) => (
        <li key={`${o.id}-${o.role}`} className="flex flex-wrap items-center gap-2">
          <OrganizationLink org={o} i18n={i18n} />
          <UncertainMark value={o} i18n={i18n} />
        </li>
      ))}
    </ul>
  );
}
