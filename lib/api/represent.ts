/**
 * Records as the API shows them: what db/queries returns, without internal ids,
 * with absolute links to the record's API address and web pages. The return types
 * come from lib/api/schemas.ts, so a field the document promises cannot be missed.
 */
import "server-only";
import type { z } from "zod";
import type { Citation } from "@/db/queries/citations";
import type { MeetingListItem, MeetingProfile } from "@/db/queries/meetings";
import type { OrganizationProfile } from "@/db/queries/organizations";
import type { Participation } from "@/db/queries/participations";
import type { PersonListItem, PersonProfile, Position } from "@/db/queries/people";
import type { ProgramListItem, ProgramProfile } from "@/db/queries/programs";
import type { Suggestion } from "@/db/queries/search";
import type { Page } from "@/db/queries/shared";
import type {
  AgreementSummary,
  MeetingSummary,
  OrganizationSummary,
  PersonSummary,
  ProgramSummary,
  SourceSummary,
  TopicSummary,
} from "@/db/queries/summaries";
import type { TopicListItem, TopicProfile } from "@/db/queries/topics";
import { publicUrl, readEnv } from "@/lib/env";
import { LOCALES } from "@/lib/i18n/locales";
import { buildQuery } from "@/lib/search-params";
import { routes, type ApiKind, type EditableKind } from "@/lib/routes";
import type * as s from "./schemas";

type Out<T extends z.ZodType> = z.output<T>;

let base: string | undefined;
/** Absolute addresses, from PUBLIC_URL: the same whichever host name a client used. */
export function absoluteUrl(path: string): string {
  base ??= publicUrl(readEnv());
  return `${base}${path}`;
}

function htmlLinks(kind: EditableKind, slug: string): Out<typeof s.recordLinksSchema>["html"] {
  return Object.fromEntries(LOCALES.map((l) => [l, absoluteUrl(routes.record(l, kind, slug))])) as Out<typeof s.recordLinksSchema>["html"];
}

export function recordLinks(kind: ApiKind, slug: string): Out<typeof s.recordLinksSchema> {
  return { self: absoluteUrl(routes.apiRecord(kind, slug)), html: htmlLinks(kind, slug) };
}

export function organizationRef(o: OrganizationSummary): Out<typeof s.organizationRefSchema> {
  return {
    slug: o.slug,
    name: o.name,
    acronym: o.acronym,
    kind: o.kind,
    country: o.country,
    state: o.state,
    city: o.city,
    uncertain: o.uncertain,
    links: recordLinks("organization", o.slug),
  };
}

export function programRef(p: ProgramSummary): Out<typeof s.programRefSchema> {
  return {
    slug: p.slug,
    name: p.name,
    acronym: p.acronym,
    kind: p.kind,
    status: p.status,
    startDate: p.startDate,
    uncertain: p.uncertain,
    links: recordLinks("program", p.slug),
  };
}

export function meetingRef(m: MeetingSummary): Out<typeof s.meetingRefSchema> {
  return {
    slug: m.slug,
    title: m.title,
    kind: m.kind,
    startDate: m.startDate,
    endDate: m.endDate,
    city: m.city,
    state: m.state,
    country: m.country,
    uncertain: m.uncertain,
    links: recordLinks("meeting", m.slug),
  };
}

export function personRef(p: PersonSummary): Out<typeof s.personRefSchema> {
  return { slug: p.slug, name: p.name, honorific: p.honorific, uncertain: p.uncertain, links: recordLinks("person", p.slug) };
}

export function topicRef(t: TopicSummary): Out<typeof s.topicRefSchema> {
  return { slug: t.slug, name: t.name, uncertain: t.uncertain, links: recordLinks("topic", t.slug) };
}

function agreementRef(a: AgreementSummary): Out<typeof s.agreementRefSchema> {
  return {
    slug: a.slug,
    title: a.title,
    kind: a.kind,
    signedOn: a.signedOn,
    uncertain: a.uncertain,
    links: { html: htmlLinks("agreement", a.slug) },
  };
}

