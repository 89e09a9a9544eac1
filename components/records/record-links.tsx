/**
 * Links to records, named in the reader's language, used wherever one record
 * mentions another so every mention looks and reads the same.
 */
import Link from "next/link";
import type {
  AgreementSummary,
  MeetingSummary,
  OrganizationSummary,
  PersonSummary,
  ProgramSummary,
  TopicSummary,
} from "@/db/queries/summaries";
import type { I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { getState, isCityState } from "@/lib/geo";
import { CountryBadge } from "./country-badge";

export function organizationLabel(o: OrganizationSummary, i18n: I18n): string {
  const name = i18n.name(o.name);
  const acronym = i18n.name(o.acronym);
  return acronym && !name.includes(`(${acronym})`) && acronym !== name ? `${name} (${acronym})` : name;
}

export function OrganizationLink({ org, i18n, withCountry = false }: { org: OrganizationSummary; i18n: I18n; withCountry?: boolean }) {
  return (
    // max-w-full and min-w-0 let a name with no space to break at wrap inside the line (see globals.css).
    <span className="inline-flex max-w-full flex-wrap items-center gap-2">
      <Link href={routes.organization(i18n.locale, org.slug)} lang={i18n.langOf(org.name)} className="min-w-0 font-medium">
        {organizationLabel(org, i18n)}
      </Link>
      {withCountry && <CountryBadge country={org.country} i18n={i18n} />}
    </span>
  );
}

export function ProgramLink({ program, i18n }: { program: ProgramSummary; i18n: I18n }) {
  return (
    <Link href={routes.program(i18n.locale, program.slug)} lang={i18n.langOf(program.name)} className="font-medium">
      {i18n.name(program.name)}
      {program.acronym && !i18n.name(program.name).includes(program.acronym) ? ` (${program.acronym})` : ""}
    </Link>
  );
}

export function MeetingLink({ meeting, i18n }: { meeting: MeetingSummary; i18n: I18n }) {
  return (
    <Link href={routes.meeting(i18n.locale, meeting.slug)} lang={i18n.langOf(meeting.title)} className="font-medium">
      {i18n.name(meeting.title)}
    </Link>
  );
}

export function PersonLink({ person, i18n }: { person: PersonSummary; i18n: I18n }) {
  return (
    <Link href={routes.person(i18n.locale, person.slug)} className="font-medium">
      {personName(person)}
    </Link>
  );
}

export function personName(p: { name: string; honorific: string | null }): string {
  return p.honorific ? `${p.honorific} ${p.name}` : p.name;
}

export function TopicLink({ topic, i18n }: { topic: TopicSummary; i18n: I18n }) {
  return (
    <Link
      href={routes.topic(i18n.locale, topic.slug)}
      lang={i18n.langOf(topic.name)}
      className="inline-block rounded-full border border-line bg-white px-3 py-1 text-sm no-underline hover:border-brand hover:bg-brand-soft"
    >
      {i18n.name(topic.name)}
    </Link>
  );
}

export function AgreementLink({ agreement, i18n }: { agreement: AgreementSummary; i18n: I18n }) {
  return (
    <Link href={routes.agreement(i18n.locale, agreement.slug)} lang={i18n.langOf(agreement.title)} className="font-medium">
      {i18n.name(agreement.title)}
    </Link>
  );
}

/** "Tucson, Arizona, United States", with whatever parts are known. */
export function placeLabel(place: { city: string | null; state: string | null; country: string | null }, i18n: I18n): string | null {
  const state = place.city && isCityState(place.state) ? undefined : getState(place.state);
  const parts = [
    place.city,
    state ? (i18n.locale === "en" ? state.nameEn : state.nameEs) : null,
    place.country ? i18n.m.country[place.country] : null,
  ];
  const known = parts.filter((p): p is string => Boolean(p));
  return known.length ? known.join(", ") : null;
}

/** Where a meeting was held: its venue, then its place. */
export function meetingPlaceLabel(
  meeting: { venue: string | null; city: string | null; state: string | null; country: string | null },
  i18n: I18n,
): string {
  return [meeting.venue, placeLabel(meeting, i18n)].filter(Boolean).join(", ");
}

export function MeetingDate({ meeting, i18n }: { meeting: { startDate: string | null; endDate: string | null }; i18n: I18n }) {
  const label = i18n.dateRange(meeting.startDate, meeting.endDate);
  if (!label) return <span className="text-muted">{i18n.m.meetings.undated}</span>;
  return <time dateTime={meeting.startDate ?? undefined}>{label}</time>;
}
