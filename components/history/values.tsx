/**
 * Values of a record as history shows them: dates and choices in words,
 * booleans as Yes/No, ids as the name of the record they point to (linked when
 * it has a public page; "a private person" when the reader may not see it).
 */
import Link from "next/link";
import type { ReactNode } from "react";
import type { ReferenceLabels } from "@/db/queries/history";
import { getState } from "@/lib/geo";
import { linkColumns, referenceTarget, type LinkRow, type RecordKind } from "@/lib/history/diff";
import type { I18n } from "@/lib/i18n/server";
import { isEditableKind, routes } from "@/lib/routes";

const DATE_FIELDS: ReadonlySet<string> = new Set(["announcedOn", "startDate", "endDate", "signedOn", "publishedOn"]);
/** Columns that qualify a link ("Participant — CONACYT"); shown before the record they qualify. */
const QUALIFIERS: ReadonlySet<string> = new Set(["role", "relation"]);

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** The words for a coded value, when the field has a vocabulary. */
function vocabularyOf(kind: RecordKind, linkSet: string | null, field: string, i18n: I18n): Record<string, string> | null {
  const { vocabulary } = i18n.m;
  switch (field) {
    case "kind":
      if (kind === "organization") return vocabulary.organizationKind;
      if (kind === "program") return vocabulary.programKind;
      if (kind === "meeting") return vocabulary.meetingKind;
      if (kind === "agreement") return vocabulary.agreementKind;
      if (kind === "source") return vocabulary.sourceKind;
      return null;
    case "status":
      return vocabulary.programStatus;
    case "country":
      return i18n.m.country;
    case "role":
      if (kind === "program") return vocabulary.programRole;
      if (kind === "meeting" && linkSet === "organizations") return vocabulary.meetingOrganizationRole;
      if (kind === "meeting" && linkSet === "people") return vocabulary.meetingPersonRole;
      return null;
    case "relation":
      return vocabulary.meetingProgramRelation;
    case "attendanceQualifier":
      return i18n.m.history.attendanceQualifier;
    case "language":
      return i18n.m.common.languageName;
    default:
      // nameEsStatus, descriptionEnStatus…: a translation status.
      return /(En|Es)Status$/.test(field) ? i18n.m.translation.status : null;
  }
}

export function ReferenceName({ target, id, labels, i18n }: { target: RecordKind; id: number; labels: ReferenceLabels; i18n: I18n }) {
  const label = labels[target]?.[id];
  if (!label) return <span className="italic text-muted">{i18n.m.history.missingRecord}</span>;
  if (label.hidden || !label.name) return <span className="italic text-muted">{i18n.m.history.privatePerson}</span>;
  const name = i18n.name(label.name);
  const acronym = label.acronym ? i18n.name(label.acronym) : "";
  const text = acronym && acronym !== name && !name.includes(`(${acronym})`) ? `${name} (${acronym})` : name;
  if (label.slug && isEditableKind(target)) return <Link href={routes.record(i18n.locale, target, label.slug)}>{text}</Link>;
  return <span>{text}</span>;
}

export function FieldValue({
  kind,
  linkSet = null,
  field,
  value,
  labels,
  i18n,
}: {
  kind: RecordKind;
  linkSet?: string | null;
  field: string;
  value: unknown;
  labels: ReferenceLabels;
  i18n: I18n;
}): ReactNode {
  const { m } = i18n;
  if (isBlank(value)) return <span className="text-muted">{m.history.empty}</span>;
  if (typeof value === "boolean") return value ? m.history.yes : m.history.no;
  const target = referenceTarget(kind, field);
  if (target && typeof value === "number") return <ReferenceName target={target} id={value} labels={labels} i18n={i18n} />;
  if (typeof value === "number") return i18n.number(value);
  if (typeof value !== "string") return JSON.stringify(value);
  if (DATE_FIELDS.has(field)) return i18n.date(value);
  if (field === "state") {
    const state = getState(value);
    return state ? (i18n.locale === "en" ? state.nameEn : state.nameEs) : value;
  }
  const words = vocabularyOf(kind, linkSet, field, i18n);
  return <span className="whitespace-pre-line">{words?.[value] ?? value}</span>;
}

/**
 * One link row in a sentence: its qualifier, the record it points to, then its
 * other filled-in columns, e.g. "Participant — CONACYT (Source: …)".
 */
export function LinkRowText({
  kind,
  linkSet,
  row,
  labels,
  i18n,
}: {
  kind: RecordKind;
  linkSet: string;
  row: LinkRow;
  labels: ReferenceLabels;
  i18n: I18n;
}) {
  const columns = linkColumns(kind, linkSet);
  const qualifier = columns.find((c) => QUALIFIERS.has(c) && !isBlank(row[c]));
  const primary = columns.find((c) => !QUALIFIERS.has(c));
  const extras = columns.filter((c) => c !== qualifier && c !== primary && !isBlank(row[c]) && row[c] !== false);
  const value = (field: string) => (
    <FieldValue kind={kind} linkSet={linkSet} field={field} value={row[field]} labels={labels} i18n={i18n} />
  );
  return (
    <span>
      {qualifier && (
        <>
          {value(qualifier)}
          {" — "}
        </>
      )}
      {primary && value(primary)}
      {extras.length > 0 && (
        <span className="text-muted">
          {" ("}
          {extras.map((field, i) => (
            <span key={field}>
              {i > 0 && "; "}
              {i18n.m.history.fields[field] ?? field}: {value(field)}
            </span>
          ))}
          {")"}
        </span>
      )}
    </span>
  );
}
