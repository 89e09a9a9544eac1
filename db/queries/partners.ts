/**
 * The partner finder: organizations in the other country that work on a topic,
 * ranked by the evidence the directory holds, each with the items that explain
 * why it is suggested.
 *
 * Evidence comes from links only (the schema has no "organization works on topic"
 * field: an organization's topics are those of its programs and meetings):
 * - shared_program   it took part in a program with the researcher's institution
 * - shared_agreement it is a party to an agreement with the researcher's institution
 * - program_in_topic it takes part in a program on the topic
 * - shared_meeting   it attended a meeting with the researcher's institution
 * - meeting_on_topic it attended a meeting on the topic
 * Only organizations with at least one item on the topic are suggested: shared
 * history ranks partners, the topic decides who is a partner at all.
 *
 * The researcher's institution counts with its units (UNAM with its Institute of
 * Astronomy), since a researcher's department is where collaboration happens.
 */
import { msg } from "@/lib/i18n/message-ref";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { DbExecutor } from "@/db/connection";
import { agreements, meetings, organizations, programs, searchDocuments, topics } from "@/db/schema";
import { findCorrections } from "@/db/search/vocabulary";
import { foldText, toMatchExpression, tokenize } from "@/lib/search/normalize";
import { AppError } from "@/lib/errors";
import {
  agreementSummaryColumns,
  meetingSummaryColumns,
  organizationSummaryColumns,
  programSummaryColumns,
  toAgreementSummary,
  toMeetingSummary,
  toOrganizationSummary,
  toProgramSummary,
  toTopicSummary,
  topicSummaryColumns,
  type AgreementSummary,
  type MeetingSummary,
  type OrganizationSummary,
  type ProgramSummary,
  type TopicSummary,
} from "./summaries";

export type PartnerCountry = "US" | "MX";

/**
 * Points per evidence item. Working together in a program is the strongest sign
 * of a working relationship; an agreement is nearly as strong; a program on the
 * topic shows the partner does the work; meetings show contact, not work, and a
 * meeting on a topic (often one of six topics of a large meeting) least of all.
 */
export const PARTNER_WEIGHTS = {
  shared_program: 5,
  shared_agreement: 4,
  program_in_topic: 3,
  shared_meeting: 2,
  meeting_on_topic: 1,
} as const;

export type EvidenceType = keyof typeof PARTNER_WEIGHTS;

/** Evidence resting on anything the sources leave open (a link, the record, the topic link) counts this much. */
export const UNCERTAIN_FACTOR = 0.5;

/** Evidence items returned per suggestion (the total is given too); the score counts them all. */
export const MAX_EVIDENCE_ITEMS = 12;
export const PARTNERS_PAGE_SIZE = 20;

interface EvidenceBase {
  type: EvidenceType;
  /** Points this item adds, after the uncertainty discount. */
  weight: number;
  uncertain: boolean;
  /** The partner's roles there (lead, site, host…); agreements have none. */
  roles: string[];
  /** For shared items: the researcher's institution or units that were there too. */
  with: OrganizationSummary[];
}

export type PartnerEvidence = EvidenceBase &
  (
    | { kind: "program"; program: ProgramSummary }
    | { kind: "meeting"; meeting: MeetingSummary }
    | { kind: "agreement"; agreement: AgreementSummary }
  );

export interface PartnerSuggestion {
  organization: OrganizationSummary;
  score: number;
  /** Best first; at most MAX_EVIDENCE_ITEMS. */
  evidence: PartnerEvidence[];
  evidenceCount: number;
}

export interface PartnerQuery {
  /** The researcher's institution (slug); its country decides the other country unless it is binational. */
  institution?: string;
  /** The researcher's country, when no institution is given (or the institution is binational). */
  country?: PartnerCountry;
  /** Topic slug. */
  topic: string;
  /** ISO 3166-2 code of the partner's state, in the other country. */
  state?: string;
  page?: number;
}

export interface PartnerResults {
  mode: "institution" | "country";
  institution: OrganizationSummary | null;
  fromCountry: PartnerCountry;
  partnerCountry: PartnerCountry;
  topic: TopicSummary;
  state: string | null;
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  suggestions: PartnerSuggestion[];
}

// ---------------------------------------------------------------- resolving the researcher

export function otherCountry(country: PartnerCountry): PartnerCountry {
  return country === "US" ? "MX" : "US";
}

