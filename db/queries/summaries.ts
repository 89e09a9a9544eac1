/**
 * The compact shape of each kind of record, used wherever one record links to
 * another (a meeting's hosts, an organization's programs…), with the columns to
 * select for it. One definition per kind keeps every page's links alike.
 */
import { agreements, meetings, organizations, people, programs, sources, topics } from "@/db/schema";
import type { AgreementKind, Country, MeetingKind, OrganizationKind, ProgramKind, ProgramStatus, SourceKind } from "@/lib/vocabulary";
import { bilingual, type Bilingual } from "./shared";

export const organizationSummaryColumns = {
  id: organizations.id,
  slug: organizations.slug,
  nameEn: organizations.nameEn,
  nameEs: organizations.nameEs,
  acronymEn: organizations.acronymEn,
  acronymEs: organizations.acronymEs,
  kind: organizations.kind,
  country: organizations.country,
  state: organizations.state,
  city: organizations.city,
  uncertain: organizations.uncertain,
};

export interface OrganizationSummary {
  id: number;
  slug: string;
  name: Bilingual;
  acronym: Bilingual;
  kind: OrganizationKind;
  country: Country;
  state: string | null;
  city: string | null;
  uncertain: boolean;
}

export function toOrganizationSummary(r: {
  id: number;
  slug: string;
  nameEn: string;
  nameEs: string | null;
  acronymEn: string | null;
  acronymEs: string | null;
  kind: OrganizationKind;
  country: Country;
  state: string | null;
  city: string | null;
  uncertain: boolean;
}): OrganizationSummary {
  return {
    id: r.id,
    slug: r.slug,
    name: bilingual(r.nameEn, r.nameEs),
    acronym: bilingual(r.acronymEn, r.acronymEs),
    kind: r.kind,
    country: r.country,
    state: r.state,
    city: r.city,
    uncertain: r.uncertain,
  };
}

export const programSummaryColumns = {
  id: programs.id,
  slug: programs.slug,
  nameEn: programs.nameEn,
  nameEs: programs.nameEs,
  acronym: programs.acronym,
  kind: programs.kind,
  status: programs.status,
  startDate: programs.startDate,
  uncertain: programs.uncertain,
};

export interface ProgramSummary {
  id: number;
  slug: string;
  name: Bilingual;
  acronym: string | null;
  kind: ProgramKind;
  status: ProgramStatus;
  startDate: string | null;
  uncertain: boolean;
}

export function toProgramSummary(r: {
  id: number;
  slug: string;
  nameEn: string;
  nameEs: string | null;
  acronym: string | null;
  kind: ProgramKind;
  status: ProgramStatus;
  startDate: string | null;
  uncertain: boolean;
}): ProgramSummary {
  return {
    id: r.id,
    slug: r.slug,
    name: bilingual(r.nameEn, r.nameEs),
    acronym: r.acronym,
    kind: r.kind,
    status: r.status,
    startDate: r.startDate,
    uncertain: r.uncertain,
  };
}

export const meetingSummaryColumns = {
  id: meetings.id,
  slug: meetings.slug,
  titleEn: meetings.titleEn,
  titleEs: meetings.titleEs,
  kind: meetings.kind,
  startDate: meetings.startDate,
  endDate: meetings.endDate,
  city: meetings.city,
  state: meetings.state,
  country: meetings.country,
  uncertain: meetings.uncertain,
};

export interface MeetingSummary {
  id: number;
  slug: string;
  title: Bilingual;
  kind: MeetingKind;
  startDate: string | null;
  endDate: string | null;
  city: string | null;
  state: string | null;
  country: "US" | "MX" | null;
  uncertain: boolean;
}

export function toMeetingSummary(r: {
  id: number;
  slug: string;
  titleEn: string;
  titleEs: string | null;
  kind: MeetingKind;
  startDate: string | null;
  endDate: string | null;
  city: string | null;
  state: string | null;
  country: "US" | "MX" | null;
  uncertain: boolean;
}): MeetingSummary {
  return {
    id: r.id,
    slug: r.slug,
    title: bilingual(r.titleEn, r.titleEs),
    kind: r.kind,
    startDate: r.startDate,
    endDate: r.endDate,
    city: r.city,
    state: r.state,
    country: r.country,
    uncertain: r.uncertain,
  };
}

export const personSummaryColumns = {
  id: people.id,
  slug: people.slug,
  name: people.name,
  honorific: people.honorific,
  isPublic: people.isPublic,
  uncertain: people.uncertain,
};

export interface PersonSummary {
  id: number;
  slug: string;
  name: string;
  honorific: string | null;
  isPublic: boolean;
  uncertain: boolean;
}

export const topicSummaryColumns = {
  id: topics.id,
  slug: topics.slug,
  nameEn: topics.nameEn,
  nameEs: topics.nameEs,
  uncertain: topics.uncertain,
};

export interface TopicSummary {
  id: number;
  slug: string;
  name: Bilingual;
  uncertain: boolean;
}

export function toTopicSummary(r: { id: number; slug: string; nameEn: string; nameEs: string; uncertain: boolean }): TopicSummary {
  return { id: r.id, slug: r.slug, name: bilingual(r.nameEn, r.nameEs), uncertain: r.uncertain };
}

export const agreementSummaryColumns = {
  id: agreements.id,
  slug: agreements.slug,
  titleEn: agreements.titleEn,
  titleEs: agreements.titleEs,
  kind: agreements.kind,
  signedOn: agreements.signedOn,
  uncertain: agreements.uncertain,
};

export interface AgreementSummary {
  id: number;
  slug: string;
  title: Bilingual;
  kind: AgreementKind;
  signedOn: string | null;
  uncertain: boolean;
}

export function toAgreementSummary(r: {
  id: number;
  slug: string;
  titleEn: string;
  titleEs: string | null;
  kind: AgreementKind;
  signedOn: string | null;
  uncertain: boolean;
}): AgreementSummary {
  return { id: r.id, slug: r.slug, title: bilingual(r.titleEn, r.titleEs), kind: r.kind, signedOn: r.signedOn, uncertain: r.uncertain };
}

export const sourceSummaryColumns = {
  id: sources.id,
  slug: sources.slug,
  title: sources.title,
  publisher: sources.publisher,
  kind: sources.kind,
  publishedOn: sources.publishedOn,
  url: sources.url,
};

export interface SourceSummary {
  id: number;
  slug: string;
  title: string;
  publisher: string | null;
  kind: SourceKind;
  publishedOn: string | null;
  url: string | null;
}
