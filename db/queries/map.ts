/**
 * Organizations and meetings placed by their coordinates, grouped into markers.
 *
 * Filters are the list pages' own (organizationConditions, meetingConditions), so
 * the map and the lists never disagree. Grouping happens in two steps: SQLite
 * folds rows into fine cells (0.01°, about a kilometre: "the same place"), then
 * cells merge into coarser ones until the markers fit on one map. On 100,000
 * organizations that is one indexed scan per kind and a few thousand cells in
 * memory, whatever the filters.
 */
import { and, asc, count, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { meetings, organizations, programs } from "@/db/schema";
import type { Country, OrganizationKind } from "@/lib/vocabulary";
import { meetingConditions } from "./meetings";
import { organizationConditions } from "./organizations";
import { bilingual, type Bilingual } from "./shared";

export const MAP_KINDS = ["organization", "meeting"] as const;
export type MapKind = (typeof MAP_KINDS)[number];

export interface MapFilters {
  kind?: MapKind;
  country?: Country;
  /** ISO 3166-2 code. */
  state?: string;
  /** Kind of organization; meetings have none, so it leaves only organizations. */
  orgKind?: OrganizationKind;
  /** Topic slug. */
  topic?: string;
  /** Program slug. */
  program?: string;
  year?: number;
}

export interface MapRecord {
  kind: MapKind;
  slug: string;
  name: Bilingual;
}

export interface MapMarker {
  /** Stable within one grid: kind, grid size and cell. */
  key: string;
  kind: MapKind;
  /** Mean position of the records in the marker. */
  latitude: number;
  longitude: number;
  count: number;
  /** A city and state of the records, to name the place. */
  city: string | null;
  state: string | null;
  /** The records, by name, when the map lists them (see MAX_LISTED_RECORDS); the only one when count is 1. */
  records: MapRecord[];
}

export interface MapResult {
  markers: MapMarker[];
  /** Grid cell size in degrees the markers were grouped by. */
  gridDegrees: number;
  placed: Record<MapKind, number>;
  /** Records the filters match that have no coordinates: the map is not the whole directory. */
  unplaced: Record<MapKind, number>;
  /** False when there are too many records to name each one beside the map. */
  recordsListed: boolean;
}

/** At most this many markers per kind: beyond it cells merge into coarser ones. */
export const MAX_MARKERS = 250;
/** Up to this many placed records, each is named in its marker and in the list. */
export const MAX_LISTED_RECORDS = 400;

/** Cell sizes tried in turn, in hundredths of a degree: 0.01°, 0.25°, 1°, 3°, 10°. */
const GRID_STEPS = [1, 25, 100, 300, 1000];

// Coordinates are shifted to positive numbers so truncating is flooring, in
// SQLite's CAST and in Math.trunc alike.
const SHIFT = 100_000;

export function fineCell(degrees: number): number {
  return Math.trunc(degrees * 100 + SHIFT);
}

interface Cell {
  kind: MapKind;
  y: number;
  x: number;
  n: number;
  sumLat: number;
  sumLng: number;
  city: string | null;
  state: string | null;
  slug: string;
  nameEn: string;
  nameEs: string | null;
}

type Source = {
  kind: MapKind;
  table: typeof organizations | typeof meetings;
  where: SQL | undefined;
  nameEn: typeof organizations.nameEn | typeof meetings.titleEn;
  nameEs: typeof organizations.nameEs | typeof meetings.titleEs;
};

/** Where each kind of record comes from under these filters, or nothing when a filter rules the kind out. */
function sourcesFor(f: MapFilters): Source[] {
  const result: Source[] = [];
  if (f.kind !== "meeting") {
    result.push({
      kind: "organization",
      table: organizations,
      where: organizationConditions({
        country: f.country,
        state: f.state,
        kind: f.orgKind,
        topic: f.topic,
        program: f.program,
        year: f.year,
      }),
      nameEn: organizations.nameEn,
      nameEs: organizations.nameEs,
    });
  }
  // Meetings happen in one country and have no kind of organization.
  if (f.kind !== "organization" && !f.orgKind && f.country !== "US-MX") {
    result.push({
      kind: "meeting",
      table: meetings,
      where: meetingConditions({
        country: f.country as "US" | "MX" | undefined,
        state: f.state,
        topic: f.topic,
        program: f.program,
        year: f.year,
      }),
      nameEn: meetings.titleEn,
      nameEs: meetings.titleEs,
    });
  }
  return result;
}

function readCells(s: Source): Cell[] {
  const t = s.table;
  const y = sql<number>`CAST(${t.latitude} * 100 + ${sql.raw(String(SHIFT))} AS INTEGER)`;
  const x = sql<number>`CAST(${t.longitude} * 100 + ${sql.raw(String(SHIFT))} AS INTEGER)`;
  return getDb()
    .select({
      y,
      x,
      n: count(),
      sumLat: sql<number>`sum(${t.latitude})`,
      sumLng: sql<number>`sum(${t.longitude})`,
      city: sql<string | null>`max(${t.city})`,
      state: sql<string | null>`max(${t.state})`,
      // Only read when the cell holds one record, so the min of each is that record's.
      slug: sql<string>`min(${t.slug})`,
      nameEn: sql<string>`min(${s.nameEn})`,
      nameEs: sql<string | null>`min(${s.nameEs})`,
    })
    .from(t)
    .where(and(s.where, isNotNull(t.latitude)))
    .groupBy(y, x)
    .all()
    .map((c) => ({ ...c, kind: s.kind }));
}

function countUnplaced(s: Source): number {
  return (
    getDb()
      .select({ n: count() })
      .from(s.table)
      .where(and(s.where, isNull(s.table.latitude)))
      .get()?.n ?? 0
  );
}

function mergeCells(cells: Cell[], step: number): Map<string, Cell> {
  const merged = new Map<string, Cell>();
  for (const c of cells) {
    const key = `${c.kind}:${step}:${Math.floor(c.y / step)}:${Math.floor(c.x / step)}`;
    const m = merged.get(key);
    if (!m) merged.set(key, { ...c });
    else {
      m.n += c.n;
      m.sumLat += c.sumLat;
      m.sumLng += c.sumLng;
      m.city ??= c.city;
      m.state ??= c.state;
    }
  }
  return merged;
}

/** The marker key a record at this point has on the grid of `gridDegrees`. */
export function markerKeyOf(kind: MapKind, latitude: number, longitude: number, gridDegrees: number): string {
  const step = Math.round(gridDegrees * 100);
  return `${kind}:${step}:${Math.floor(fineCell(latitude) / step)}:${Math.floor(fineCell(longitude) / step)}`;
}

export function listMapMarkers(filters: MapFilters): MapResult {
  const sources = sourcesFor(filters);
  const placed: Record<MapKind, number> = { organization: 0, meeting: 0 };
  const unplaced: Record<MapKind, number> = { organization: 0, meeting: 0 };
  const cellsByKind = new Map<MapKind, Cell[]>();
  for (const s of sources) {
    const cells = readCells(s);
    cellsByKind.set(s.kind, cells);
    placed[s.kind] = cells.reduce((n, c) => n + c.n, 0);
    unplaced[s.kind] = countUnplaced(s);
  }

  // One grid for both kinds, so an organization and a meeting in one city stay side by side.
  let step = GRID_STEPS[0]!;
  let groups = new Map<string, Cell>();
  for (step of GRID_STEPS) {
    groups = new Map();
    let fits = true;
    for (const cells of cellsByKind.values()) {
      const merged = mergeCells(cells, step);
      if (merged.size > MAX_MARKERS) fits = false;
      for (const [k, v] of merged) groups.set(k, v);
    }
    if (fits) break;
  }
  const gridDegrees = step / 100;

  const markers = new Map<string, MapMarker>();
  for (const [key, c] of groups) {
    markers.set(key, {
      key,
      kind: c.kind,
      latitude: c.sumLat / c.n,
      longitude: c.sumLng / c.n,
      count: c.n,
      city: c.city,
      state: c.state,
      records: c.n === 1 ? [{ kind: c.kind, slug: c.slug, name: bilingual(c.nameEn, c.nameEs) }] : [],
    });
  }

  const recordsListed = placed.organization + placed.meeting <= MAX_LISTED_RECORDS;
  if (recordsListed) {
    for (const s of sources) {
      const rows = getDb()
        .select({ slug: s.table.slug, nameEn: s.nameEn, nameEs: s.nameEs, latitude: s.table.latitude, longitude: s.table.longitude })
        .from(s.table)
        .where(and(s.where, isNotNull(s.table.latitude)))
        .orderBy(sql`${s.nameEn} COLLATE NOCASE`)
        .all();
      for (const r of rows) {
        const marker = markers.get(markerKeyOf(s.kind, r.latitude!, r.longitude!, gridDegrees));
        if (marker && marker.count > 1) marker.records.push({ kind: s.kind, slug: r.slug, name: bilingual(r.nameEn, r.nameEs) });
      }
    }
  }

  return {
    markers: [...markers.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    gridDegrees,
    placed,
    unplaced,
    recordsListed,
  };
}

export interface FocusedRecord extends MapRecord {
  latitude: number | null;
  longitude: number | null;
}

/** The record a "Show on map" link points at, with its coordinates (null when not placed). */
export function getMapRecord(kind: MapKind, slug: string): FocusedRecord | null {
  const t = kind === "organization" ? organizations : meetings;
  const nameEn = kind === "organization" ? organizations.nameEn : meetings.titleEn;
  const nameEs = kind === "organization" ? organizations.nameEs : meetings.titleEs;
  const row = getDb()
    .select({ slug: t.slug, nameEn, nameEs, latitude: t.latitude, longitude: t.longitude })
    .from(t)
    .where(and(eq(t.slug, slug), isNull(t.archivedAt)))
    .get();
  return row ? { kind, slug: row.slug, name: bilingual(row.nameEn, row.nameEs), latitude: row.latitude, longitude: row.longitude } : null;
}

/** Programs for the map's program filter, by name. */
export function listProgramChoices(): { slug: string; name: Bilingual }[] {
  return getDb()
    .select({ slug: programs.slug, nameEn: programs.nameEn, nameEs: programs.nameEs })
    .from(programs)
    .where(isNull(programs.archivedAt))
    .orderBy(asc(sql`${programs.nameEn} COLLATE NOCASE`))
    .limit(500)
    .all()
    .map((p) => ({ slug: p.slug, name: bilingual(p.nameEn, p.nameEs) }));
}