export type InstitutionMatch =
  { status: "resolved"; organization: OrganizationSummary } | { status: "ambiguous"; choices: OrganizationSummary[] } | { status: "none" };

const MAX_CHOICES = 8;

/**
 * What the researcher typed as "your institution", to one organization: a slug (from
 * a "did you mean" link or the API) is taken as is; words go through the search
 * index (so accents, acronyms and typos work as in the search box). One match, or
 * one whose name or acronym is exactly what was typed, resolves; several are choices.
 */
export function resolveInstitution(text: string): InstitutionMatch {
  const db = getDb();
  const trimmed = text.trim();
  if (!trimmed) return { status: "none" };
  const bySlug = db
    .select(organizationSummaryColumns)
    .from(organizations)
    .where(and(eq(organizations.slug, trimmed), isNull(organizations.archivedAt)))
    .get();
  if (bySlug) return { status: "resolved", organization: toOrganizationSummary(bySlug) };

  const tokens = tokenize(trimmed);
  if (tokens.length === 0) return { status: "none" };
  let ids = matchOrganizations(db, toMatchExpression(tokens));
  if (ids.length === 0) {
    const corrections = findCorrections(db, tokens);
    if (corrections.size > 0) ids = matchOrganizations(db, toMatchExpression(tokens, corrections));
  }
  if (ids.length === 0) return { status: "none" };
  const rows = db.select(organizationSummaryColumns).from(organizations).where(inArray(organizations.id, ids)).all();
  const byId = new Map(rows.map((r) => [r.id, toOrganizationSummary(r)]));
  const ranked = ids.flatMap((id) => byId.get(id) ?? []);
  const folded = foldText(trimmed);
  const exact = ranked.filter((o) => [o.name.en, o.name.es, o.acronym.en, o.acronym.es].some((n) => n !== null && foldText(n) === folded));
  if (exact.length === 1) return { status: "resolved", organization: exact[0]! };
  if (ranked.length === 1) return { status: "resolved", organization: ranked[0]! };
  return { status: "ambiguous", choices: (exact.length > 1 ? exact : ranked).slice(0, MAX_CHOICES) };
}

/** Organization ids matching an FTS expression, best first (bm25 as the search page ranks, then weight). */
function matchOrganizations(db: DbExecutor, expression: string): number[] {
  return db
    .all<{ id: number }>(
      sql`SELECT d.record_id AS id
          FROM (SELECT rowid AS rid, bm25(search_text, 30.0, 1.0, 0.5) AS score FROM search_text WHERE search_text MATCH ${expression}) AS hits
          JOIN ${searchDocuments} d ON d.id = hits.rid
          WHERE d.kind = 'organization'
          ORDER BY hits.score, d.weight DESC, d.id
          LIMIT ${MAX_CHOICES + 1}`,
    )
    .map((r) => r.id);
}

// ---------------------------------------------------------------- ranking

/** One row per (partner, record) link the query found, with what makes it evidence. */
interface EvidenceRow {
  org: number;
  kind: "program" | "meeting" | "agreement";
  rec: number;
  /** The partner's roles there, comma-separated. */
  roles: string;
  /** 1 when every link of the partner to the record is uncertain. */
  linkUnc: number;
  recUnc: number;
  /** Null when the record is not on the topic; else 1 when the topic link is uncertain. */
  topicUnc: number | null;
  /** Null when the researcher's institution has no link to the record; else 1 when all its links are uncertain. */
  mineUnc: number | null;
}

/**
 * Every link of any organization to a record (not archived) on the topic or shared
 * with the researcher's institution (`mine`: it and its units). The records are
 * found first, a few hundred at most, and their links read through the link
 * tables' primary keys. Partners are not filtered here: joining organizations for
 * each of thousands of links costs three times the whole query on 100,000
 * organizations, so candidates are filtered once each afterwards (filterCandidates).
 */
