import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryLink } from "@/components/history/history-link";
import { SeeInNetwork } from "@/components/network/see-in-network";
import { ArchivedNotice } from "@/components/records/archived-notice";
import { Citations } from "@/components/records/citations";
import { LocalizedText } from "@/components/records/localized-text";
import { MeetingList } from "@/components/records/meeting-list";
import { AgreementLink, OrganizationLink, ProgramLink, TopicLink } from "@/components/records/record-links";
import { UncertainMark, UncertainNotice } from "@/components/records/uncertain";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Facts } from "@/components/ui/facts";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getProgramBySlug, type ProgramParticipant } from "@/db/queries/programs";
import { resolveLocale, type I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { COUNTRIES } from "@/lib/vocabulary";

type Props = PageProps<"/[locale]/programs/[slug]">;

async function load({ params }: Props) {
  const i18n = await resolveLocale(params);
  const { slug } = await params;
  const program = getProgramBySlug(slug);
  if (!program) notFound();
  return { i18n, program };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { i18n, program } = await load(props);
  return i18n.meta(routes.program(i18n.locale, program.slug), {
    title: i18n.name(program.name),
    description: i18n.text(program.description)?.text ?? i18n.m.vocabulary.programKind[program.kind],
  });
}

export default async function ProgramPage(props: Props) {
  const { i18n, program } = await load(props);
  const { m, locale } = i18n;
  const name = i18n.text(program.name);

  return (
    <article>
      <Breadcrumbs
        label={m.common.breadcrumb}
        items={[
          { label: m.nav.home, href: routes.home(locale) },
          { label: m.programs.title, href: routes.programs(locale) },
          ...(program.parent ? [{ label: i18n.name(program.parent.name), href: routes.program(locale, program.parent.slug) }] : []),
          { label: i18n.name(program.name) },
        ]}
      />
      <PageHeader
        edit={{ href: routes.edit(locale, "program", program.slug), label: m.editor.edit }}
        title={i18n.name(program.name)}
        lang={name?.lang}
        fallbackNote={i18n.fallbackNote(program.name)}
        subtitle={program.acronym ?? undefined}
      >
        <Badge tone="brand">{m.vocabulary.programKind[program.kind]}</Badge>
        <Badge>{m.vocabulary.programStatus[program.status as keyof typeof m.vocabulary.programStatus] ?? program.status}</Badge>
      </PageHeader>
      <ArchivedNotice archivedAt={program.archivedAt} i18n={i18n} />
      <UncertainNotice value={program} i18n={i18n} />

      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <LocalizedText value={program.description} i18n={i18n} className="text-lg" />
        <Facts
          items={[
            { label: m.programs.announced, value: i18n.date(program.announcedOn) },
            { label: program.kind === "forum" ? m.programs.launched : m.programs.started, value: i18n.date(program.startDate) },
            { label: m.programs.ended, value: i18n.date(program.endDate) },
            { label: m.programs.partOf, value: program.parent ? <ProgramLink program={program.parent} i18n={i18n} /> : null },
            {
              label: m.common.alsoKnownAs,
              value: program.alternateNames.length ? (
                <ul>
                  {program.alternateNames.map((a) => (
                    <li key={a.name} lang={a.language}>
                      {a.name} <UncertainMark value={a} i18n={i18n} />
                    </li>
                  ))}
                </ul>
              ) : null,
            },
            {
              label: m.common.website,
              value: program.website ? (
                <a href={program.website} rel="external noopener">
                  {program.website}
                </a>
              ) : null,
            },
            {
              label: m.programs.establishedBy,
              value: program.establishedBy.length
                ? program.establishedBy.map((a) => <AgreementLink key={a.id} agreement={a} i18n={i18n} />)
                : null,
            },
          ]}
        />
      </div>

      <Section id="participants" title={m.programs.participants}>
        {program.organizations.length === 0 ? (
          <p className="text-sm text-muted">{m.common.noneYet}</p>
        ) : (
          <div className="grid gap-6 md:grid-cols-3">
            {COUNTRIES.map((country) => (
              <ParticipantsOfCountry
                key={country}
                country={country}
                participants={program.organizations.filter((o) => o.country === country)}
                i18n={i18n}
              />
            ))}
          </div>
        )}
      </Section>

      {program.children.length > 0 && (
        <Section id="subprograms" title={m.programs.subprograms}>
          <LinkList
            items={program.children}
            empty={m.common.noneYet}
            keyOf={(p) => p.id}
            render={(p) => <ProgramLink program={p} i18n={i18n} />}
          />
        </Section>
      )}

      <Section id="topics" title={m.programs.topics}>
        {program.topics.length === 0 ? (
          <p className="text-sm text-muted">{m.common.noneYet}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {program.topics.map((t) => (
              <li key={t.id}>
                <TopicLink topic={t} i18n={i18n} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="meetings" title={m.programs.meetings}>
        <MeetingList
          meetings={program.meetings}
          i18n={i18n}
          badges={(x) => <Badge>{m.vocabulary.meetingProgramRelation[x.relation]}</Badge>}
        />
      </Section>

      <SeeInNetwork kind="program" slug={program.slug} i18n={i18n} />
      <Citations citations={program.citations} i18n={i18n} />
      <HistoryLink kind="program" slug={program.slug} i18n={i18n} />
    </article>
  );
}

function ParticipantsOfCountry({ country, participants, i18n }: { country: string; participants: ProgramParticipant[]; i18n: I18n }) {
  const { m } = i18n;
  return (
    <section aria-labelledby={`participants-${country}`}>
      <h3 id={`participants-${country}`} className="mb-2 font-semibold text-ink">
        {m.country[country]}
      </h3>
      {participants.length === 0 ? (
        <p className="text-sm text-muted">{m.common.noneYet}</p>
      ) : (
        <ul className="space-y-2">
          {participants.map((o) => (
            <li key={`${o.id}-${o.role}`} className="flex flex-wrap items-center gap-2">
              <OrganizationLink org={o} i18n={i18n} />
              <Badge tone="brand">{m.vocabulary.programRole[o.role]}</Badge>
              <UncertainMark value={o} i18n={i18n} />
              {i18n.text(o.note) && (
                <span lang={i18n.text(o.note)?.lang} className="w-full text-sm text-muted">
                  {i18n.text(o.note)?.text}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
