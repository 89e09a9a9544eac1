/**
 * Every table of Puentes. Column names are camelCase here and snake_case in SQLite
 * (`casing: "snake_case"` in db/client.ts and drizzle.config.ts).
 *
 * Conventions:
 * - Entities carry `slug`, timestamps, a `version` counter for optimistic concurrency
 *   and `archivedAt` (archived records leave lists but keep their URL).
 * - Dates of the historical record are partial ISO strings ("2013", "2013-05",
 *   "2014-06-09") because sources often give only a year or a month.
 * - Every entity and every link can be flagged `uncertain` with a note, and cites
 *   its sources (entities through `citations`, links through their own `sourceId`).
 * - Foreign keys never cascade: deleting a referenced row is refused
 *   (see db/mutations/delete-record.ts for the readable message).
 */
import { sql, type SQL } from "drizzle-orm";
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import {
  AGREEMENT_KINDS,
  ATTENDANCE_QUALIFIERS,
  COUNTRIES,
  MEETING_COUNTRIES,
  MEETING_KINDS,
  MEETING_ORGANIZATION_ROLES,
  MEETING_PERSON_ROLES,
  ORGANIZATION_KINDS,
  PROGRAM_KINDS,
  PROGRAM_ORGANIZATION_ROLES,
  PROGRAM_STATUSES,
  SOURCE_KINDS,
  LANGUAGES,
  MEETING_PROGRAM_RELATIONS,
  RECORD_KINDS,
  SEARCH_FACETS,
  SEARCH_KINDS,
  TRANSLATED_FIELDS,
  TRANSLATION_STATUSES,
  USER_ROLES,
  type RecordKind,
  IMPORT_KINDS,
  IMPORT_ROW_STATUSES,
} from "@/lib/vocabulary";

// ---------------------------------------------------------------- helpers

const now = () => new Date();

/** Columns every editable entity has. */
const entityColumns = () => ({
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(now),
  updatedAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(now).$onUpdateFn(now),
  version: integer().notNull().default(1),
  archivedAt: integer({ mode: "timestamp_ms" }),
  uncertain: integer({ mode: "boolean" }).notNull().default(false),
  uncertaintyNote: text(),
});

/**
 * Where each translated field stands in each language (original, translated, needs
 * review; null until an editor says): `nameEnStatus`, `nameEsStatus`… for the fields
 * TRANSLATED_FIELDS lists. Plain columns of the record, so a status is saved, authorized,
 * versioned and restored like any other field.
 */
type StatusColumns<F extends string> = {
  [K in `${F}${"En" | "Es"}Status`]: ReturnType<typeof statusColumn>;
};
const statusColumn = () => text({ enum: TRANSLATION_STATUSES });
function translationStatusColumns<K extends RecordKind>(kind: K): StatusColumns<(typeof TRANSLATED_FIELDS)[K][number]> {
  const columns: Record<string, ReturnType<typeof statusColumn>> = {};
  for (const field of TRANSLATED_FIELDS[kind]) {
    columns[`${field}EnStatus`] = statusColumn();
    columns[`${field}EsStatus`] = statusColumn();
  }
  return columns as StatusColumns<(typeof TRANSLATED_FIELDS)[K][number]>;
}

/** Columns every link between two entities has: its own evidence. */
const linkColumns = () => ({
  sourceId: integer().references(() => sources.id, { onDelete: "restrict" }),
  uncertain: integer({ mode: "boolean" }).notNull().default(false),
  uncertaintyNote: text(),
});

/** WGS 84 coordinates of a place, both or neither (the map places records by them). */
const coordinateColumns = () => ({
  latitude: real(),
  longitude: real(),
});

function coordinatesValid(table: string, lat: AnySQLiteColumn, lng: AnySQLiteColumn) {
  return check(
    `${table}_coordinates`,
    sql`(${lat} IS NULL AND ${lng} IS NULL) OR (${lat} IS NOT NULL AND ${lng} IS NOT NULL AND ${lat} BETWEEN -90 AND 90 AND ${lng} BETWEEN -180 AND 180)`,
  );
}

function inList(column: AnySQLiteColumn, values: readonly string[]): SQL {
  // Literals, not parameters: this SQL ends up in CREATE TABLE.
  const literals = values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", ");
  return sql`${column} IN (${sql.raw(literals)})`;
}

