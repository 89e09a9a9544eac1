/**
 * The controlled vocabularies of the directory. The database checks these lists
 * (db/schema.ts) and the interface names them (lib/i18n/messages).
 */
export const COUNTRIES = ["US", "MX", "US-MX"] as const;
export type Country = (typeof COUNTRIES)[number];

/** A meeting happens in one country; binational is a property of organizations. */
export const MEETING_COUNTRIES = ["US", "MX"] as const;

export const LANGUAGES = ["en", "es"] as const;

export const ORGANIZATION_KINDS = [
  "government_agency",
  "university",
  "community_college",
  "research_center",
  "academy",
  "foundation",
  "company",
  "association",
  "binational_commission",
  "observatory",
  "other",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const PROGRAM_KINDS = [
  "forum",
  "funding_program",
  "research_center",
  "research_network",
  "research_project",
  "consortium",
  "exchange_program",
  "initiative",
] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

export const PROGRAM_STATUSES = ["planned", "active", "completed", "unknown"] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

export const PROGRAM_ORGANIZATION_ROLES = ["lead", "partner", "funder", "host", "member", "site"] as const;
export type ProgramOrganizationRole = (typeof PROGRAM_ORGANIZATION_ROLES)[number];

export const MEETING_KINDS = [
  "announcement",
  "working_group",
  "seminar",
  "launch",
  "high_level_meeting",
  "signing",
  "roundtable",
  "colloquium",
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_ORGANIZATION_ROLES = ["host", "organizer", "participant"] as const;
export type MeetingOrganizationRole = (typeof MEETING_ORGANIZATION_ROLES)[number];

export const MEETING_PERSON_ROLES = ["opened", "hosted", "chaired", "facilitated", "spoke", "presented", "signed", "attended"] as const;
export type MeetingPersonRole = (typeof MEETING_PERSON_ROLES)[number];

export const MEETING_PROGRAM_RELATIONS = ["part_of", "discussed"] as const;

export const ATTENDANCE_QUALIFIERS = ["exact", "more_than", "about"] as const;

export const AGREEMENT_KINDS = ["memorandum_of_understanding", "letter_of_intent", "joint_statement"] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const SOURCE_KINDS = ["press_release", "official_statement", "news_article", "web_page", "report", "publication"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const USER_ROLES = ["admin", "editor"] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Kinds of record that are edited and have a history. */
export const RECORD_KINDS = ["organization", "program", "meeting", "meeting_series", "agreement", "person", "topic", "source"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** What the search finds, in the order results pages group them. */
export const SEARCH_KINDS = ["organization", "program", "meeting", "agreement", "person", "topic"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Facets of the search results page; each is a URL parameter of the same name. */
export const SEARCH_FACETS = ["country", "state", "orgKind", "topic", "program", "year"] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** Where a translated field's text in one language stands (set by editors, per record, field and language). */
export const TRANSLATION_STATUSES = ["original", "translated", "needs_review"] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/**
 * The fields each kind of record keeps in both languages (`nameEn`/`nameEs`…), whose
 * status editors track (`nameEnStatus`/`nameEsStatus`…) and which the
 * needs-translation list checks.
 */
export const TRANSLATED_FIELDS = {
  organization: ["name", "description"],
  program: ["name", "description"],
  meeting: ["title", "summary", "outcomes"],
  meeting_series: ["name", "description"],
  agreement: ["title", "summary"],
  person: ["bio"],
  topic: ["name", "description"],
  source: ["note"],
} as const satisfies Record<RecordKind, readonly string[]>;
export type TranslatedField = (typeof TRANSLATED_FIELDS)[RecordKind][number];

/** "description", "es" → "descriptionEs"; with the status suffix, "descriptionEsStatus". */
export function translatedColumn(field: string, language: "en" | "es"): string {
  return `${field}${language === "en" ? "En" : "Es"}`;
}
export function statusColumn(field: string, language: "en" | "es"): string {
  return `${translatedColumn(field, language)}Status`;
}
/** What a spreadsheet import brings in: organizations, or meetings with their participating organizations. */
export const IMPORT_KINDS = ["organization", "meeting"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** What an import does with one row of the file, as its preview says. */
export const IMPORT_ROW_STATUSES = ["create", "update", "unchanged", "error"] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];
