import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistoryLink } from "@/components/history/history-link";
import { SeeInNetwork } from "@/components/network/see-in-network";
import { ArchivedNotice } from "@/components/records/archived-notice";
import { Citations } from "@/components/records/citations";
import { PlaceWithMapLink } from "@/components/map/show-on-map";
import { CountryBadge } from "@/components/records/country-badge";
import { LocalizedText } from "@/components/records/localized-text";
import { MeetingList } from "@/components/records/meeting-list";
import { OrganizationList } from "@/components/records/organization-list";
import { OrganizationLink, organizationLabel, PersonLink, placeLabel, ProgramLink, TopicLink } from "@/components/records/record-links";
import { UncertainMark, UncertainNotice } from "@/components/records/uncertain";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Facts } from "@/components/ui/facts";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getMapRecord } from "@/db/queries/map";
import { getOrganizationBySlug } from "@/db/queries/organizations";
import { PUBLIC_VIEWER } from "@/db/queries/shared";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

type Props = PageProps<"/[locale]/organizations/[slug]">;

async function load({ params }: Props) {
  const i18n = await resolveLocale(params);
  const { slug } = await params;
  const org = getOrganizationBySlug(slug, PUBLIC_VIEWER);
  if (!org) notFound();
  return { i18n, org };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { i18n, org } = await load(props);
  const description = i18n.text(org.description)?.text ?? `${i18n.m.vocabulary.organizationKind[org.kind]}, ${i18n.m.country[org.country]}`;
  return i18n.meta(routes.organization(i18n.locale, org.slug), { title: organizationLabel(org, i18n), description });
}

export default async function OrganizationPage(props: Props) {
  const { i18n, org } = await load(props);
  const { m, locale } = i18n;
  const name = i18n.text(org.name);

  return (
    <article>
      <Breadcrumbs
        label={m.common.breadcrumb}
        items={[
          { label: m.nav.home, href: routes.home(locale) },
          { label: m.organizations.title, href: routes.organizations(locale) },
          ...(org.parent ? [{ label: organizationLabel(org.parent, i18n), href: routes.organization(locale, org.parent.slug) }] : []),
          { label: organizationLabel(org, i18n) },
        ]}
      />
      <PageHeader
        edit={{ href: routes.edit(locale, "organization", org.slug), label: m.editor.edit }}
        title={organizationLabel(org, i18n)}
        lang={name?.lang}
        fallbackNote={i18n.fallbackNote(org.name)}
        subtitle={m.vocabulary.organizationKind[org.kind]}
      >
        <CountryBadge country={org.country} i18n={i18n} />
      </PageHeader>
      <ArchivedNotice archivedAt={org.archivedAt} i18n={i18n} />
      <UncertainNotice value={org} i18n={i18n} />

      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div>
          <LocalizedText value={org.description} i18n={i18n} className="text-lg" />
        </div>
        <Facts
          items={[
            {
              label: m.organizations.location,
              value:
                getMapRecord("organization", org.slug)?.latitude != null ? (
                  <PlaceWithMapLink place={placeLabel(org, i18n)} kind="organization" slug={org.slug} i18n={i18n} />
                ) : (
                  placeLabel(org, i18n)
                ),
            },
            {
              label: m.organizations.parent,
              value: org.parent ? <OrganizationLink org={org.parent} i18n={i18n} /> : null,
            },
            {
              label: m.common.alsoKnownAs,
              value: [
                org.name.es && org.name.es !== org.name.en ? org.name.es : null,
                org.acronym.es && org.acronym.es !== org.acronym.en ? org.acronym.es : null,
                ...org.alternateNames.map((a) => a.name),
              ]
                .filter(Boolean)
                .join("; "),
            },
            {
              label: m.common.website,
              value: org.website ? (
                <a href={org.website} rel="external noopener">
                  {org.website}
                </a>
              ) : null,
            },
            {
              label: m.organizations.ror,
              value: org.rorId ? (
                <a href={`https://ror.org/${org.rorId}`} rel="external noopener">
                  {org.rorId}
                </a>
              ) : null,
            },
          ]}
        />
      </div>

      {org.children.length > 0 && (
        <Section id="units" title={m.organizations.children}>
          <OrganizationList organizations={org.children} i18n={i18n} />
        </Section>
      )}

      <Section id="programs" title={m.organizations.programs}>
        <LinkList
          items={org.programs}
          empty={m.common.noneYet}
          keyOf={(p) => `${p.id}-${p.role}`}
          render={(p) => (
            <div className="flex flex-wrap items-center gap-2">
              <ProgramLink program={p} i18n={i18n} />
              <Badge tone="brand">{m.vocabulary.programRole[p.role]}</Badge>
              <UncertainMark value={p} i18n={i18n} />
              {i18n.text(p.note) && (
                <span lang={i18n.text(p.note)?.lang} className="w-full text-sm text-muted">
                  {i18n.text(p.note)?.text}
                </span>
              )}
            </div>
          )}
        />
      </Section>

      <Section id="meetings" title={m.organizations.meetings}>
        <MeetingList
          meetings={org.meetings}
          i18n={i18n}
          badges={(x) =>
            x.roles.map((r) => (
              <Badge key={r} tone={r === "host" ? "brand" : "neutral"}>
                {m.vocabulary.meetingOrganizationRole[r]}
              </Badge>
            ))
          }
        />
      </Section>

      <Section id="collaborators" title={m.organizations.collaborators} intro={m.organizations.collaboratorsIntro}>
        <LinkList
          items={org.collaborators}
          empty={m.common.noneYet}
          keyOf={(c) => c.id}
          render={(c) => (
            <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:justify-between">
              <OrganizationLink org={c} i18n={i18n} withCountry />
              <span className="text-sm text-muted">
                {[
                  c.sharedPrograms ? i18n.t(m.organizations.sharedPrograms, { count: c.sharedPrograms }) : null,
                  c.sharedMeetings ? i18n.t(m.organizations.sharedMeetings, { count: c.sharedMeetings }) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </div>
          )}
        />
      </Section>

      <Section id="people" title={m.organizations.people}>
        <LinkList
          items={org.people}
          empty={m.common.noneYet}
          keyOf={(p) => `${p.id}-${i18n.name(p.title)}`}
          render={(p) => (
            <div>
              <PersonLink person={p} i18n={i18n} />
              <span className="text-sm text-muted"> · {i18n.name(p.title)}</span>
            </div>
          )}
        />
      </Section>

      <Section id="topics" title={m.organizations.topics}>
        {org.topics.length === 0 ? (
          <p className="text-sm text-muted">{m.common.noneYet}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {org.topics.map((t) => (
              <li key={t.id}>
                <TopicLink topic={t} i18n={i18n} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <SeeInNetwork kind="organization" slug={org.slug} i18n={i18n} />
      <Citations citations={org.citations} i18n={i18n} />
      <HistoryLink kind="organization" slug={org.slug} i18n={i18n} />
      <p className="mt-8 text-xs text-muted">
        {i18n.t(m.common.lastUpdated, { date: i18n.date(org.updatedAt.toISOString().slice(0, 10)) ?? "" })}
      </p>
    </article>
  );
}