function partialDate(column: AnySQLiteColumn): SQL {
  // YYYY, YYYY-MM or YYYY-MM-DD; lib/dates.ts validates the calendar itself.
  return sql`(${column} IS NULL
    OR ${column} GLOB '[12][0-9][0-9][0-9]'
    OR ${column} GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
    OR ${column} GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')`;
}

// ---------------------------------------------------------------- sources

export const sources = sqliteTable(
  "sources",
  {
    ...entityColumns(),
    ...translationStatusColumns("source"),
    title: text().notNull(),
    publisher: text(),
    kind: text({ enum: SOURCE_KINDS }).notNull(),
    publishedOn: text(),
    url: text(),
    language: text({ enum: LANGUAGES }),
    /** Where a copy is kept when the source is a file in shared/seeds. */
    archivedCopy: text(),
    noteEn: text(),
    noteEs: text(),
  },
  (t) => [check("sources_kind", inList(t.kind, SOURCE_KINDS)), check("sources_published_on", partialDate(t.publishedOn))],
);

// ---------------------------------------------------------------- topics

export const topics = sqliteTable("topics", {
  ...entityColumns(),
  ...translationStatusColumns("topic"),
  nameEn: text().notNull(),
  nameEs: text().notNull(),
  descriptionEn: text(),
  descriptionEs: text(),
});

// ---------------------------------------------------------------- organizations

export const organizations = sqliteTable(
  "organizations",
  {
    ...entityColumns(),
    ...translationStatusColumns("organization"),
    nameEn: text().notNull(),
    nameEs: text(),
    acronymEn: text(),
    acronymEs: text(),
    kind: text({ enum: ORGANIZATION_KINDS }).notNull(),
    country: text({ enum: COUNTRIES }).notNull(),
    /** ISO 3166-2 code, e.g. "US-AZ", "MX-CMX" (lib/geo.ts names them). */
    state: text(),
    city: text(),
    website: text(),
    rorId: text(),
    /** Wikidata item ("Q1234"); only when a source or Wikidata itself is checked for it. */
    wikidataId: text(),
    ...coordinateColumns(),
    parentId: integer().references((): AnySQLiteColumn => organizations.id, {
      onDelete: "restrict",
    }),
    descriptionEn: text(),
    descriptionEs: text(),
  },
  (t) => [
    check("organizations_kind", inList(t.kind, ORGANIZATION_KINDS)),
    check("organizations_country", inList(t.country, COUNTRIES)),
    coordinatesValid("organizations", t.latitude, t.longitude),
    check("organizations_ror", sql`${t.rorId} IS NULL OR ${t.rorId} GLOB '0[a-z0-9][a-z0-9][a-z0-9][a-z0-9][a-z0-9][a-z0-9][0-9][0-9]'`),
    uniqueIndex("organizations_ror_unique").on(t.rorId),
    check(
      "organizations_wikidata",
      sql`${t.wikidataId} IS NULL OR (${t.wikidataId} GLOB 'Q[1-9]*' AND substr(${t.wikidataId}, 2) NOT GLOB '*[^0-9]*')`,
    ),
    uniqueIndex("organizations_wikidata_unique").on(t.wikidataId),
    // Each facet with archived_at, so lists and their counts read the index alone
    // (100,000 organizations: 220 ms of facet counts become a few ms), then the
    // list's order, so a filtered page reads its 20 rows in order instead of
    // sorting every match (country = MX, 50,000 rows: 125 ms → 0.5 ms).
    index("organizations_country_live").on(t.country, t.archivedAt, sql`${t.nameEn} COLLATE NOCASE`, t.id),
    index("organizations_kind_live").on(t.kind, t.archivedAt, sql`${t.nameEn} COLLATE NOCASE`, t.id),
    index("organizations_state_live").on(t.state, t.archivedAt, sql`${t.nameEn} COLLATE NOCASE`, t.id),
    index("organizations_parent").on(t.parentId),
    // Lists sort by name without regard to case; this index serves that order and its OFFSETs.
    index("organizations_name_nocase").on(sql`${t.nameEn} COLLATE NOCASE`, t.archivedAt),
  ],
);

// ---------------------------------------------------------------- people

