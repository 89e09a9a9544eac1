/**
 * The columns of each kind of import, mirroring the edit forms' fields (both
 * languages' names and texts, kind, place, coordinates, identifiers, certainty)
 * plus what a spreadsheet needs instead of pickers: the source by its address,
 * and a meeting's organizations by name, website or ROR id. The templates
 * offered for download are written from these lists.
 */
import { MEETING_KINDS, ATTENDANCE_QUALIFIERS, ORGANIZATION_KINDS, type ImportKind, MEETING_ORGANIZATION_ROLES } from "@/lib/vocabulary";
import {
  codeOf,
  readChoice,
  readCountry,
  readDecimal,
  readMeetingCountry,
  readRorId,
  readState,
  readWebsite,
  readYesNo,
  type CellIssue,
  type CellReading,
} from "./values";

/** The cells of one row by column name, trimmed, empty ones left out. */
export type RowCells = ReadonlyMap<string, string>;

export interface ImportColumn {
  name: string;
  /** Must be in the header (a row may still leave it empty when it updates a record). */
  required?: boolean;
  /** The record field it fills; columns without one are read by the import itself (source, organizations). */
  field?: string;
  read?: (text: string, cells: RowCells) => CellReading<unknown>;
}

const countryOf = (cells: RowCells): string | null => {
  const text = cells.get("country");
  if (!text) return null;
  const reading = readCountry(text);
  return reading.ok ? reading.value : null;
};

const text = (name: string, field: string, required = false): ImportColumn => ({ name, field, required });
const coordinates: ImportColumn[] = [
  { name: "latitude", field: "latitude", read: readDecimal },
  { name: "longitude", field: "longitude", read: readDecimal },
];
const certainty: ImportColumn[] = [{ name: "uncertain", field: "uncertain", read: readYesNo }, text("uncertainty_note", "uncertaintyNote")];
const source: ImportColumn[] = [{ name: "source" }, { name: "source_locator" }];
const state: ImportColumn = { name: "state", field: "state", read: (value, cells) => readState(value, countryOf(cells)) };

/** The meeting roles an organization can be listed under, each a column of names. */
export const ROLE_COLUMNS: Readonly<Record<(typeof MEETING_ORGANIZATION_ROLES)[number], string>> = {
  host: "hosts",
  organizer: "organizers",
  participant: "participants",
};

export const IMPORT_COLUMNS: Readonly<Record<ImportKind, readonly ImportColumn[]>> = {
  organization: [
    text("name_en", "nameEn", true),
    text("name_es", "nameEs"),
    text("acronym_en", "acronymEn"),
    text("acronym_es", "acronymEs"),
    { name: "kind", field: "kind", required: true, read: (v) => readChoice(ORGANIZATION_KINDS, v) },
    { name: "country", field: "country", required: true, read: (v) => readCountry(v) },
    state,
    text("city", "city"),
    ...coordinates,
    { name: "website", field: "website", read: readWebsite },
    { name: "ror_id", field: "rorId", read: readRorId },
    text("description_en", "descriptionEn"),
    text("description_es", "descriptionEs"),
    ...certainty,
    ...source,
  ],
  meeting: [
    { name: "slug" },
    text("title_en", "titleEn", true),
    text("title_es", "titleEs"),
    { name: "kind", field: "kind", required: true, read: (v) => readChoice(MEETING_KINDS, v) },
    text("start_date", "startDate"),
    text("end_date", "endDate"),
    text("venue", "venue"),
    text("city", "city"),
    state,
    { name: "country", field: "country", read: readMeetingCountry },
    ...coordinates,
    { name: "attendance", field: "attendance" },
    { name: "attendance_qualifier", field: "attendanceQualifier", read: (v) => readChoice(ATTENDANCE_QUALIFIERS, v) },
    text("summary_en", "summaryEn"),
    text("summary_es", "summaryEs"),
    text("outcomes_en", "outcomesEn"),
    text("outcomes_es", "outcomesEs"),
    { name: ROLE_COLUMNS.host },
    { name: ROLE_COLUMNS.organizer },
    { name: ROLE_COLUMNS.participant },
    ...certainty,
    ...source,
  ],
};

export interface HeaderReading {
  /** Column name → its position in the file. */
  positions: Map<string, number>;
  missing: string[];
  /** Header cells that name no column of this import, as written. */
  unknown: string[];
  duplicated: string[];
}

