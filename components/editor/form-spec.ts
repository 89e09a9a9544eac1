/**
 * How each kind of record is laid out in its edit form. The names match the
 * schemas in lib/validation/records.ts ("fields.x", "links.set.N.y"), which
 * stay the single truth for what is valid.
 */
import type { RecordKind } from "@/db/schema";
import type { Messages } from "@/lib/i18n";
import { STATES } from "@/lib/geo";
import {
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
  statusColumn,
  TRANSLATED_FIELDS,
  TRANSLATION_STATUSES,
} from "@/lib/vocabulary";
import { formatMessage } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export interface Option {
  value: string;
  label: string;
}

export type FieldSpec = { name: string; label: string; required?: boolean; hint?: string; lang?: "en" | "es"; wide?: boolean } & (
  | { type: "text" | "textarea" | "date" | "url" | "number" }
  | { type: "select"; options: Option[]; emptyLabel?: string }
  | { type: "checkbox" }
  | { type: "record"; kind: RecordKind }
);

/**
 * A field kept in both languages (nameEn + nameEs), edited side by side: English and
 * Spanish in two labelled columns on wide screens, stacked on phones, each with its
 * translation status when the field has one (TRANSLATED_FIELDS).
 */
export interface TranslatedFieldSpec {
  type: "translated";
  /** The field without its language: "description". */
  name: string;
  label: string;
  columns: { language: "en" | "es"; heading: string; field: FieldSpec; status: FieldSpec | null }[];
}

export type FormItem = FieldSpec | TranslatedFieldSpec;

/** Every input of the form's fields, translated pairs opened up (for conflicts, for prefilling). */
export function flatFields(items: readonly FormItem[]): FieldSpec[] {
  return items.flatMap((item) =>
    item.type === "translated" ? item.columns.flatMap((c) => (c.status ? [c.field, c.status] : [c.field])) : [item],
  );
}

export interface LinkSetSpec {
  name: string;
  label: string;
  columns: FieldSpec[];
}

export interface FormSpec {
  kind: RecordKind;
  fields: FormItem[];
  links: LinkSetSpec[];
}

/** Pairs each xEn field with its xEs field, at the English one's place, with the status selects of translated fields. */
function pairLanguages(kind: RecordKind, fields: FieldSpec[], m: Messages): FormItem[] {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const tracked = new Set<string>(TRANSLATED_FIELDS[kind]);
  const statusOptions = TRANSLATION_STATUSES.map((value) => ({ value, label: m.translation.status[value] ?? value }));
  const items: FormItem[] = [];
  for (const field of fields) {
    const base = field.name.endsWith("En") ? field.name.slice(0, -2) : null;
    if (field.name.endsWith("Es") && byName.has(`${field.name.slice(0, -2)}En`)) continue; // placed with its English half
    const spanish = base ? byName.get(`${base}Es`) : undefined;
    if (!base || !spanish) {
      items.push(field);
      continue;
    }
    const column = (language: "en" | "es", input: FieldSpec) => ({
      language,
      heading: m.translation.inLanguage[language],
      field: { ...input, lang: language },
      status: tracked.has(base)
        ? ({
            name: statusColumn(base, language),
            label: formatMessage(m.translation.statusOf, { language: m.common.languageName[language] }, "en"),
            type: "select",
            options: statusOptions,
            emptyLabel: m.translation.notSet,
          } as FieldSpec)
        : null,
    });
    items.push({
      type: "translated",
      name: base,
      label: m.translation.fieldNames[base] ?? m.editor.fields[base] ?? base,
      columns: [column("en", field), column("es", spanish)],
    });
  }
  return items;
}

export function buildFormSpec(kind: RecordKind, m: Messages, locale: Locale = "en"): FormSpec {
  const spec = buildFlatFormSpec(kind, m, locale);
  return { ...spec, fields: pairLanguages(kind, spec.fields as FieldSpec[], m) };
}

