/**
 * The shape of seed data: records refer to each other by slug and to sources by
 * key, so the data file reads like the sources it comes from. The loader
 * (db/seed/load-seed.ts) resolves references and fails loudly on a dangling one.
 */
import type {
  AGREEMENT_KINDS,
  ATTENDANCE_QUALIFIERS,
  COUNTRIES,
  LANGUAGES,
  MEETING_COUNTRIES,
  MEETING_KINDS,
  MEETING_ORGANIZATION_ROLES,
  MEETING_PERSON_ROLES,
  MEETING_PROGRAM_RELATIONS,
  ORGANIZATION_KINDS,
  PROGRAM_KINDS,
  PROGRAM_ORGANIZATION_ROLES,
  PROGRAM_STATUSES,
  SOURCE_KINDS,
} from "@/lib/vocabulary";

type Of<T extends readonly string[]> = T[number];
/** "2014", "2014-06" or "2014-06-09". */
export type PartialDate = string;

/** Evidence every record and link carries. `sources` lists SeedSource keys. */
export interface Evidence {
  sources: string[];
  uncertain?: boolean;
  uncertaintyNote?: string;
}

/** A link cites one source (the key of a SeedSource). */
export interface LinkEvidence {
  source: string;
  uncertain?: boolean;
  uncertaintyNote?: string;
}

/**
 * A WGS 84 point for a record, citing the gazetteer entry it comes from (a
 * SeedSource key). The loader adds that source to the record's citations.
 */
export interface SeedPlace {
  latitude: number;
  longitude: number;
  source: string;
}

export interface SeedSource {
  key: string;
  slug: string;
  title: string;
  publisher?: string;
  kind: Of<typeof SOURCE_KINDS>;
  publishedOn?: PartialDate;
  url?: string;
  language?: Of<typeof LANGUAGES>;
  archivedCopy?: string;
  noteEn?: string;
}

export interface SeedTopic extends Evidence {
  slug: string;
  nameEn: string;
  nameEs: string;
  descriptionEn?: string;
  descriptionEs?: string;
}

export interface SeedAlternateName extends LinkEvidence {
  name: string;
  language: Of<typeof LANGUAGES>;
}

export interface SeedOrganization extends Evidence {
  slug: string;
  nameEn: string;
  nameEs?: string;
  acronymEn?: string;
  acronymEs?: string;
  kind: Of<typeof ORGANIZATION_KINDS>;
  country: Of<typeof COUNTRIES>;
  /** ISO 3166-2, e.g. "US-AZ", "MX-CMX". */
  state?: string;
  city?: string;
  website?: string;
  rorId?: string;
  place?: SeedPlace;
  /** Slug of the parent organization. */
  parent?: string;
  descriptionEn?: string;
  descriptionEs?: string;
  alternateNames?: SeedAlternateName[];
}

export interface SeedPosition extends LinkEvidence {
  titleEn: string;
  titleEs?: string;
  organization?: string;
  startDate?: PartialDate;
  endDate?: PartialDate;
}

export interface SeedPerson extends Evidence {
  slug: string;
  name: string;
  sortName: string;
  honorific?: string;
  isPublic: boolean;
  bioEn?: string;
  bioEs?: string;
  positions?: SeedPosition[];
}

export interface SeedProgram extends Evidence {
  slug: string;
  nameEn: string;
  nameEs?: string;
  acronym?: string;
  kind: Of<typeof PROGRAM_KINDS>;
  status?: Of<typeof PROGRAM_STATUSES>;
  announcedOn?: PartialDate;
  startDate?: PartialDate;
  endDate?: PartialDate;
  website?: string;
  parent?: string;
  descriptionEn?: string;
  descriptionEs?: string;
  alternateNames?: SeedAlternateName[];
  organizations?: (LinkEvidence & {
    organization: string;
    role: Of<typeof PROGRAM_ORGANIZATION_ROLES>;
    noteEn?: string;
    noteEs?: string;
  })[];
  topics?: (LinkEvidence & { topic: string })[];
}

export interface SeedMeetingSeries extends Evidence {
  slug: string;
  nameEn: string;
  nameEs?: string;
  program?: string;
  plannedCount?: number;
  descriptionEn?: string;
  descriptionEs?: string;
}

export interface SeedMeeting extends Evidence {
  slug: string;
  titleEn: string;
  titleEs?: string;
  kind: Of<typeof MEETING_KINDS>;
  startDate?: PartialDate;
  endDate?: PartialDate;
  venue?: string;
  city?: string;
  state?: string;
  country?: Of<typeof MEETING_COUNTRIES>;
  place?: SeedPlace;
  series?: string;
  seriesNumber?: number;
  attendance?: number;
  attendanceQualifier?: Of<typeof ATTENDANCE_QUALIFIERS>;
  summaryEn?: string;
  summaryEs?: string;
  outcomesEn?: string;
  outcomesEs?: string;
  organizations?: (LinkEvidence & { organization: string; role: Of<typeof MEETING_ORGANIZATION_ROLES> })[];
  people?: (LinkEvidence & { person: string; role: Of<typeof MEETING_PERSON_ROLES>; organization?: string })[];
  topics?: (LinkEvidence & { topic: string })[];
  programs?: (LinkEvidence & { program: string; relation: Of<typeof MEETING_PROGRAM_RELATIONS> })[];
}

export interface SeedAgreement extends Evidence {
  slug: string;
  titleEn: string;
  titleEs?: string;
  kind: Of<typeof AGREEMENT_KINDS>;
  signedOn?: PartialDate;
  meeting?: string;
  establishesProgram?: string;
  summaryEn?: string;
  summaryEs?: string;
  parties?: (LinkEvidence & { organization: string })[];
  signatories?: (LinkEvidence & { person: string; organization?: string })[];
  /** Agreements this one led to. */
  ledTo?: (LinkEvidence & { agreement: string })[];
}

export interface SeedData {
  sources: SeedSource[];
  topics: SeedTopic[];
  organizations: SeedOrganization[];
  people: SeedPerson[];
  programs: SeedProgram[];
  meetingSeries: SeedMeetingSeries[];
  meetings: SeedMeeting[];
  agreements: SeedAgreement[];
}