/** Matches the file's header to the import's columns ("Name EN", "name-en" and "name_en" are the same column). */
export function readHeader(kind: ImportKind, header: readonly string[]): HeaderReading {
  const known = new Set(IMPORT_COLUMNS[kind].map((c) => c.name));
  const positions = new Map<string, number>();
  const unknown: string[] = [];
  const duplicated = new Set<string>();
  header.forEach((cell, index) => {
    const name = codeOf(cell);
    if (!known.has(name)) {
      if (cell.trim() !== "") unknown.push(cell.trim());
      return;
    }
    if (positions.has(name)) duplicated.add(name);
    else positions.set(name, index);
  });
  const missing = IMPORT_COLUMNS[kind].filter((c) => c.required && !positions.has(c.name)).map((c) => c.name);
  return { positions, missing, unknown, duplicated: [...duplicated] };
}

/** The non-empty cells of a record, by column name. */
export function cellsOf(positions: ReadonlyMap<string, number>, cells: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  for (const [name, index] of positions) {
    const value = (cells[index] ?? "").trim();
    if (value !== "") result.set(name, value);
  }
  return result;
}

export interface RowIssue {
  /** The column the problem is in, or null for the row as a whole. */
  column: string | null;
  issue: CellIssue | ImportIssue;
}

/** Problems the import finds beyond a single cell's reading. */
export type ImportIssue =
  | { code: "invalid"; message: string }
  | { code: "extra_cells"; count: number; columns: number }
  | { code: "unknown_source"; value: string }
  | { code: "no_source" }
  | { code: "unknown_organization"; value: string }
  | { code: "ambiguous_organization"; value: string; names: string }
  | { code: "ambiguous_match"; by: string; names: string }
  | { code: "ror_conflict"; name: string; rorId: string }
  | { code: "duplicate_row"; row: number }
  | { code: "not_allowed_create" }
  | { code: "not_allowed_update"; name: string };

/**
 * The record fields a row fills: a value for each non-empty cell of a column
 * with a field (undefined fields keep the record's value on update).
 */
export function readFields(kind: ImportKind, cells: RowCells): { values: Record<string, unknown>; issues: RowIssue[] } {
  const values: Record<string, unknown> = {};
  const issues: RowIssue[] = [];
  for (const column of IMPORT_COLUMNS[kind]) {
    const value = cells.get(column.name);
    if (!column.field || value === undefined) continue;
    if (!column.read) {
      values[column.field] = value;
      continue;
    }
    const reading = column.read(value, cells);
    if (reading.ok) values[column.field] = reading.value;
    else issues.push({ column: column.name, issue: reading.issue });
  }
  return { values, issues };
}

/** The column a schema error belongs to ("fields.nameEn" → "name_en", "links.citations.0.sourceId" → "source"). */
export function columnOfPath(kind: ImportKind, path: string): string | null {
  const [head, name] = path.split(".");
  if (head === "fields") return IMPORT_COLUMNS[kind].find((c) => c.field === name)?.name ?? null;
  if (head === "links" && name === "citations") return "source";
  if (head === "links" && name === "organizations") return ROLE_COLUMNS.participant;
  if (head === "slug") return kind === "meeting" ? "slug" : null;
  return null;
}

// ---------------------------------------------------------------- templates

/**
 * Example rows for the templates, from the forum's own records and their
 * sources (the University of Arizona and the June 2014 working group in Tucson),
 * so a template uploaded unchanged updates nothing it should not.
 */
const EXAMPLES: Readonly<Record<ImportKind, Record<string, string>>> = {
  organization: {
    name_en: "University of Arizona",
    name_es: "Universidad de Arizona",
    acronym_en: "UA",
    kind: "university",
    country: "US",
    state: "US-AZ",
    city: "Tucson",
    latitude: "32.22174",
    longitude: "-110.92648",
    description_en: "Hosted the sixth working-group meeting of the Bilateral Forum in Tucson on June 9–10, 2014.",
    description_es: "Sede de la sexta reunión de grupo de trabajo del Foro Bilateral, en Tucson, el 9 y 10 de junio de 2014.",
    uncertain: "no",
    source: "uanews-2014-06-11-meeting-at-ua",
  },
  meeting: {
    slug: "2014-06-09-working-group-tucson",
    title_en: "Sixth working-group meeting: joint research and innovation",
    title_es: "Sexta reunión de grupo de trabajo: investigación conjunta e innovación",
    kind: "working_group",
    start_date: "2014-06-09",
    end_date: "2014-06-10",
    city: "Tucson",
    state: "US-AZ",
    country: "US",
    attendance: "90",
    attendance_qualifier: "more_than",
    hosts: "University of Arizona",
    uncertain: "no",
    source: "sre-2014-06-16-working-group-arizona",
  },
};

function csvCell(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The template file: UTF-8 with a byte-order mark (so Excel shows accents), CRLF, the header and one example row. */
export function templateCsv(kind: ImportKind): string {
  const names = IMPORT_COLUMNS[kind].map((c) => c.name);
  const example = names.map((name) => csvCell(EXAMPLES[kind][name] ?? ""));
  return `\uFEFF${names.join(",")}\r\n${example.join(",")}\r\n`;
}