export function sourceRef(src: SourceSummary): Out<typeof s.sourceRefSchema> {
  return {
    slug: src.slug,
    title: src.title,
    publisher: src.publisher,
    kind: src.kind,
    publishedOn: src.publishedOn,
    url: src.url,
    links: { html: htmlLinks("source", src.slug) },
  };
}

function citation(c: Citation): Out<typeof s.citationSchema> {
  return { ...sourceRef(c), locator: c.locator };
}

const certainty = (c: { uncertain: boolean; uncertaintyNote: string | null }) => ({
  uncertain: c.uncertain,
  uncertaintyNote: c.uncertaintyNote,
});

function recordFacts(r: {
  uncertain: boolean;
  uncertaintyNote: string | null;
  archivedAt: Date | null;
  updatedAt: Date;
  citations: Citation[];
}) {
  return {
    ...certainty(r),
    archivedAt: r.archivedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
    citations: r.citations.map(citation),
  };
}

// ---------------------------------------------------------------- list items

export function programListItem(p: ProgramListItem): Out<typeof s.programListItemSchema> {
  return { ...programRef(p), organizationCount: p.organizationCount, topics: p.topics.map(topicRef) };
}

export function meetingListItem(m: MeetingListItem): Out<typeof s.meetingListItemSchema> {
  return { ...meetingRef(m), seriesNumber: m.seriesNumber, hosts: m.hosts.map(organizationRef) };
}

function position(p: Position) {
  return {
    title: p.title,
    organization: p.organization ? organizationRef(p.organization) : null,
    startDate: p.startDate,
    endDate: p.endDate,
    ...certainty(p),
  };
}

export function personListItem(p: PersonListItem): Out<typeof s.personListItemSchema> {
  return { ...personRef(p), positions: p.positions.map(position) };
}

export function topicListItem(t: TopicListItem): Out<typeof s.topicListItemSchema> {
  return { ...topicRef(t), description: t.description, programCount: t.programCount, meetingCount: t.meetingCount };
}

export function participation(p: Participation): Out<typeof s.participationSchema> {
  return {
    meeting: meetingRef(p.meeting),
    organization: organizationRef(p.organization),
    role: p.role,
    source: p.source ? sourceRef(p.source) : null,
    ...certainty(p),
  };
}

export function searchHit(h: Suggestion): Out<typeof s.searchHitSchema> {
  return {
    kind: h.kind,
    slug: h.slug,
    label: { en: h.labelEn, es: h.labelEs },
    acronym: h.acronym,
    country: h.country,
    state: h.state,
    city: h.city,
    date: h.date,
    links: { self: h.kind === "agreement" ? null : absoluteUrl(routes.apiRecord(h.kind, h.slug)), html: htmlLinks(h.kind, h.slug) },
  };
}

// ---------------------------------------------------------------- details

export function organizationDetail(o: OrganizationProfile): Out<typeof s.organizationSchema> {
  return {
    ...organizationRef(o),
    ...recordFacts(o),
    website: o.website,
    rorId: o.rorId,
    description: o.description,
    parent: o.parent ? organizationRef(o.parent) : null,
    children: o.children.map(organizationRef),
    alternateNames: o.alternateNames,
    programs: o.programs.map((p) => ({ ...programRef(p), role: p.role, note: p.note, ...certainty(p) })),
    meetings: o.meetings.map((m) => ({ ...meetingRef(m), roles: m.roles })),
    people: o.people.map((p) => ({ ...personRef(p), title: p.title, startDate: p.startDate, endDate: p.endDate })),
    topics: o.topics.map(topicRef),
    collaborators: o.collaborators.map((c) => ({
      ...organizationRef(c),
      sharedPrograms: c.sharedPrograms,
      sharedMeetings: c.sharedMeetings,
    })),
  };
}