function listEvidenceRows(db: DbExecutor, topicId: number, mine: number[]): EvidenceRow[] {
  const mineList = mine.length ? sql.join(mine, sql`, `) : sql`NULL`;
  const raw = db.all<EvidenceRow & { role: string }>(sql`
    WITH topic_programs AS (
      SELECT program_id, MIN(uncertain) AS unc FROM program_topics WHERE topic_id = ${topicId} GROUP BY program_id
    ),
    my_programs AS (
      SELECT program_id, MIN(uncertain) AS unc FROM program_organizations WHERE organization_id IN (${mineList}) GROUP BY program_id
    ),
    program_records AS (
      SELECT p.id, p.uncertain AS rec_unc, tp.unc AS topic_unc, mp.unc AS mine_unc FROM programs p
      LEFT JOIN topic_programs tp ON tp.program_id = p.id
      LEFT JOIN my_programs mp ON mp.program_id = p.id
      WHERE p.id IN (SELECT program_id FROM topic_programs UNION SELECT program_id FROM my_programs) AND p.archived_at IS NULL
    ),
    topic_meetings AS (
      SELECT meeting_id, MIN(uncertain) AS unc FROM meeting_topics WHERE topic_id = ${topicId} GROUP BY meeting_id
    ),
    my_meetings AS (
      SELECT meeting_id, MIN(uncertain) AS unc FROM meeting_organizations WHERE organization_id IN (${mineList}) GROUP BY meeting_id
    ),
    meeting_records AS (
      SELECT m.id, m.uncertain AS rec_unc, tm.unc AS topic_unc, mm.unc AS mine_unc FROM meetings m
      LEFT JOIN topic_meetings tm ON tm.meeting_id = m.id
      LEFT JOIN my_meetings mm ON mm.meeting_id = m.id
      WHERE m.id IN (SELECT meeting_id FROM topic_meetings UNION SELECT meeting_id FROM my_meetings) AND m.archived_at IS NULL
    ),
    agreement_records AS (
      SELECT a.id, a.uncertain AS rec_unc, NULL AS topic_unc, MIN(ap.uncertain) AS mine_unc FROM agreement_parties ap
      JOIN agreements a ON a.id = ap.agreement_id AND a.archived_at IS NULL
      WHERE ap.organization_id IN (${mineList}) GROUP BY a.id
    )
    SELECT po.organization_id AS org, 'program' AS kind, r.id AS rec, po.role AS role, po.uncertain AS linkUnc,
      r.rec_unc AS recUnc, r.topic_unc AS topicUnc, r.mine_unc AS mineUnc
    FROM program_records r CROSS JOIN program_organizations po ON po.program_id = r.id
    UNION ALL
    SELECT mo.organization_id, 'meeting', r.id, mo.role, mo.uncertain, r.rec_unc, r.topic_unc, r.mine_unc
    FROM meeting_records r CROSS JOIN meeting_organizations mo ON mo.meeting_id = r.id
    UNION ALL
    SELECT ap.organization_id, 'agreement', r.id, '', ap.uncertain, r.rec_unc, r.topic_unc, r.mine_unc
    FROM agreement_records r CROSS JOIN agreement_parties ap ON ap.agreement_id = r.id`);
  // One row per (partner, record): its roles together; certain when any of its links is.
  const merged = new Map<string, EvidenceRow>();
  for (const r of raw) {
    const key = `${r.kind}:${r.rec}:${r.org}`;
    const seen = merged.get(key);
    if (seen) {
      if (r.role && !seen.roles.split(",").includes(r.role)) seen.roles = `${seen.roles},${r.role}`;
      seen.linkUnc = Math.min(seen.linkUnc, r.linkUnc);
    } else {
      merged.set(key, {
        org: r.org,
        kind: r.kind,
        rec: r.rec,
        roles: r.role,
        linkUnc: r.linkUnc,
        recUnc: r.recUnc,
        topicUnc: r.topicUnc,
        mineUnc: r.mineUnc,
      });
    }
  }
  return [...merged.values()];
}

/** The researcher's institution and its units, at any depth. */
function listOwnOrganizations(db: DbExecutor, institutionId: number | null): number[] {
  if (institutionId === null) return [];
  return db
    .all<{ id: number }>(
      sql`WITH RECURSIVE mine(id) AS (SELECT ${institutionId} UNION SELECT c.id FROM organizations c JOIN mine ON c.parent_id = mine.id)
          SELECT id FROM mine`,
    )
    .map((r) => r.id);
}

/**
 * Of the organizations with evidence, those a partner may be: in the other country
 * (and state), not archived. Only ids are read, which the country and state indexes
 * hold: reading 5,000 organizations' rows for their names costs more than the rest
 * of the search, so names are read later, only where a tie needs them.
 */
