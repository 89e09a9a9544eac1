import type { Metadata } from "next";
import Link from "next/link";
import { CalendarLinks } from "@/components/records/calendar-links";
import { DownloadLinks } from "@/components/records/download-links";
import { IgnoredParams } from "@/components/records/ignored-params";
import { MeetingTimeline } from "@/components/records/meeting-timeline";
import { organizationLabel } from "@/components/records/record-links";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilterForm, type FilterField } from "@/components/ui/filter-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { listMeetings, listMeetingYears } from "@/db/queries/meetings";
import { getOrganizationSummaryBySlug, listOrganizationsWithMeetings } from "@/db/queries/organizations";
import { listTopics } from "@/db/queries/topics";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { buildQuery } from "@/lib/search-params";
import { meetingListParams, parseListParams } from "@/lib/validation/list-params";
import { MEETING_COUNTRIES, MEETING_KINDS } from "@/lib/vocabulary";

const PAGE_SIZE = 30;
/** Beyond this many organizations a select stops being usable; the filter is then reached from an organization's page. */
const MAX_ORGANIZATION_OPTIONS = 200;

export async function generateMetadata({ params }: PageProps<"/[locale]/meetings">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  const { m } = i18n;
  return i18n.meta(routes.meetings(i18n.locale), { title: m.meetings.title, description: m.meetings.description });
}

export default async function MeetingsPage({ params, searchParams }: PageProps<"/[locale]/meetings">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const topics = listTopics();
  const { values, page, ignored } = parseListParams(await searchParams, meetingListParams);
  const organization = values.organization ? getOrganizationSummaryBySlug(values.organization) : null;
  const result = listMeetings(values, { page, pageSize: PAGE_SIZE });
  const organizationOptions = listOrganizationsWithMeetings(MAX_ORGANIZATION_OPTIONS + 1);

  const fields: FilterField[] = [
    {
      name: "kind",
      label: m.meetings.kind,
      selected: values.kind,
      options: MEETING_KINDS.map((k) => ({ value: k, label: m.vocabulary.meetingKind[k] })),
    },
    {
      name: "topic",
      label: m.meetings.topic,
      selected: values.topic,
      options: topics.map((t) => ({ value: t.slug, label: i18n.name(t.name) })),
    },
    {
      name: "country",
      label: m.meetings.country,
      selected: values.country,
      options: MEETING_COUNTRIES.map((c) => ({ value: c, label: m.country[c] ?? c })),
    },
    {
      name: "year",
      label: m.meetings.year,
      selected: values.year ? String(values.year) : undefined,
      options: listMeetingYears().map((y) => ({ value: String(y), label: String(y) })),
    },
  ];
  if (organizationOptions.length <= MAX_ORGANIZATION_OPTIONS) {
    fields.push({
      name: "organization",
      label: m.meetings.organization,
      selected: values.organization,
      options: organizationOptions.map((o) => ({ value: o.slug, label: organizationLabel(o, i18n) })),
    });
  }

  return (
    <>
      <Breadcrumbs label={m.common.breadcrumb} items={[{ label: m.nav.home, href: routes.home(locale) }, { label: m.meetings.title }]} />
      <PageHeader title={m.meetings.title} subtitle={m.meetings.description} />
      <IgnoredParams ignored={ignored} i18n={i18n} />
      {organization && organizationOptions.length > MAX_ORGANIZATION_OPTIONS && (
        <Notice>
          {m.meetings.organization}: <strong>{organizationLabel(organization, i18n)}</strong> ·{" "}
          <Link href={`${routes.meetings(locale)}${buildQuery({ ...values, organization: undefined })}`}>{m.common.clearFilters}</Link>
        </Notice>
      )}
      <FilterForm action={routes.meetings(locale)} i18n={i18n} fields={fields} />
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm text-muted" role="status">
          {i18n.t(m.common.results, { count: result.total })}
        </p>
        {result.total > 0 && (
          <div className="flex flex-col items-end gap-1">
            <DownloadLinks
              label={i18n.t(m.api.download.meetings, { count: result.total })}
              dataset="meetings"
              query={buildQuery(values)}
              i18n={i18n}
            />
            <DownloadLinks label={m.api.download.participations} dataset="participations" query={buildQuery(values)} i18n={i18n} />
          </div>
        )}
      </div>
      <MeetingTimeline meetings={result.items} i18n={i18n} headingLevel={2} />
      <Pagination page={result} i18n={i18n} hrefFor={(p) => `${routes.meetings(locale)}${buildQuery({ ...values, page: p })}`} />
      <CalendarLinks i18n={i18n} />
    </>
  );
}