export function programDetail(p: ProgramProfile): Out<typeof s.programSchema> {
  return {
    ...programRef(p),
    ...recordFacts(p),
    announcedOn: p.announcedOn,
    endDate: p.endDate,
    website: p.website,
    description: p.description,
    parent: p.parent ? programRef(p.parent) : null,
    children: p.children.map(programRef),
    alternateNames: p.alternateNames,
    organizations: p.organizations.map((o) => ({ ...organizationRef(o), role: o.role, note: o.note, ...certainty(o) })),
    topics: p.topics.map(topicRef),
    meetings: p.meetings.map((m) => ({ ...meetingRef(m), relation: m.relation })),
    establishedBy: p.establishedBy.map(agreementRef),
  };
}

export function meetingDetail(m: MeetingProfile): Out<typeof s.meetingSchema> {
  return {
    ...meetingRef(m),
    ...recordFacts(m),
    venue: m.venue,
    attendance: m.attendance,
    attendanceQualifier: m.attendanceQualifier,
    summary: m.summary,
    outcomes: m.outcomes,
    organizations: m.organizations.map((o) => ({ ...organizationRef(o), role: o.role, ...certainty(o) })),
    people: m.people.map((p) => ({
      ...personRef(p),
      role: p.role,
      organization: p.organization ? organizationRef(p.organization) : null,
      ...certainty(p),
    })),
    topics: m.topics.map((t) => ({ ...topicRef(t), ...certainty(t) })),
    programs: m.programs.map((p) => ({ ...programRef(p), relation: p.relation, ...certainty(p) })),
    agreements: m.agreements.map(agreementRef),
    series: m.series
      ? {
          name: m.series.series.name,
          plannedCount: m.series.series.plannedCount,
          number: m.series.number,
          previous: m.series.previous ? meetingRef(m.series.previous) : null,
          next: m.series.next ? meetingRef(m.series.next) : null,
        }
      : null,
    participations: absoluteUrl(routes.api(`/participations${buildQuery({ meeting: m.slug })}`)),
  };
}

export function personDetail(p: PersonProfile): Out<typeof s.personSchema> {
  return {
    ...personRef(p),
    ...recordFacts(p),
    bio: p.bio,
    positions: p.positions.map(position),
    meetings: p.meetings.map((m) => ({ ...meetingRef(m), roles: m.roles })),
    agreements: p.agreements.map(agreementRef),
  };
}

export function topicDetail(t: TopicProfile): Out<typeof s.topicSchema> {
  const query = buildQuery({ topic: t.slug });
  return {
    ...topicRef(t),
    ...recordFacts(t),
    description: t.description,
    related: {
      organizations: absoluteUrl(routes.apiList("organization", query)),
      programs: absoluteUrl(routes.apiList("program", query)),
      meetings: absoluteUrl(routes.apiList("meeting", query)),
    },
  };
}

// ---------------------------------------------------------------- pages

/**
 * A page of a list with its place in the whole and the addresses of its
 * neighbours, built from the request's own filters.
 */
export function listPage<T, R>(
  page: Page<T>,
  represent: (item: T) => R,
  path: string,
  /** The request's parsed filters (text, numbers), repeated in every link. */
  filters: Record<string, unknown>,
  pageSize: number | undefined,
) {
  const repeated = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  const at = (n: number) => absoluteUrl(`${path}${buildQuery({ ...repeated, pageSize, page: n })}`);
  return {
    data: page.items.map(represent),
    meta: { total: page.total, page: page.page, pageSize: page.pageSize, pageCount: page.pageCount },
    links: {
      self: at(page.page),
      first: at(1),
      last: at(page.pageCount),
      prev: page.page > 1 ? at(Math.min(page.page - 1, page.pageCount)) : null,
      next: page.page < page.pageCount ? at(page.page + 1) : null,
    },
  };
}
