import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import {
  agreementLineage,
  agreementParties,
  agreementSignatories,
  agreements,
  meetings,
  organizations,
  people,
  programs,
} from "@/db/schema";
import type { AgreementKind } from "@/lib/vocabulary";
import { listCitations, type Citation } from "./citations";
import {
  bilingual,
  offsetOf,
  pageOf,
  visiblePerson,
  type Bilingual,
  type Certainty,
  type Page,
  type PageRequest,
  type Viewer,
} from "./shared";
import {
  agreementSummaryColumns,
  meetingSummaryColumns,
  organizationSummaryColumns,
  personSummaryColumns,
  programSummaryColumns,
  toAgreementSummary,
  toMeetingSummary,
  toOrganizationSummary,
  toProgramSummary,
  type AgreementSummary,
  type MeetingSummary,
  type OrganizationSummary,
  type PersonSummary,
  type ProgramSummary,
} from "./summaries";

export interface AgreementFilters {
  kind?: AgreementKind;
}

export interface AgreementListItem extends AgreementSummary {
  parties: OrganizationSummary[];
}

export function listAgreements(filters: AgreementFilters, req: PageRequest): Page<AgreementListItem> {
  const db = getDb();
  const where = and(isNull(agreements.archivedAt), filters.kind ? eq(agreements.kind, filters.kind) : undefined);
  const total = db.select({ n: count() }).from(agreements).where(where).get()?.n ?? 0;
  const rows = db
    .select(agreementSummaryColumns)
    .from(agreements)
    .where(where)
    .orderBy(sql`${agreements.signedOn} DESC NULLS LAST`, asc(agreements.titleEn))
    .limit(req.pageSize)
    .offset(offsetOf(req))
    .all();
  const parties = listPartiesOf(rows.map((r) => r.id));
  return pageOf(
    rows.map((r) => ({ ...toAgreementSummary(r), parties: parties.get(r.id) ?? [] })),
    total,
    req,
  );
}

function listPartiesOf(agreementIds: number[]): Map<number, OrganizationSummary[]> {
  const result = new Map<number, OrganizationSummary[]>();
  if (agreementIds.length === 0) return result;
  const rows = getDb()
    .select({ agreementId: agreementParties.agreementId, ...organizationSummaryColumns })
    .from(agreementParties)
    .innerJoin(organizations, eq(organizations.id, agreementParties.organizationId))
    .where(sql`${agreementParties.agreementId} IN ${agreementIds}`)
    .orderBy(asc(organizations.nameEn))
    .all();
  for (const { agreementId, ...o } of rows) {
    const list = result.get(agreementId) ?? [];
    list.push(toOrganizationSummary(o));
    result.set(agreementId, list);
  }
  return result;
}

export interface AgreementProfile extends AgreementSummary, Certainty {
  summary: Bilingual;
  archivedAt: Date | null;
  updatedAt: Date;
  meeting: MeetingSummary | null;
  establishesProgram: ProgramSummary | null;
  parties: (OrganizationSummary & Certainty)[];
  signatories: (PersonSummary & Certainty & { organization: OrganizationSummary | null })[];
  ledTo: (AgreementSummary & Certainty)[];
  followed: (AgreementSummary & Certainty)[];
  citations: Citation[];
}

export function getAgreementBySlug(slug: string, viewer: Viewer): AgreementProfile | null {
  const db = getDb();
  const agreement = db.select().from(agreements).where(eq(agreements.slug, slug)).get();
  if (!agreement) return null;
  const meeting = agreement.meetingId
    ? db.select(meetingSummaryColumns).from(meetings).where(eq(meetings.id, agreement.meetingId)).get()
    : undefined;
  const program = agreement.establishesProgramId
    ? db.select(programSummaryColumns).from(programs).where(eq(programs.id, agreement.establishesProgramId)).get()
    : undefined;
  const signatoryOrg = alias(organizations, "signatory_org");
  const lineage = (direction: "to" | "from") =>
    db
      .select({ ...agreementSummaryColumns, linkUncertain: agreementLineage.uncertain, linkNote: agreementLineage.uncertaintyNote })
      .from(agreementLineage)
      .innerJoin(agreements, eq(agreements.id, direction === "to" ? agreementLineage.toAgreementId : agreementLineage.fromAgreementId))
      .where(eq(direction === "to" ? agreementLineage.fromAgreementId : agreementLineage.toAgreementId, agreement.id))
      .orderBy(asc(agreements.signedOn))
      .all()
      .map((r) => ({ ...toAgreementSummary(r), uncertain: r.linkUncertain, uncertaintyNote: r.linkNote }));

  return {
    ...toAgreementSummary(agreement),
    uncertaintyNote: agreement.uncertaintyNote,
    summary: bilingual(agreement.summaryEn, agreement.summaryEs),
    archivedAt: agreement.archivedAt,
    updatedAt: agreement.updatedAt,
    meeting: meeting ? toMeetingSummary(meeting) : null,
    establishesProgram: program ? toProgramSummary(program) : null,
    parties: db
      .select({ ...organizationSummaryColumns, linkUncertain: agreementParties.uncertain, linkNote: agreementParties.uncertaintyNote })
      .from(agreementParties)
      .innerJoin(organizations, eq(organizations.id, agreementParties.organizationId))
      .where(eq(agreementParties.agreementId, agreement.id))
      .orderBy(asc(organizations.nameEn))
      .all()
      .map((r) => ({ ...toOrganizationSummary(r), uncertain: r.linkUncertain, uncertaintyNote: r.linkNote })),
    signatories: db
      .select({
        ...personSummaryColumns,
        linkUncertain: agreementSignatories.uncertain,
        linkNote: agreementSignatories.uncertaintyNote,
        org: {
          id: signatoryOrg.id,
          slug: signatoryOrg.slug,
          nameEn: signatoryOrg.nameEn,
          nameEs: signatoryOrg.nameEs,
          acronymEn: signatoryOrg.acronymEn,
          acronymEs: signatoryOrg.acronymEs,
          kind: signatoryOrg.kind,
          country: signatoryOrg.country,
          state: signatoryOrg.state,
          city: signatoryOrg.city,
          uncertain: signatoryOrg.uncertain,
        },
      })
      .from(agreementSignatories)
      .innerJoin(people, eq(people.id, agreementSignatories.personId))
      .leftJoin(signatoryOrg, eq(signatoryOrg.id, agreementSignatories.organizationId))
      .where(and(eq(agreementSignatories.agreementId, agreement.id), visiblePerson(people.isPublic, viewer)))
      .orderBy(asc(people.sortName))
      .all()
      .map(({ org, linkUncertain, linkNote, ...r }) => ({
        ...r,
        uncertain: linkUncertain || r.uncertain,
        uncertaintyNote: linkNote,
        organization: org ? toOrganizationSummary(org) : null,
      })),
    ledTo: lineage("to"),
    followed: lineage("from"),
    citations: listCitations("agreement", agreement.id),
  };
}
