/**
 * Writes seed data (db/seed/types.ts) into an empty, migrated database: the forum's
 * real record at start-up (db/setup.ts) and small fixtures in tests.
 *
 * Records refer to each other by slug and to sources by key; every reference is
 * resolved here and a dangling one throws an Error naming the record and the
 * missing reference. The loader does not open a transaction itself: callers run it
 * inside one (as prepareDatabase does) so a failure leaves nothing written.
 */
import type { DbExecutor } from "@/db/connection";
import {
  agreementLineage,
  agreementParties,
  agreementSignatories,
  agreements,
  alternateNames,
  citations,
  meetingOrganizations,
  meetingPeople,
  meetingPrograms,
  meetingSeries,
  meetingTopics,
  meetings,
  organizations,
  people,
  positions,
  programOrganizations,
  programTopics,
  programs,
  sources,
  topics,
} from "@/db/schema";
import type {
  Evidence,
  LinkEvidence,
  SeedAgreement,
  SeedAlternateName,
  SeedData,
  SeedMeeting,
  SeedMeetingSeries,
  SeedOrganization,
  SeedPerson,
  SeedPlace,
  SeedProgram,
  SeedSource,
  SeedTopic,
} from "./types";

export function loadSeed(db: DbExecutor, data: SeedData): void {
  const ids = new SeedIds();
  // Order follows the foreign keys: what a table points to is inserted before it.
  for (const source of data.sources) insertSource(db, ids, source);
  for (const topic of data.topics) insertTopic(db, ids, topic);
  for (const org of parentsFirst(data.organizations, "organization")) insertOrganization(db, ids, org);
  for (const person of data.people) insertPerson(db, ids, person);
  for (const program of parentsFirst(data.programs, "program")) insertProgram(db, ids, program);
  for (const program of data.programs) insertProgramLinks(db, ids, program);
  for (const series of data.meetingSeries) insertMeetingSeries(db, ids, series);
  for (const meeting of data.meetings) insertMeeting(db, ids, meeting);
  // Lineage links agreements to one another, so all agreements exist before any link.
  for (const agreement of data.agreements) insertAgreement(db, ids, agreement);
  for (const agreement of data.agreements) insertAgreementLinks(db, ids, agreement);
}

// ---------------------------------------------------------------- references

type RecordKind = "source" | "topic" | "organization" | "person" | "program" | "meeting series" | "meeting" | "agreement";

/** Slug (or source key) → row id, per kind of record, filled as rows are inserted. */
class SeedIds {
  private readonly byKind = new Map<RecordKind, Map<string, number>>();

  add(kind: RecordKind, slug: string, id: number): void {
    const map = this.mapOf(kind);
    if (map.has(slug)) throw new Error(`duplicate ${kind} "${slug}"`);
    map.set(slug, id);
  }

  /** `referrer` names the record holding the reference, e.g. `meeting "2014-06-09-…"`. */
  resolve(kind: RecordKind, slug: string, referrer: string): number {
    const id = this.mapOf(kind).get(slug);
    if (id === undefined) throw new Error(`${referrer} names unknown ${kind} "${slug}"`);
    return id;
  }

  resolveOptional(kind: RecordKind, slug: string | undefined, referrer: string): number | null {
    return slug === undefined ? null : this.resolve(kind, slug, referrer);
  }

  private mapOf(kind: RecordKind): Map<string, number> {
    let map = this.byKind.get(kind);
    if (!map) {
      map = new Map();
      this.byKind.set(kind, map);
    }
    return map;
  }
}

const label = (kind: RecordKind, slug: string) => `${kind} "${slug}"`;

/** The uncertainty columns every entity has. */
function entityEvidence(record: Evidence) {
  return { uncertain: record.uncertain ?? false, uncertaintyNote: record.uncertaintyNote ?? null };
}

/** The evidence columns every link has: its source, resolved, and its uncertainty. */
function linkEvidence(ids: SeedIds, link: LinkEvidence, referrer: string) {
  return {
    sourceId: ids.resolve("source", link.source, referrer),
    uncertain: link.uncertain ?? false,
    uncertaintyNote: link.uncertaintyNote ?? null,
  };
}

/** The one column of `citations` naming the cited record. */
type CitationOwner = Pick<
  typeof citations.$inferInsert,
  "organizationId" | "programId" | "meetingId" | "agreementId" | "personId" | "topicId" | "meetingSeriesId"
>;