function buildFlatFormSpec(kind: RecordKind, m: Messages, locale: Locale): FormSpec {
  const f = m.editor.fields;
  const v = m.vocabulary;
  const options = <T extends string>(values: readonly T[], labels: Record<string, string>): Option[] =>
    values.map((value) => ({ value, label: labels[value] ?? value }));
  const text = (name: string, extra: Partial<FieldSpec> = {}): FieldSpec =>
    ({ name, label: f[name] ?? name, type: "text", ...extra }) as FieldSpec;
  const area = (name: string, lang?: "en" | "es"): FieldSpec => ({ name, label: f[name] ?? name, type: "textarea", lang, wide: false });
  const date = (name: string): FieldSpec => ({ name, label: f[name] ?? name, type: "date", hint: m.editor.dateHint });
  const select = (name: string, opts: Option[], required = false): FieldSpec => ({
    name,
    label: f[name] ?? name,
    type: "select",
    options: opts,
    required,
  });
  const record = (name: string, target: RecordKind, required = false): FieldSpec => ({
    name,
    label: f[name] ?? name,
    type: "record",
    kind: target,
    required,
  });
  // Text, not number inputs: a number input steps by 1 and the browser would refuse 32.22174.
  const coordinates: FieldSpec[] = [
    { name: "latitude", label: m.map.editor.latitude, type: "text", hint: m.map.editor.coordinatesHint },
    { name: "longitude", label: m.map.editor.longitude, type: "text" },
  ];
  const states = STATES.map((s) => ({
    value: s.code,
    label: `${locale === "es" ? s.nameEs : s.nameEn} (${m.countryShort[s.country] ?? s.country})`,
  }));
  const certainty: FieldSpec[] = [
    { name: "uncertain", label: f.uncertain!, type: "checkbox" },
    { name: "uncertaintyNote", label: f.uncertaintyNote!, type: "text" },
  ];
  const evidence: FieldSpec[] = [
    record("sourceId", "source"),
    { name: "uncertain", label: m.editor.uncertainLink, type: "checkbox" },
    { name: "uncertaintyNote", label: m.editor.uncertaintyNote, type: "text" },
  ];
  const citations: LinkSetSpec = {
    name: "citations",
    label: m.editor.links.citations!,
    columns: [record("sourceId", "source", true), text("locator")],
  };
  const alternateNames: LinkSetSpec = {
    name: "alternateNames",
    label: m.editor.links.alternateNames!,
    columns: [text("name", { required: true }), select("language", options(LANGUAGES, m.editor.language), true), ...evidence],
  };

  switch (kind) {
    case "organization":
      return {
        kind,
        fields: [
          text("nameEn", { required: true, lang: "en" }),
          text("nameEs", { lang: "es" }),
          text("acronymEn", { lang: "en" }),
          text("acronymEs", { lang: "es" }),
          select("kind", options(ORGANIZATION_KINDS, v.organizationKind), true),
          select("country", options(COUNTRIES, m.country), true),
          select("state", states),
          text("city"),
          ...coordinates,
          { name: "website", label: f.website!, type: "url" },
          text("rorId", { hint: m.editor.rorHint }),
          record("parentId", "organization"),
          area("descriptionEn", "en"),
          area("descriptionEs", "es"),
          ...certainty,
        ],
        links: [alternateNames, citations],
      };
    case "program":
      return {
        kind,
        fields: [
          text("nameEn", { required: true, lang: "en" }),
          text("nameEs", { lang: "es" }),
          text("acronym"),
          select("kind", options(PROGRAM_KINDS, v.programKind), true),
          select("status", options(PROGRAM_STATUSES, v.programStatus), true),
          date("announcedOn"),
          date("startDate"),
          date("endDate"),
          { name: "website", label: f.website!, type: "url" },
          record("parentId", "program"),
          area("descriptionEn", "en"),
          area("descriptionEs", "es"),
          ...certainty,
        ],
        links: [
          {
            name: "organizations",
            label: m.editor.links.organizations!,
            columns: [
              record("organizationId", "organization", true),
              select("role", options(PROGRAM_ORGANIZATION_ROLES, v.programRole), true),
              text("noteEn"),
              ...evidence,
            ],
          },
          { name: "topics", label: m.editor.links.topics!, columns: [record("topicId", "topic", true), ...evidence] },
          alternateNames,
          citations,
        ],
      };
    case "meeting":
      return {
        kind,
        fields: [
          text("titleEn", { required: true, lang: "en" }),
          text("titleEs", { lang: "es" }),
          select("kind", options(MEETING_KINDS, v.meetingKind), true),
          date("startDate"),
          date("endDate"),
          text("venue"),
          text("city"),
          select("state", states),
          select("country", options(MEETING_COUNTRIES, m.country)),
          ...coordinates,
          record("seriesId", "meeting_series"),
          { name: "seriesNumber", label: f.seriesNumber!, type: "number" },
          { name: "attendance", label: f.attendance!, type: "number" },
          select("attendanceQualifier", options(ATTENDANCE_QUALIFIERS, m.editor.attendanceQualifier)),
          area("summaryEn", "en"),
          area("summaryEs", "es"),
          area("outcomesEn", "en"),
          area("outcomesEs", "es"),
          ...certainty,
        ],
        links: [
          {
            name: "organizations",
            label: m.editor.links.organizations!,
            columns: [
              record("organizationId", "organization", true),
              select("role", options(MEETING_ORGANIZATION_ROLES, v.meetingOrganizationRole), true),
              ...evidence,
            ],
          },
          {
            name: "people",
            label: m.editor.links.people!,
            columns: [
              record("personId", "person", true),
              select("role", options(MEETING_PERSON_ROLES, v.meetingPersonRole), true),
              record("organizationId", "organization"),
              ...evidence,
            ],
          },
          { name: "topics", label: m.editor.links.topics!, columns: [record("topicId", "topic", true), ...evidence] },
          {
            name: "programs",
            label: m.editor.links.programs!,
            columns: [
              record("programId", "program", true),
              select("relation", options(MEETING_PROGRAM_RELATIONS, v.meetingProgramRelation), true),
              ...evidence,
            ],
          },
          citations,
        ],
      };
    case "meeting_series":
      return {
        kind,
        fields: [
          text("nameEn", { required: true, lang: "en" }),
          text("nameEs", { lang: "es" }),
          record("programId", "program"),
          { name: "plannedCount", label: f.plannedCount!, type: "number" },
          area("descriptionEn", "en"),
          area("descriptionEs", "es"),
          ...certainty,
        ],
        links: [citations],
      };
    case "agreement":
      return {
        kind,
        fields: [
          text("titleEn", { required: true, lang: "en" }),
          text("titleEs", { lang: "es" }),
          select("kind", options(AGREEMENT_KINDS, v.agreementKind), true),
          date("signedOn"),
          record("meetingId", "meeting"),
          record("establishesProgramId", "program"),
          area("summaryEn", "en"),
          area("summaryEs", "es"),
          ...certainty,
        ],
        links: [
          { name: "parties", label: m.editor.links.parties!, columns: [record("organizationId", "organization", true), ...evidence] },
          {
            name: "signatories",
            label: m.editor.links.signatories!,
            columns: [record("personId", "person", true), record("organizationId", "organization"), ...evidence],
          },
          { name: "ledTo", label: m.editor.links.ledTo!, columns: [record("toAgreementId", "agreement", true), ...evidence] },
          citations,
        ],
      };
    case "person":
      return {
        kind,
        fields: [
          text("name", { required: true }),
          text("sortName", { required: true }),
          text("honorific"),
          { name: "isPublic", label: f.isPublic!, type: "checkbox" },
          area("bioEn", "en"),
          area("bioEs", "es"),
          ...certainty,
        ],
        links: [
          {
            name: "positions",
            label: m.editor.links.positions!,
            columns: [
              text("titleEn", { required: true }),
              text("titleEs"),
              record("organizationId", "organization"),
              date("startDate"),
              date("endDate"),
              ...evidence,
            ],
          },
          citations,
        ],
      };
    case "topic":
      return {
        kind,
        fields: [
          text("nameEn", { required: true, lang: "en" }),
          text("nameEs", { required: true, lang: "es" }),
          area("descriptionEn", "en"),
          area("descriptionEs", "es"),
          ...certainty,
        ],
        links: [citations],
      };
    case "source":
      return {
        kind,
        fields: [
          text("title", { required: true }),
          text("publisher"),
          select("kind", options(SOURCE_KINDS, v.sourceKind), true),
          date("publishedOn"),
          { name: "url", label: f.url!, type: "url" },
          select("language", options(LANGUAGES, m.editor.language)),
          text("archivedCopy"),
          area("noteEn", "en"),
          area("noteEs", "es"),
          ...certainty,
        ],
        links: [],
      };
  }
}