export const people = sqliteTable(
  "people",
  {
    ...entityColumns(),
    ...translationStatusColumns("person"),
    name: text().notNull(),
    /** Used to sort lists by family name ("Alcocer, Sergio M."). */
    sortName: text().notNull(),
    honorific: text(),
    /** Public people are named in a public source; private ones are shown only to signed-in editors. */
    isPublic: integer({ mode: "boolean" }).notNull().default(false),
    bioEn: text(),
    bioEs: text(),
  },
  (t) => [index("people_sort_name").on(t.sortName)],
);

export const positions = sqliteTable(
  "positions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    personId: integer()
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    organizationId: integer().references(() => organizations.id, { onDelete: "restrict" }),
    titleEn: text().notNull(),
    titleEs: text(),
    startDate: text(),
    endDate: text(),
    ...linkColumns(),
  },
  (t) => [
    check("positions_start", partialDate(t.startDate)),
    check("positions_end", partialDate(t.endDate)),
    index("positions_person").on(t.personId),
    index("positions_organization").on(t.organizationId),
  ],
);

// ---------------------------------------------------------------- programs

export const programs = sqliteTable(
  "programs",
  {
    ...entityColumns(),
    ...translationStatusColumns("program"),
    nameEn: text().notNull(),
    nameEs: text(),
    acronym: text(),
    kind: text({ enum: PROGRAM_KINDS }).notNull(),
    status: text({ enum: PROGRAM_STATUSES }).notNull().default("unknown"),
    announcedOn: text(),
    startDate: text(),
    endDate: text(),
    website: text(),
    parentId: integer().references((): AnySQLiteColumn => programs.id, { onDelete: "restrict" }),
    descriptionEn: text(),
    descriptionEs: text(),
  },
  (t) => [
    check("programs_kind", inList(t.kind, PROGRAM_KINDS)),
    check("programs_status", inList(t.status, PROGRAM_STATUSES)),
    check("programs_announced", partialDate(t.announcedOn)),
    check("programs_start", partialDate(t.startDate)),
    check("programs_end", partialDate(t.endDate)),
    index("programs_parent").on(t.parentId),
  ],
);

export const programOrganizations = sqliteTable(
  "program_organizations",
  {
    programId: integer()
      .notNull()
      .references(() => programs.id, { onDelete: "restrict" }),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    role: text({ enum: PROGRAM_ORGANIZATION_ROLES }).notNull(),
    /** e.g. "joined as a site in 2011". */
    noteEn: text(),
    noteEs: text(),
    ...linkColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.programId, t.organizationId, t.role] }),
    check("program_organizations_role", inList(t.role, PROGRAM_ORGANIZATION_ROLES)),
    index("program_organizations_organization").on(t.organizationId),
  ],
);

export const programTopics = sqliteTable(
  "program_topics",
  {
    programId: integer()
      .notNull()
      .references(() => programs.id, { onDelete: "restrict" }),
    topicId: integer()
      .notNull()
      .references(() => topics.id, { onDelete: "restrict" }),
    ...linkColumns(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.topicId] }), index("program_topics_topic").on(t.topicId)],
);

// ---------------------------------------------------------------- meetings

export const meetingSeries = sqliteTable("meeting_series", {
  ...entityColumns(),
  ...translationStatusColumns("meeting_series"),
  nameEn: text().notNull(),
  nameEs: text(),
  programId: integer().references(() => programs.id, { onDelete: "restrict" }),
  /** How many meetings the series was planned to have, when a source says so. */
  plannedCount: integer(),
  descriptionEn: text(),
  descriptionEs: text(),
});

