/**
 * The one-line explanation of a suggestion, in plain language: "took part in
 * CANFSA with CETYS Universidad; attended the working group of June 2014".
 * One clause per kind of evidence, shared history first; a record already named in a
 * stronger clause (a shared program that is also on the topic) is not repeated.
 */
import type { PartnerEvidence, PartnerSuggestion } from "@/db/queries/partners";
import type { OrganizationSummary } from "@/db/queries/summaries";
import type { I18n } from "@/lib/i18n/server";

/**
 * Shared history first, whatever its weight: "took part in CANFSA (uncertain) with
 * UABC" tells a UABC researcher more than "takes part in CANFSA", even at half weight.
 */
const CLAUSE_ORDER: PartnerEvidence["type"][] = [
  "shared_program",
  "shared_agreement",
  "shared_meeting",
  "program_in_topic",
  "meeting_on_topic",
];

/** Records named per clause before "and N others". */
const MAX_NAMED = 2;

function organizationShort(o: OrganizationSummary, i18n: I18n): string {
  return i18n.name(o.acronym) || i18n.name(o.name);
}

/** A record as a sentence names it: a program by its acronym, a meeting by kind and month. */
export function evidenceRecordLabel(e: PartnerEvidence, i18n: I18n): string {
  const { m } = i18n;
  if (e.kind === "program") return e.program.acronym ?? i18n.name(e.program.name);
  if (e.kind === "meeting") {
    const date = e.meeting.startDate?.slice(0, 7);
    if (!date) return i18n.name(e.meeting.title);
    return i18n.t(m.partners.meetingShort, { kind: m.vocabulary.meetingKind[e.meeting.kind].toLowerCase(), date: i18n.date(date) ?? date });
  }
  const date = e.agreement.signedOn?.slice(0, 7);
  if (!date) return i18n.name(e.agreement.title);
  return i18n.t(m.partners.agreementShort, {
    kind: m.vocabulary.agreementKind[e.agreement.kind].toLowerCase(),
    date: i18n.date(date) ?? date,
  });
}

function recordKey(e: PartnerEvidence): string {
  return e.kind === "program" ? `p${e.program.id}` : e.kind === "meeting" ? `m${e.meeting.id}` : `a${e.agreement.id}`;
}

/** Who of the researcher's side was there: the institution itself when it was, else its units. */
export function sharedWithLabel(items: PartnerEvidence[], i18n: I18n, institution: OrganizationSummary | null): string {
  const all = new Map<number, OrganizationSummary>();
  for (const item of items) for (const o of item.with) all.set(o.id, o);
  const orgs = institution && all.has(institution.id) ? [institution] : [...all.values()];
  return i18n.list(orgs.map((o) => organizationShort(o, i18n)));
}

export function explainSuggestion(s: PartnerSuggestion, i18n: I18n, institution: OrganizationSummary | null): string {
  const { m } = i18n;
  const named = new Set<string>();
  const clauses: string[] = [];
  for (const type of CLAUSE_ORDER) {
    const items = s.evidence.filter((e) => e.type === type && !named.has(recordKey(e)));
    if (items.length === 0) continue;
    for (const e of items) named.add(recordKey(e));
    const labels = items
      .slice(0, MAX_NAMED)
      .map((e) => (e.uncertain ? i18n.t(m.partners.uncertainMark, { label: evidenceRecordLabel(e, i18n) }) : evidenceRecordLabel(e, i18n)));
    if (items.length > MAX_NAMED) labels.push(i18n.t(m.partners.more, { count: items.length - MAX_NAMED }));
    clauses.push(i18n.t(m.partners.clause[type]!, { records: i18n.list(labels), with: sharedWithLabel(items, i18n, institution) }));
  }
  const line = clauses.join("; ");
  return line.charAt(0).toUpperCase() + line.slice(1);
}