function filterCandidates(db: DbExecutor, ids: number[], partnerCountry: PartnerCountry, state: string | null): Set<number> {
  const out = new Set<number>();
  for (const chunk of chunked(ids, 5000)) {
    const rows = db
      .select({ id: organizations.id })
      .from(organizations)
      .where(
        and(
          inArray(organizations.id, chunk),
          eq(organizations.country, partnerCountry),
          isNull(organizations.archivedAt),
          state ? eq(organizations.state, state) : undefined,
        ),
      )
      .all();
    for (const r of rows) out.add(r.id);
  }
  return out;
}

/**
 * Sorts by score, best first, and puts each run of equal scores that touches the
 * page [from, to) in alphabetical order (without regard to case, then by slug, which
 * is unique), so the order never varies and reads naturally.
 */
function orderForPage(db: DbExecutor, ranked: Ranked[], from: number, to: number): Ranked[] {
  ranked.sort((a, b) => b.score - a.score || a.org - b.org);
  if (ranked.length === 0) return ranked;
  const first = ranked[Math.min(from, ranked.length - 1)]!.score;
  const last = ranked[Math.min(to, ranked.length) - 1]!.score;
  const tied = ranked.filter((r) => r.score <= first && r.score >= last);
  const names = new Map<number, { name: string; slug: string }>();
  for (const chunk of chunked(
    tied.map((r) => r.org),
    5000,
  )) {
    for (const r of db
      .select({ id: organizations.id, nameEn: organizations.nameEn, slug: organizations.slug })
      .from(organizations)
      .where(inArray(organizations.id, chunk))
      .all()) {
      names.set(r.id, { name: r.nameEn.toLowerCase(), slug: r.slug });
    }
  }
  const start = ranked.indexOf(tied[0]!);
  tied.sort((a, b) => {
    const na = names.get(a.org)!;
    const nb = names.get(b.org)!;
    return b.score - a.score || compareText(na.name, nb.name) || compareText(na.slug, nb.slug);
  });
  ranked.splice(start, tied.length, ...tied);
  return ranked;
}

interface ScoredItem {
  type: EvidenceType;
  weight: number;
  uncertain: boolean;
  row: EvidenceRow;
}

/** The evidence items of one link: a shared program on the topic is both shared_program and program_in_topic. */
function itemsOf(row: EvidenceRow): ScoredItem[] {
  const items: ScoredItem[] = [];
  const add = (type: EvidenceType, extraUnc: number) => {
    const uncertain = row.linkUnc === 1 || row.recUnc === 1 || extraUnc === 1;
    items.push({ type, weight: PARTNER_WEIGHTS[type] * (uncertain ? UNCERTAIN_FACTOR : 1), uncertain, row });
  };
  const shared = { program: "shared_program", meeting: "shared_meeting", agreement: "shared_agreement" } as const;
  const onTopic = { program: "program_in_topic", meeting: "meeting_on_topic", agreement: null } as const;
  if (row.mineUnc !== null) add(shared[row.kind], row.mineUnc);
  const topicType = onTopic[row.kind];
  if (row.topicUnc !== null && topicType) add(topicType, row.topicUnc);
  return items;
}

/** Best evidence first; equal weights by kind of evidence, then by record, so the order never varies. */
function compareItems(a: ScoredItem, b: ScoredItem): number {
  const order = Object.keys(PARTNER_WEIGHTS);
  return b.weight - a.weight || order.indexOf(a.type) - order.indexOf(b.type) || a.row.rec - b.row.rec;
}

interface Ranked {
  org: number;
  score: number;
  items: ScoredItem[];
}

/** Scores every candidate; keeps those with evidence on the topic. */
function rankCandidates(rows: EvidenceRow[]): Map<number, Ranked> {
  const byOrg = new Map<number, Ranked>();
  for (const row of rows) {
    let entry = byOrg.get(row.org);
    if (!entry) byOrg.set(row.org, (entry = { org: row.org, score: 0, items: [] }));
    for (const item of itemsOf(row)) {
      entry.items.push(item);
      entry.score += item.weight;
    }
  }
  for (const [org, entry] of byOrg) {
    if (!entry.items.some((i) => i.type === "program_in_topic" || i.type === "meeting_on_topic")) byOrg.delete(org);
  }
  return byOrg;
}