/** Every record must cite at least one source: the directory shows nothing without evidence. */
function insertCitations(db: DbExecutor, ids: SeedIds, record: Evidence, owner: CitationOwner, referrer: string): void {
  if (record.sources.length === 0) throw new Error(`${referrer} cites no source`);
  for (const key of new Set(record.sources)) {
    db.insert(citations)
      .values({ ...owner, sourceId: ids.resolve("source", key, referrer) })
      .run();
  }
}

/** Coordinate columns from a place, and the place's source added to the record's own sources. */
function placed(record: Evidence & { place?: SeedPlace }) {
  const place = record.place;
  return {
    columns: { latitude: place?.latitude ?? null, longitude: place?.longitude ?? null },
    evidence: place ? { ...record, sources: [...record.sources, place.source] } : record,
  };
}

/** The id of a row just inserted with `.returning({ id })`. */
function insertedId(row: { id: number } | undefined, referrer: string): number {
  if (!row) throw new Error(`${referrer} was not inserted`);
  return row.id;
}

/**
 * Orders records so every parent comes before its children (organizations and
 * programs name their parent by slug). Throws on an unknown parent or a cycle.
 */
function parentsFirst<T extends { slug: string; parent?: string }>(records: readonly T[], kind: RecordKind): T[] {
  const bySlug = new Map(records.map((r) => [r.slug, r]));
  const ordered: T[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();

  const visit = (record: T): void => {
    if (done.has(record.slug)) return;
    if (visiting.has(record.slug)) throw new Error(`${label(kind, record.slug)} is its own ancestor`);
    visiting.add(record.slug);
    if (record.parent !== undefined) {
      const parent = bySlug.get(record.parent);
      if (!parent) throw new Error(`${label(kind, record.slug)} names unknown ${kind} "${record.parent}"`);
      visit(parent);
    }
    visiting.delete(record.slug);
    done.add(record.slug);
    ordered.push(record);
  };

  records.forEach(visit);
  return ordered;
}

function insertAlternateNames(
  db: DbExecutor,
  ids: SeedIds,
  names: SeedAlternateName[] | undefined,
  owner: { organizationId: number } | { programId: number },
  referrer: string,
): void {
  for (const alt of names ?? []) {
    db.insert(alternateNames)
      .values({ ...owner, name: alt.name, language: alt.language, ...linkEvidence(ids, alt, referrer) })
      .run();
  }
}

// ---------------------------------------------------------------- sources and topics

function insertSource(db: DbExecutor, ids: SeedIds, source: SeedSource): void {
  const row = db
    .insert(sources)
    .values({
      slug: source.slug,
      title: source.title,
      publisher: source.publisher ?? null,
      kind: source.kind,
      publishedOn: source.publishedOn ?? null,
      url: source.url ?? null,
      language: source.language ?? null,
      archivedCopy: source.archivedCopy ?? null,
      noteEn: source.noteEn ?? null,
    })
    .returning({ id: sources.id })
    .get();
  ids.add("source", source.key, insertedId(row, label("source", source.key)));
}

function insertTopic(db: DbExecutor, ids: SeedIds, topic: SeedTopic): void {
  const referrer = label("topic", topic.slug);
  const row = db
    .insert(topics)
    .values({
      slug: topic.slug,
      nameEn: topic.nameEn,
      nameEs: topic.nameEs,
      descriptionEn: topic.descriptionEn ?? null,
      descriptionEs: topic.descriptionEs ?? null,
      ...entityEvidence(topic),
    })
    .returning({ id: topics.id })
    .get();
  const id = insertedId(row, referrer);
  ids.add("topic", topic.slug, id);
  insertCitations(db, ids, topic, { topicId: id }, referrer);
}

// ---------------------------------------------------------------- organizations and people

function insertOrganization(db: DbExecutor, ids: SeedIds, org: SeedOrganization): void {
  const referrer = label("organization", org.slug);
  const place = placed(org);
  const row = db
    .insert(organizations)
    .values({
      slug: org.slug,
      nameEn: org.nameEn,
      nameEs: org.nameEs ?? null,
      acronymEn: org.acronymEn ?? null,
      acronymEs: org.acronymEs ?? null,
      kind: org.kind,
      country: org.country,
      state: org.state ?? null,
      city: org.city ?? null,
      website: org.website ?? null,
      rorId: org.rorId ?? null,
      ...place.columns,
      parentId: ids.resolveOptional("organization", org.parent, referrer),
      descriptionEn: org.descriptionEn ?? null,
      descriptionEs: org.descriptionEs ?? null,
      ...entityEvidence(org),
    })
    .returning({ id: organizations.id })
    .get();
  const id = insertedId(row, referrer);
  ids.add("organization", org.slug, id);
  insertCitations(db, ids, place.evidence, { organizationId: id }, referrer);
  insertAlternateNames(db, ids, org.alternateNames, { organizationId: id }, referrer);
}

function insertPerson(db: DbExecutor, ids: SeedIds, person: SeedPerson): void {
  const referrer = label("person", person.slug);
  const row = db
    .insert(people)
    .values({
      slug: person.slug,
      name: person.name,
      sortName: person.sortName,
      honorific: person.honorific ?? null,
      isPublic: person.isPublic,
      bioEn: person.bioEn ?? null,
      bioEs: person.bioEs ?? null,
      ...entityEvidence(person),
    })
    .returning({ id: people.id })
    .get();
  const id = insertedId(row, referrer);
  ids.add("person", person.slug, id);
  insertCitations(db, ids, person, { personId: id }, referrer);
  for (const position of person.positions ?? []) {
    db.insert(positions)
      .values({
        personId: id,
        organizationId: ids.resolveOptional("organization", position.organization, referrer),
        titleEn: position.titleEn,
        titleEs: position.titleEs ?? null,
        startDate: position.startDate ?? null,
        endDate: position.endDate ?? null,
        ...linkEvidence(ids, position, referrer),
      })
      .run();
  }
}

// ---------------------------------------------------------------- programs

function insertProgram(db: DbExecutor, ids: SeedIds, program: SeedProgram): void {
  const referrer = label("program", program.slug);
  const row = db
    .insert(programs)
    .values({
      slug: program.slug,
      nameEn: program.nameEn,
      nameEs: program.nameEs ?? null,
      acronym: program.acronym ?? null,
      kind: program.kind,
      status: program.status ?? "unknown",
      announcedOn: program.announcedOn ?? null,
      startDate: program.startDate ?? null,
      endDate: program.endDate ?? null,
      website: program.website ?? null,
      parentId: ids.resolveOptional("program", program.parent, referrer),
      descriptionEn: program.descriptionEn ?? null,
      descriptionEs: program.descriptionEs ?? null,
      ...entityEvidence(program),
    })
    .returning({ id: programs.id })
    .get();
  const id = insertedId(row, referrer);
  ids.add("program", program.slug, id);
  insertCitations(db, ids, program, { programId: id }, referrer);
  insertAlternateNames(db, ids, program.alternateNames, { programId: id }, referrer);
}

function insertProgramLinks(db: DbExecutor, ids: SeedIds, program: SeedProgram): void {
  const referrer = label("program", program.slug);
  const programId = ids.resolve("program", program.slug, referrer);
  for (const link of program.organizations ?? []) {
    db.insert(programOrganizations)
      .values({
        programId,
        organizationId: ids.resolve("organization", link.organization, referrer),
        role: link.role,
        noteEn: link.noteEn ?? null,
        noteEs: link.noteEs ?? null,
        ...linkEvidence(ids, link, referrer),
      })
      .run();
  }
  for (const link of program.topics ?? []) {
    db.insert(programTopics)
      .values({ programId, topicId: ids.resolve("topic", link.topic, referrer), ...linkEvidence(ids, link, referrer) })
      .run();
  }
}

// ---------------------------------------------------------------- meetings

function insertMeetingSeries(db: DbExecutor, ids: SeedIds, series: SeedMeetingSeries): void {
  const referrer = label("meeting series", series.slug);
  const row = db
    .insert(meetingSeries)
    .values({
      slug: series.slug,
      nameEn: series.nameEn,
      nameEs: series.nameEs ?? null,
      programId: ids.resolveOptional("program", series.program, referrer),
      plannedCount: series.plannedCount ?? null,
      descriptionEn: series.descriptionEn ?? null,
      descriptionEs: series.descriptionEs ?? null,
      ...entityEvidence(series),
    })
    .returning({ id: meetingSeries.id })
    .get();
  const id = insertedId(row, referrer);
  ids.add("meeting series", series.slug, id);
  insertCitations(db, ids, series, { meetingSeriesId: id }, referrer);
}

function insertMeeting(db: DbExecutor, ids: SeedIds, meeting: SeedMeeting): void {
  const referrer = label("meeting", meeting.slug);
  const place = placed(meeting);
  const row = db
    .insert(meetings)
    .values({
      slug: meeting.slug,
      titleEn: meeting.titleEn,
      titleEs: meeting.titleEs ?? null,
      kind: meeting.kind,
      startDate: meeting.startDate ?? null,
      endDate: meeting.endDate ?? null,
      venue: meeting.venue ?? null,
      city: meeting.city ?? null,
      state: meeting.state ?? null,
      country: meeting.country ?? null,
      ...place.columns,
      seriesId: ids.resolveOptional("meeting series", meeting.series, referrer),
      seriesNumber: meeting.seriesNumber ?? null,
      attendance: meeting.attendance ?? null,
      attendanceQualifier: meeting.attendanceQualifier ?? null,
      summaryEn: meeting.summaryEn ?? null,
      summaryEs: meeting.summaryEs ?? null,
      outcomesEn: meeting.outcomesEn ?? null,
      outcomesEs: meeting.outcomesEs ?? null,
      ...entityEvidence(meeting),
    })
    .returning({ id: meetings.id })
    .get();
  const meetingId = insertedId(row, referrer);
  ids.add("meeting", meeting.slug, meetingId);
  insertCitations(db, ids, place.evidence, { meetingId }, referrer);
  insertMeetingLinks(db, ids, meeting, meetingId, referrer);
}

function insertMeetingLinks(db: DbExecutor, ids: SeedIds, meeting: SeedMeeting, meetingId: number, referrer: string): void {
  for (const link of meeting.organizations ?? []) {
    db.insert(meetingOrganizations)
      .values({
        meetingId,
        organizationId: ids.resolve("organization", link.organization, referrer),
        role: link.role,
        ...linkEvidence(ids, link, referrer),
      })
      .run();
  }
  for (const link of meeting.people ?? []) {
    db.insert(meetingPeople)
      .values({
        meetingId,
        personId: ids.resolve("person", link.person, referrer),
        role: link.role,
        organizationId: ids.resolveOptional("organization", link.organization, referrer),
        ...linkEvidence(ids, link, referrer),
      })
      .run();
  }
  for (const link of meeting.topics ?? []) {
    db.insert(meetingTopics)
      .values({ meetingId, topicId: ids.resolve("topic", link.topic, referrer), ...linkEvidence(ids, link, referrer) })
      .run();
  }
  for (const link of meeting.programs ?? []) {
    db.insert(meetingPrograms)
      .values({
        meetingId,
        programId: ids.resolve("program", link.program, referrer),
        relation: link.relation,
        ...linkEvidence(ids, link, referrer),
      })
      .run();
  }
}

// ---------------------------------------------------------------- agreements

function insertAgreement(db: DbExecutor, ids: SeedIds, agreement: SeedAgreement): void {
  const referrer = label("agreement", agreement.slug);
  const row = db
    .insert(agreements)
    .values({
      slug: agreement.slug,
      titleEn: agreement.titleEn,
      titleEs: agreement.titleEs ?? null,
      kind: agreement.kind,
      signedOn: agreement.signedOn ?? null,
      meetingId: ids.resolveOptional("meeting", agreement.meeting, referrer),
      establishesProgramId: ids.resolveOptional("program", agreement.establishesProgram, referrer),
      summaryEn: agreement.summaryEn ?? null,
      summaryEs: agreement.summaryEs ?? null,
      ...entityEvidence(agreement),
    })
    .returning({ id: agreements.id })
    .get();
  const id = insertedId(row, referrer);
  ids.add("agreement", agreement.slug, id);
  insertCitations(db, ids, agreement, { agreementId: id }, referrer);
}

function insertAgreementLinks(db: DbExecutor, ids: SeedIds, agreement: SeedAgreement): void {
  const referrer = label("agreement", agreement.slug);
  const agreementId = ids.resolve("agreement", agreement.slug, referrer);
  for (const link of agreement.parties ?? []) {
    db.insert(agreementParties)
      .values({
        agreementId,
        organizationId: ids.resolve("organization", link.organization, referrer),
        ...linkEvidence(ids, link, referrer),
      })
      .run();
  }
  for (const link of agreement.signatories ?? []) {
    db.insert(agreementSignatories)
      .values({
        agreementId,
        personId: ids.resolve("person", link.person, referrer),
        organizationId: ids.resolveOptional("organization", link.organization, referrer),
        ...linkEvidence(ids, link, referrer),
      })
      .run();
  }
  for (const link of agreement.ledTo ?? []) {
    db.insert(agreementLineage)
      .values({
        fromAgreementId: agreementId,
        toAgreementId: ids.resolve("agreement", link.agreement, referrer),
        ...linkEvidence(ids, link, referrer),
      })
      .run();
  }
}
