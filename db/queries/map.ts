/**
 * Organizations and meetings placed by their coordinates, grouped into markers.
 *
 * Filters are the list pages' own (organizationConditions, meetingConditions), so
 * the map and the lists never disagree. One scan per kind reads ids and
 * coordinates only; records then group on the finest grid (0.01°, about a
 * kilometre: "the same place", up to 10°) on which each kind fits in
 * MAX_MARKERS, and only the markers' first records are read by id for names.
 * 100,000 synthetic organizations: about 300 ms of CPU, whatever the filters.
 */
import { and, asc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
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
export const MAX_MARKERS = 150;
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

interface Points {
  ids: number[];
  latitudes: number[];
  longitudes: number[];
  unplaced: number;
}

/**
 * Ids and coordinates of every record the filters match, as plain arrays: one
 * scan, no text read, no row objects built (100,000 organizations in ~100 ms).
 */
function readPoints(s: Source): Points {
  const rows = getDb()
    .select({ id: s.table.id, latitude: s.table.latitude, longitude: s.table.longitude })
    .from(s.table)
    .where(s.where)
    .values() as [number, number | null, number | null][];
  const points: Points = { ids: [], latitudes: [], longitudes: [], unplaced: 0 };
  for (const [id, latitude, longitude] of rows) {
    if (latitude === null || longitude === null) points.unplaced++;
    else {
      points.ids.push(id);
      points.latitudes.push(latitude);
      points.longitudes.push(longitude);
    }
  }
  return points;
}

const cellOf = (latitude: number, longitude: number, step: number) =>
  [Math.floor(fineCell(latitude) / step), Math.floor(fineCell(longitude) / step)] as const;

function distinctCells(points: Points, step: number): number {
  const seen = new Set<number>();
  for (let i = 0; i < points.ids.length; i++) {
    const [y, x] = cellOf(points.latitudes[i]!, points.longitudes[i]!, step);
    seen.add(y * 1_000_000 + x);
  }
  return seen.size;
}

interface Group {
  key: string;
  n: number;
  sumLat: number;
  sumLng: number;
  /** The first record of the group: it names the place, and the marker when alone. */
  firstId: number;
}

function groupPoints(kind: MapKind, points: Points, step: number): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (let i = 0; i < points.ids.length; i++) {
    const latitude = points.latitudes[i]!;
    const longitude = points.longitudes[i]!;
    const [y, x] = cellOf(latitude, longitude, step);
    const key = `${kind}:${step}:${y}:${x}`;
    const group = groups.get(key);
    if (group) {
      group.n++;
      group.sumLat += latitude;
      group.sumLng += longitude;
    } else groups.set(key, { key, n: 1, sumLat: latitude, sumLng: longitude, firstId: points.ids[i]! });
  }
  return groups;
}

interface RecordRow {
  id: number;
  slug: string;
  nameEn: string;
  nameEs: string | null;
  city: string | null;
  state: string | null;
  latitude: number | null;
  longitude: number | null;
}

function readRecords(s: Source, ids: number[]): RecordRow[] {
  const rows: RecordRow[] = [];
  // In slices: SQLite limits the parameters of one statement.
  for (let i = 0; i < ids.length; i += 500) {
    const slice = ids.slice(i, i + 500);
    rows.push(
      ...getDb()
        .select({
          id: s.table.id,
          slug: s.table.slug,
          nameEn: s.nameEn,
          nameEs: s.nameEs,
          city: s.table.city,
          state: s.table.state,
          latitude: s.table.latitude,
          longitude: s.table.longitude,
        })
        .from(s.table)
        .where(inArray(s.table.id, slice))
        .all(),
    );
  }
  return rows;
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
  const points = sources.map((s) => readPoints(s));
  sources.forEach((s, i) => {
    placed[s.kind] = points[i]!.ids.length;
    unplaced[s.kind] = points[i]!.unplaced;
  });

  // The finest grid on which each kind fits in MAX_MARKERS; one grid for both
  // kinds, so an organization and a meeting in one city stay side by side.
  // Counted from the coarsest grid down, stopping at the first that does not fit:
  // distinct fine cells of 100,000 records are the costly count, and rarely needed.
  let step = GRID_STEPS.at(-1)!;
  for (const g of [...GRID_STEPS].reverse()) {
    if (!points.every((p) => distinctCells(p, g) <= MAX_MARKERS)) break;
    step = g;
  }
  const gridDegrees = step / 100;
  const recordsListed = placed.organization + placed.meeting <= MAX_LISTED_RECORDS;

  const markers: MapMarker[] = [];
  sources.forEach((s, i) => {
    const groups = [...groupPoints(s.kind, points[i]!, step).values()];
    // Names for the markers' first records, or for every record when the map lists them all.
    const rows = readRecords(s, recordsListed ? points[i]!.ids : groups.map((g) => g.firstId));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const byMarker = new Map<string, MapRecord[]>();
    if (recordsListed) {
      rows.sort((a, b) => a.nameEn.localeCompare(b.nameEn, "en", { sensitivity: "base" }));
      for (const r of rows) {
        const key = markerKeyOf(s.kind, r.latitude!, r.longitude!, gridDegrees);
        byMarker.set(key, [...(byMarker.get(key) ?? []), { kind: s.kind, slug: r.slug, name: bilingual(r.nameEn, r.nameEs) }]);
      }
    }
    for (const g of groups) {
      const first = byId.get(g.firstId);
      markers.push({
        key: g.key,
        kind: s.kind,
        latitude: g.sumLat / g.n,
        longitude: g.sumLng / g.n,
        count: g.n,
        city: first?.city ?? null,
        state: first?.state ?? null,
        records:
          byMarker.get(g.key) ??
          (g.n === 1 && first ? [{ kind: s.kind, slug: first.slug, name: bilingual(first.nameEn, first.nameEs) }] : []),
      });
    }
  });

  return {
    markers: markers.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
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