export function findPartners(query: PartnerQuery): PartnerResults {
  const db = getDb();
  const topicRow = db
    .select(topicSummaryColumns)
    .from(topics)
    .where(and(eq(topics.slug, query.topic), isNull(topics.archivedAt)))
    .get();
  if (!topicRow) throw new AppError("not_found", msg("errors.noTopic", { slug: query.topic }), { param: "topic" });
  const topic = toTopicSummary(topicRow);

  let institution: OrganizationSummary | null = null;
  let fromCountry: PartnerCountry;
  if (query.institution) {
    const row = db
      .select(organizationSummaryColumns)
      .from(organizations)
      .where(and(eq(organizations.slug, query.institution), isNull(organizations.archivedAt)))
      .get();
    if (!row) throw new AppError("not_found", msg("errors.noInstitution", { slug: query.institution }), { param: "institution" });
    institution = toOrganizationSummary(row);
    if (institution.country === "US-MX") {
      if (!query.country) {
        throw new AppError("bad_request", msg("errors.binational", { name: institution.name.en ?? "" }), { param: "country" });
      }
      fromCountry = query.country;
    } else {
      fromCountry = institution.country;
    }
  } else if (query.country) {
    fromCountry = query.country;
  } else {
    throw new AppError("bad_request", msg("errors.institutionOrCountry"), { param: "institution" });
  }
  const partnerCountry = otherCountry(fromCountry);
  const state = query.state ?? null;
  if (state !== null && !state.startsWith(`${partnerCountry}-`)) {
    throw new AppError("bad_request", msg("errors.stateOfPartner", { country: partnerCountry }), { param: "state" });
  }

  const mine = listOwnOrganizations(db, institution?.id ?? null);
  const rows = listEvidenceRows(db, topic.id, mine);
  const own = new Set(mine);
  const byOrg = rankCandidates(rows.filter((r) => !own.has(r.org)));
  const candidates = filterCandidates(db, [...byOrg.keys()], partnerCountry, state);
  const unordered = [...byOrg.values()].filter((r) => candidates.has(r.org));

  const pageSize = PARTNERS_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(unordered.length / pageSize));
  const page = Math.min(Math.max(1, query.page ?? 1), pageCount);
  const ranked = orderForPage(db, unordered, (page - 1) * pageSize, page * pageSize);
  const pageItems = ranked.slice((page - 1) * pageSize, page * pageSize);
  return {
    mode: institution ? "institution" : "country",
    institution,
    fromCountry,
    partnerCountry,
    topic,
    state,
    total: unordered.length,
    page,
    pageSize,
    pageCount,
    suggestions: describeSuggestions(db, pageItems, institution),
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function chunked<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Turns the page's scored candidates into suggestions: the records behind each item, named. */
function describeSuggestions(db: DbExecutor, page: Ranked[], institution: OrganizationSummary | null): PartnerSuggestion[] {
  if (page.length === 0) return [];
  const kept = page.map((r) => ({ ...r, items: [...r.items].sort(compareItems).slice(0, MAX_EVIDENCE_ITEMS) }));
  const ids = (kind: EvidenceRow["kind"]) => [
    ...new Set(kept.flatMap((r) => r.items.filter((i) => i.row.kind === kind).map((i) => i.row.rec))),
  ];
  const programIds = ids("program");
  const meetingIds = ids("meeting");
  const agreementIds = ids("agreement");
  const programById = new Map(
    (programIds.length ? db.select(programSummaryColumns).from(programs).where(inArray(programs.id, programIds)).all() : []).map((r) => [
      r.id,
      toProgramSummary(r),
    ]),
  );
  const meetingById = new Map(
    (meetingIds.length ? db.select(meetingSummaryColumns).from(meetings).where(inArray(meetings.id, meetingIds)).all() : []).map((r) => [
      r.id,
      toMeetingSummary(r),
    ]),
  );
  const agreementById = new Map(
    (agreementIds.length ? db.select(agreementSummaryColumns).from(agreements).where(inArray(agreements.id, agreementIds)).all() : []).map(
      (r) => [r.id, toAgreementSummary(r)],
    ),
  );
  const orgById = new Map(
    db
      .select(organizationSummaryColumns)
      .from(organizations)
      .where(
        inArray(
          organizations.id,
          page.map((r) => r.org),
        ),
      )
      .all()
      .map((r) => [r.id, toOrganizationSummary(r)]),
  );
  const mineAt = institution ? listOwnParticipants(db, institution.id, { programIds, meetingIds, agreementIds }) : new Map();

  return kept.map((r) => ({
    organization: orgById.get(r.org)!,
    score: r.score,
    evidenceCount: page.find((p) => p.org === r.org)!.items.length,
    evidence: r.items.map((item): PartnerEvidence => {
      const base = {
        type: item.type,
        weight: item.weight,
        uncertain: item.uncertain,
        roles: item.row.roles ? [...new Set(item.row.roles.split(","))].sort() : [],
        with: item.type.startsWith("shared_") ? (mineAt.get(`${item.row.kind}:${item.row.rec}`) ?? []) : [],
      };
      if (item.row.kind === "program") return { ...base, kind: "program", program: programById.get(item.row.rec)! };
      if (item.row.kind === "meeting") return { ...base, kind: "meeting", meeting: meetingById.get(item.row.rec)! };
      return { ...base, kind: "agreement", agreement: agreementById.get(item.row.rec)! };
    }),
  }));
}

/** Which of the researcher's institution and units took part in each record ("program:12" → [UNAM's institute]). */
function listOwnParticipants(
  db: DbExecutor,
  institutionId: number,
  ids: { programIds: number[]; meetingIds: number[]; agreementIds: number[] },
): Map<string, OrganizationSummary[]> {
  const list = (values: number[]) => (values.length ? sql.join(values, sql`, `) : sql`NULL`);
  const rows = db.all<{ key: string; id: number }>(sql`
    WITH RECURSIVE mine(id) AS (
      SELECT ${institutionId} UNION SELECT c.id FROM organizations c JOIN mine ON c.parent_id = mine.id
    )
    SELECT DISTINCT 'program:' || program_id AS key, organization_id AS id FROM program_organizations
      WHERE program_id IN (${list(ids.programIds)}) AND organization_id IN (SELECT id FROM mine)
    UNION SELECT 'meeting:' || meeting_id, organization_id FROM meeting_organizations
      WHERE meeting_id IN (${list(ids.meetingIds)}) AND organization_id IN (SELECT id FROM mine)
    UNION SELECT 'agreement:' || agreement_id, organization_id FROM agreement_parties
      WHERE agreement_id IN (${list(ids.agreementIds)}) AND organization_id IN (SELECT id FROM mine)
    ORDER BY key, id`);
  if (rows.length === 0) return new Map();
  const orgs = new Map(
    db
      .select(organizationSummaryColumns)
      .from(organizations)
      .where(inArray(organizations.id, [...new Set(rows.map((r) => r.id))]))
      .all()
      .map((r) => [r.id, toOrganizationSummary(r)]),
  );
  const out = new Map<string, OrganizationSummary[]>();
  for (const r of rows) {
    const org = orgs.get(r.id);
    if (!org) continue;
    out.set(r.key, [...(out.get(r.key) ?? []), org]);
  }
  return out;
}

// ---------------------------------------------------------------- when nothing is found

export interface TopicWithPartners extends TopicSummary {
  partners: number;
}

/**
 * For the empty state: the topics on which the other country (in the state, when
 * given) has organizations with programs or meetings, most first, so the page can
 * point to a broader or neighbouring topic that has results.
 */
export function countPartnersByTopic(partnerCountry: PartnerCountry, state: string | null, limit = 6): TopicWithPartners[] {
  const db = getDb();
  const rows = db.all<{ topicId: number; partners: number }>(sql`
    SELECT topic_id AS topicId, COUNT(DISTINCT org) AS partners FROM (
      SELECT pt.topic_id, po.organization_id AS org FROM program_topics pt
        JOIN program_organizations po ON po.program_id = pt.program_id
      UNION
      SELECT mt.topic_id, mo.organization_id FROM meeting_topics mt
        JOIN meeting_organizations mo ON mo.meeting_id = mt.meeting_id
    ) AS links
    JOIN organizations o ON o.id = links.org
    WHERE o.country = ${partnerCountry} AND o.archived_at IS NULL ${state ? sql`AND o.state = ${state}` : sql``}
    GROUP BY topic_id ORDER BY partners DESC, topic_id LIMIT ${limit}`);
  if (rows.length === 0) return [];
  const byId = new Map(
    db
      .select(topicSummaryColumns)
      .from(topics)
      .where(
        and(
          inArray(
            topics.id,
            rows.map((r) => r.topicId),
          ),
          isNull(topics.archivedAt),
        ),
      )
      .all()
      .map((t) => [t.id, toTopicSummary(t)]),
  );
  return rows.flatMap((r) => {
    const t = byId.get(r.topicId);
    return t ? [{ ...t, partners: r.partners }] : [];
  });
}