export const meetings = sqliteTable(
  "meetings",
  {
    ...entityColumns(),
    ...translationStatusColumns("meeting"),
    titleEn: text().notNull(),
    titleEs: text(),
    kind: text({ enum: MEETING_KINDS }).notNull(),
    startDate: text(),
    endDate: text(),
    venue: text(),
    city: text(),
    state: text(),
    country: text({ enum: MEETING_COUNTRIES }),
    ...coordinateColumns(),
    seriesId: integer().references(() => meetingSeries.id, { onDelete: "restrict" }),
    seriesNumber: integer(),
    attendance: integer(),
    attendanceQualifier: text({ enum: ATTENDANCE_QUALIFIERS }),
    summaryEn: text(),
    summaryEs: text(),
    outcomesEn: text(),
    outcomesEs: text(),
  },
  (t) => [
    check("meetings_kind", inList(t.kind, MEETING_KINDS)),
    coordinatesValid("meetings", t.latitude, t.longitude),
    check("meetings_country", sql`${t.country} IS NULL OR ${inList(t.country, MEETING_COUNTRIES)}`),
    check("meetings_start", partialDate(t.startDate)),
    check("meetings_end", partialDate(t.endDate)),
    check("meetings_dates_ordered", sql`${t.endDate} IS NULL OR ${t.startDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
    check("meetings_series_number", sql`${t.seriesNumber} IS NULL OR (${t.seriesId} IS NOT NULL AND ${t.seriesNumber} > 0)`),
    check("meetings_attendance", sql`${t.attendance} IS NULL OR ${t.attendance} >= 0`),
    uniqueIndex("meetings_series_position").on(t.seriesId, t.seriesNumber),
    index("meetings_start_date").on(t.startDate),
  ],
);

export const meetingOrganizations = sqliteTable(
  "meeting_organizations",
  {
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "restrict" }),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    role: text({ enum: MEETING_ORGANIZATION_ROLES }).notNull(),
    ...linkColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.organizationId, t.role] }),
    check("meeting_organizations_role", inList(t.role, MEETING_ORGANIZATION_ROLES)),
    index("meeting_organizations_organization").on(t.organizationId),
  ],
);

export const meetingPeople = sqliteTable(
  "meeting_people",
  {
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "restrict" }),
    personId: integer()
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    role: text({ enum: MEETING_PERSON_ROLES }).notNull(),
    /** The organization the person represented at this meeting, when known. */
    organizationId: integer().references(() => organizations.id, { onDelete: "restrict" }),
    ...linkColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.personId, t.role] }),
    check("meeting_people_role", inList(t.role, MEETING_PERSON_ROLES)),
    index("meeting_people_person").on(t.personId),
  ],
);

export const meetingTopics = sqliteTable(
  "meeting_topics",
  {
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "restrict" }),
    topicId: integer()
      .notNull()
      .references(() => topics.id, { onDelete: "restrict" }),
    ...linkColumns(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.topicId] }), index("meeting_topics_topic").on(t.topicId)],
);

export const meetingPrograms = sqliteTable(
  "meeting_programs",
  {
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "restrict" }),
    programId: integer()
      .notNull()
      .references(() => programs.id, { onDelete: "restrict" }),
    /** part_of: held under the program; discussed: presented or discussed there. */
    relation: text({ enum: MEETING_PROGRAM_RELATIONS }).notNull(),
    ...linkColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.programId] }),
    check("meeting_programs_relation", inList(t.relation, MEETING_PROGRAM_RELATIONS)),
    index("meeting_programs_program").on(t.programId),
  ],
);

// ---------------------------------------------------------------- agreements

export const agreements = sqliteTable(
  "agreements",
  {
    ...entityColumns(),
    ...translationStatusColumns("agreement"),
    titleEn: text().notNull(),
    titleEs: text(),
    kind: text({ enum: AGREEMENT_KINDS }).notNull(),
    signedOn: text(),
    meetingId: integer().references(() => meetings.id, { onDelete: "restrict" }),
    /** The program an agreement created, e.g. the MOU that created the U.S.–Mexico Intern Program. */
    establishesProgramId: integer().references(() => programs.id, { onDelete: "restrict" }),
    summaryEn: text(),
    summaryEs: text(),
  },
  (t) => [
    check("agreements_kind", inList(t.kind, AGREEMENT_KINDS)),
    check("agreements_signed_on", partialDate(t.signedOn)),
    index("agreements_meeting").on(t.meetingId),
  ],
);

export const agreementParties = sqliteTable(
  "agreement_parties",
  {
    agreementId: integer()
      .notNull()
      .references(() => agreements.id, { onDelete: "restrict" }),
    organizationId: integer()
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    ...linkColumns(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.organizationId] }), index("agreement_parties_organization").on(t.organizationId)],
);

export const agreementSignatories = sqliteTable(
  "agreement_signatories",
  {
    agreementId: integer()
      .notNull()
      .references(() => agreements.id, { onDelete: "restrict" }),
    personId: integer()
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    organizationId: integer().references(() => organizations.id, { onDelete: "restrict" }),
    ...linkColumns(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.personId] }), index("agreement_signatories_person").on(t.personId)],
);

/** Lineage: an agreement that led to another (letter of intent → MOU). */
export const agreementLineage = sqliteTable(
  "agreement_lineage",
  {
    fromAgreementId: integer()
      .notNull()
      .references(() => agreements.id, { onDelete: "restrict" }),
    toAgreementId: integer()
      .notNull()
      .references(() => agreements.id, { onDelete: "restrict" }),
    ...linkColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.fromAgreementId, t.toAgreementId] }),
    check("agreement_lineage_not_self", sql`${t.fromAgreementId} <> ${t.toAgreementId}`),
    index("agreement_lineage_to").on(t.toAgreementId),
  ],
);

// ---------------------------------------------------------------- names and citations

/**
 * Other names a record is known by (word-order variants, former names, what a
 * source calls it). Exactly one owner column is set.
 */
export const alternateNames = sqliteTable(
  "alternate_names",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organizationId: integer().references(() => organizations.id, { onDelete: "restrict" }),
    programId: integer().references(() => programs.id, { onDelete: "restrict" }),
    name: text().notNull(),
    language: text({ enum: LANGUAGES }).notNull(),
    ...linkColumns(),
  },
  (t) => [
    check("alternate_names_one_owner", sql`(${t.organizationId} IS NOT NULL) + (${t.programId} IS NOT NULL) = 1`),
    index("alternate_names_organization").on(t.organizationId),
    index("alternate_names_program").on(t.programId),
  ],
);

/** Which sources support which record. Exactly one cited column is set. */
export const citations = sqliteTable(
  "citations",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    sourceId: integer()
      .notNull()
      .references(() => sources.id, { onDelete: "restrict" }),
    organizationId: integer().references(() => organizations.id, { onDelete: "restrict" }),
    programId: integer().references(() => programs.id, { onDelete: "restrict" }),
    meetingId: integer().references(() => meetings.id, { onDelete: "restrict" }),
    agreementId: integer().references(() => agreements.id, { onDelete: "restrict" }),
    personId: integer().references(() => people.id, { onDelete: "restrict" }),
    topicId: integer().references(() => topics.id, { onDelete: "restrict" }),
    meetingSeriesId: integer().references(() => meetingSeries.id, { onDelete: "restrict" }),
    /** What in the source supports the record: a quotation or a page. */
    locator: text(),
  },
  (t) => [
    check(
      "citations_one_record",
      sql`(${t.organizationId} IS NOT NULL) + (${t.programId} IS NOT NULL) + (${t.meetingId} IS NOT NULL)
        + (${t.agreementId} IS NOT NULL) + (${t.personId} IS NOT NULL) + (${t.topicId} IS NOT NULL)
        + (${t.meetingSeriesId} IS NOT NULL) = 1`,
    ),
    index("citations_source").on(t.sourceId),
    index("citations_organization").on(t.organizationId),
    index("citations_program").on(t.programId),
    index("citations_meeting").on(t.meetingId),
    index("citations_agreement").on(t.agreementId),
    index("citations_person").on(t.personId),
    index("citations_topic").on(t.topicId),
    index("citations_meeting_series").on(t.meetingSeriesId),
  ],
);

// ---------------------------------------------------------------- search

/**
 * One row per searchable record (public, not archived). Its id is the rowid of the
 * FTS5 table `search_text` (created in migration 0004: drizzle-kit has no virtual
 * tables), which holds the record's words; the label columns here let a results
 * page render without touching the records' own tables. Maintained by
 * db/search/indexer.ts in the same transaction as every save.
 */
export const searchDocuments = sqliteTable(
  "search_documents",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    kind: text({ enum: SEARCH_KINDS }).notNull(),
    recordId: integer().notNull(),
    slug: text().notNull(),
    labelEn: text().notNull(),
    labelEs: text(),
    acronym: text(),
    /** A short line under the label: kind, place, dates (English and Spanish share it: codes and dates only). */
    country: text(),
    state: text(),
    city: text(),
    date: text(),
    /** Evidence of activity (links), to order equally relevant results. */
    weight: integer().notNull().default(0),
    /**
     * The document's kind and facet values again ("kind=meeting\tcountry=MX"): counting
     * facets over thousands of matches reads one short string per match instead
     * of joining search_facets row by row (85 ms become ~15 ms on 100,000 records).
     */
    facetKeys: text().notNull().default(""),
  },
  (t) => [
    check("search_documents_kind", inList(t.kind, SEARCH_KINDS)),
    uniqueIndex("search_documents_record").on(t.kind, t.recordId),
    // Browsing one kind without words lists it by weight.
    index("search_documents_kind_weight").on(t.kind, t.weight),
  ],
);

/** Facet values of a search document: country, state, organization kind, topic (id), program (id), year. */
export const searchFacets = sqliteTable(
  "search_facets",
  {
    documentId: integer()
      .notNull()
      .references(() => searchDocuments.id, { onDelete: "restrict" }),
    facet: text({ enum: SEARCH_FACETS }).notNull(),
    value: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.facet, t.value, t.documentId] }),
    check("search_facets_facet", inList(t.facet, SEARCH_FACETS)),
    index("search_facets_document").on(t.documentId),
  ],
);

/** Key/value facts about the database itself (which seed it holds, when it was made). */
export const appMeta = sqliteTable("app_meta", {
  key: text().primaryKey(),
  value: text().notNull(),
});

export type Organization = typeof organizations.$inferSelect;
export type Program = typeof programs.$inferSelect;
export type Meeting = typeof meetings.$inferSelect;
export type MeetingSeries = typeof meetingSeries.$inferSelect;
export type Agreement = typeof agreements.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Topic = typeof topics.$inferSelect;
export type Source = typeof sources.$inferSelect;

// ---------------------------------------------------------------- accounts and history

export { RECORD_KINDS, USER_ROLES, type RecordKind, type UserRole } from "@/lib/vocabulary";

export const users = sqliteTable(
  "users",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** Stored lower-cased: sign-in and invitations match on it. */
    email: text().notNull().unique(),
    name: text(),
    role: text({ enum: USER_ROLES }).notNull(),
    /** Argon2id; null until the invited person sets a password (or for single-sign-on-only accounts). */
    passwordHash: text(),
    /** Bumped to revoke every session of the user (sign-out everywhere, role change, disabling). */
    sessionVersion: integer().notNull().default(1),
    disabledAt: integer({ mode: "timestamp_ms" }),
    lastSignInAt: integer({ mode: "timestamp_ms" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(now),
    updatedAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(now).$onUpdateFn(now),
  },
  (t) => [check("users_role", inList(t.role, USER_ROLES))],
);

/** What an editor (program officer) may edit: organizations and programs, one row each. */
export const userAssignments = sqliteTable(
  "user_assignments",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    organizationId: integer().references(() => organizations.id, { onDelete: "restrict" }),
    programId: integer().references(() => programs.id, { onDelete: "restrict" }),
  },
  (t) => [
    check("user_assignments_one_target", sql`(${t.organizationId} IS NOT NULL) + (${t.programId} IS NOT NULL) = 1`),
    uniqueIndex("user_assignments_unique").on(t.userId, t.organizationId, t.programId),
    index("user_assignments_organization").on(t.organizationId),
    index("user_assignments_program").on(t.programId),
  ],
);

export const AUTH_TOKEN_KINDS = ["invitation", "password_reset"] as const;

/** One-time links (invitations, set-password); only a hash of the token is stored. */
export const authTokens = sqliteTable(
  "auth_tokens",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    tokenHash: text().notNull().unique(),
    kind: text({ enum: AUTH_TOKEN_KINDS }).notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    createdById: integer().references(() => users.id, { onDelete: "restrict" }),
    expiresAt: integer({ mode: "timestamp_ms" }).notNull(),
    usedAt: integer({ mode: "timestamp_ms" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(now),
  },
  (t) => [check("auth_tokens_kind", inList(t.kind, AUTH_TOKEN_KINDS)), index("auth_tokens_user").on(t.userId)],
);

/** Failed sign-ins per key ("email:…" or "ip:…"), to slow down guessing. */
export const signInThrottle = sqliteTable("sign_in_throttle", {
  key: text().primaryKey(),
  failures: integer().notNull(),
  windowStartedAt: integer({ mode: "timestamp_ms" }).notNull(),
  lockedUntil: integer({ mode: "timestamp_ms" }),
});

export const REVISION_ACTIONS = ["create", "update", "archive", "unarchive", "restore", "delete"] as const;

/**
 * Every change to a record: who, when, and the whole record (fields and links)
 * before and after, as JSON snapshots, so any two revisions can be compared and
 * any one restored.
 */
export const revisions = sqliteTable(
  "revisions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    recordKind: text({ enum: RECORD_KINDS }).notNull(),
    recordId: integer().notNull(),
    /** The record's version after this change. */
    version: integer().notNull(),
    action: text({ enum: REVISION_ACTIONS }).notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** What the record is called after the change, for lists of changes. */
    label: text().notNull(),
    before: text({ mode: "json" }),
    after: text({ mode: "json" }).notNull(),
    /** The revision this one restored, when action = restore. */
    restoredFromId: integer(),
    /** The spreadsheet import that made this change, if one did. */
    importId: integer().references((): AnySQLiteColumn => imports.id, { onDelete: "restrict" }),
    createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(now),
  },
  (t) => [
    check("revisions_kind", inList(t.recordKind, RECORD_KINDS)),
    check("revisions_action", inList(t.action, REVISION_ACTIONS)),
    uniqueIndex("revisions_record_version").on(t.recordKind, t.recordId, t.version),
    index("revisions_user").on(t.userId, t.id),
    index("revisions_created").on(t.createdAt),
  ],
);

export type User = typeof users.$inferSelect;
export type Revision = typeof revisions.$inferSelect;

// ---------------------------------------------------------------- spreadsheet imports

export const IMPORT_STATUSES = ["pending", "applied"] as const;

/**
 * An uploaded spreadsheet: its preview (pending) until the editor confirms it,
 * then the record of what it did (applied). The plan is kept here, row by row,
 * so the confirmed write is exactly what the preview showed; pending imports
 * past `expiresAt` are deleted by the next upload.
 */
export const imports = sqliteTable(
  "imports",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    kind: text({ enum: IMPORT_KINDS }).notNull(),
    status: text({ enum: IMPORT_STATUSES }).notNull().default("pending"),
    fileName: text().notNull(),
    /** SHA-256 of the uploaded bytes, to recognize a file imported before. */
    fileSha256: text().notNull(),
    fileSize: integer().notNull(),
    /** How the bytes were read: "utf-8" or "windows-1252". */
    encoding: text().notNull(),
    delimiter: text().notNull(),
    /** The source chosen for every row of the file, when one was. */
    sourceId: integer().references(() => sources.id, { onDelete: "restrict" }),
    /** File-level notices (ignored columns, the encoding used), as JSON. */
    notices: text({ mode: "json" }).notNull(),
    rowCount: integer().notNull(),
    createCount: integer().notNull(),
    updateCount: integer().notNull(),
    unchangedCount: integer().notNull(),
    errorCount: integer().notNull(),
    /** When the preview was made: records changed since then make the import stale. */
    createdAt: integer({ mode: "timestamp_ms" }).notNull().$defaultFn(now),
    expiresAt: integer({ mode: "timestamp_ms" }).notNull(),
    appliedAt: integer({ mode: "timestamp_ms" }),
  },
  (t) => [
    check("imports_kind", inList(t.kind, IMPORT_KINDS)),
    check("imports_status", inList(t.status, IMPORT_STATUSES)),
    index("imports_user").on(t.userId, t.id),
    index("imports_status_expiry").on(t.status, t.expiresAt),
  ],
);

/** One row of an import's file, as the preview planned it (the record input, the change, or the errors, as JSON). */
export const importRows = sqliteTable(
  "import_rows",
  {
    importId: integer()
      .notNull()
      .references(() => imports.id, { onDelete: "restrict" }),
    /** The row number the spreadsheet shows (the header is row 1). */
    line: integer().notNull(),
    status: text({ enum: IMPORT_ROW_STATUSES }).notNull(),
    label: text().notNull(),
    /** The matched record (update, unchanged), or the created one once applied. */
    recordId: integer(),
    /** The matched record's version at preview time: a different one at write time means it changed since. */
    recordVersion: integer(),
    recordSlug: text(),
    plan: text({ mode: "json" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.line] }),
    check("import_rows_status", inList(t.status, IMPORT_ROW_STATUSES)),
    index("import_rows_status").on(t.importId, t.status, t.line),
  ],
);

export type Import = typeof imports.$inferSelect;
export type ImportRow = typeof importRows.$inferSelect;
