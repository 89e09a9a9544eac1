/**
 * The collaboration network: organizations linked to the programs they take part
 * in and the meetings they hosted, organized or attended. Filters reuse the list
 * pages' own conditions (organizationConditions, programConditions,
 * meetingConditions), so "Mexico" or "astrophysics" means the same thing here as
 * on the lists.
 *
 * Only linked records are nodes: an organization with no program or meeting is not
 * part of any collaboration the sources record. The graph is capped (most
 * connected records first) so the browser never receives more than it can draw.
 */
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answerCache } from "@/db/answer-cache";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { meetingOrganizations, meetings, organizations, programOrganizations, programs } from "@/db/schema";
import { layoutNetwork } from "@/lib/network/layout";
import type { Country } from "@/lib/vocabulary";
import { meetingConditions } from "./meetings";
import { organizationConditions } from "./organizations";
import { programConditions } from "./programs";
import { bilingual, type Bilingual } from "./shared";
import type { RecordRef } from "@/lib/validation/record-ref";

export const NETWORK_KINDS = ["organization", "program", "meeting"] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

/** How an organization is linked: to a program (any role), or to a meeting by its strongest role there. */
export const NETWORK_RELATIONS = ["takes_part_in", "hosted", "organized", "attended"] as const;
export type NetworkRelation = (typeof NETWORK_RELATIONS)[number];

/** Enough for a page of a few thousand nodes to pan and zoom smoothly (measured in scripts/measure-network.ts). */
export const NETWORK_NODE_CAP = 3000;

export type NetworkFocus = RecordRef<NetworkKind>;

export interface NetworkFilters {
  topic?: string;
  country?: Country;
  year?: number;
  /** Show this record's neighbourhood (two hops) instead of the whole network. */
  focus?: NetworkFocus;
}

export interface NetworkNode {
  kind: NetworkKind;
  id: number;
  slug: string;
  name: Bilingual;
  /** Short name when there is one (acronym), for labels on the graph. */
  shortName: string | null;
  /** Organizations' country, meetings' country; programs have none. */
  country: string | null;
  /** Date of a meeting, start of a program. */
  date: string | null;
  /** Links in the network as shown (after the cap). */
  degree: number;
  /** Distance from the focused record (0 for itself), when there is one. */
  hop: number | null;
  x: number;
  y: number;
}

export interface NetworkEdge {
  /** Index of the organization in `nodes`. */
  source: number;
  /** Index of the program or meeting in `nodes`. */
  target: number;
  relation: NetworkRelation;
}

export interface NetworkGraph {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Before the cap. */
  totalNodes: number;
  totalEdges: number;
  capped: boolean;
  /** Index of the focused record in `nodes`. */
  focusIndex: number | null;
  /** Time spent querying and laying out, when this graph was computed (not when served from the cache). */
  buildMs: number;
}

/** A link as SQL returns it: organization id, program or meeting id, relation. */
interface RawEdge {
  organizationId: number;
  targetKind: "program" | "meeting";
  targetId: number;
  relation: NetworkRelation;
}

const MEETING_ROLE_RANK = sql<number>`MIN(CASE ${meetingOrganizations.role} WHEN 'host' THEN 0 WHEN 'organizer' THEN 1 ELSE 2 END)`;
const RELATION_BY_RANK: NetworkRelation[] = ["hosted", "organized", "attended"];

/** Ids as one JSON parameter: no limit on the number of bound variables, one prepared statement shape. */
function inIds(column: AnySQLiteColumn, ids: Iterable<number>): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${JSON.stringify([...ids])}))`;
}

/**
 * A program counts in a year when it ran then as far as its dates say: started by
 * the end of the year (or start unknown) and not ended before it.
 */
function programRanIn(year: number): SQL {
  const y = String(year);
  return sql`(${programs.startDate} IS NULL OR substr(${programs.startDate}, 1, 4) <= ${y})
    AND (${programs.endDate} IS NULL OR substr(${programs.endDate}, 1, 4) >= ${y})`;
}

interface EdgeRestriction {
  organizationIds?: Iterable<number>;
  programIds?: Iterable<number>;
  meetingIds?: Iterable<number>;
}

function selectEdges(filters: NetworkFilters, restrict: EdgeRestriction = {}): RawEdge[] {
  const db = getDb();
  const orgWhere = organizationConditions({ country: filters.country });
  // Grouped in primary-key order (target, organization), so SQLite reads the index without sorting.
  const result: RawEdge[] = [];
  const orgIds = restrict.organizationIds ? [...restrict.organizationIds] : undefined;
  // With a restriction on targets only, the other kind of target is left out.
  const wantPrograms = !restrict.meetingIds || restrict.programIds || orgIds;
  const wantMeetings = !restrict.programIds || restrict.meetingIds || orgIds;

  if (wantPrograms) {
    const rows = db
      .select({ o: programOrganizations.organizationId, t: programOrganizations.programId })
      .from(programOrganizations)
      .innerJoin(organizations, eq(organizations.id, programOrganizations.organizationId))
      .innerJoin(programs, eq(programs.id, programOrganizations.programId))
      .where(
        and(
          orgWhere,
          programConditions({ topic: filters.topic }),
          filters.year ? programRanIn(filters.year) : undefined,
          orgIds ? inIds(programOrganizations.organizationId, orgIds) : undefined,
          restrict.programIds && !orgIds ? inIds(programOrganizations.programId, restrict.programIds) : undefined,
        ),
      )
      .groupBy(programOrganizations.programId, programOrganizations.organizationId)
      .all();
    for (const r of rows) result.push({ organizationId: r.o, targetKind: "program", targetId: r.t, relation: "takes_part_in" });
  }
  if (wantMeetings) {
    const rows = db
      .select({ o: meetingOrganizations.organizationId, t: meetingOrganizations.meetingId, rank: MEETING_ROLE_RANK })
      .from(meetingOrganizations)
      .innerJoin(organizations, eq(organizations.id, meetingOrganizations.organizationId))
      .innerJoin(meetings, eq(meetings.id, meetingOrganizations.meetingId))
      .where(
        and(
          orgWhere,
          meetingConditions({ topic: filters.topic, year: filters.year }),
          orgIds ? inIds(meetingOrganizations.organizationId, orgIds) : undefined,
          restrict.meetingIds && !orgIds ? inIds(meetingOrganizations.meetingId, restrict.meetingIds) : undefined,
        ),
      )
      .groupBy(meetingOrganizations.meetingId, meetingOrganizations.organizationId)
      .all();
    for (const r of rows) {
      result.push({ organizationId: r.o, targetKind: "meeting", targetId: r.t, relation: RELATION_BY_RANK[r.rank] ?? "attended" });
    }
  }
  return result;
}

const keyOf = (kind: NetworkKind, id: number) => `${kind[0]}${id}`;

/** Where each kind of focus is found, and its name. */
const FOCUS_TABLES = {
  organization: { table: organizations, en: organizations.nameEn, es: organizations.nameEs },
  program: { table: programs, en: programs.nameEn, es: programs.nameEs },
  meeting: { table: meetings, en: meetings.titleEn, es: meetings.titleEs },
} as const;

/** The record a focus names, if it exists and is not archived. */
export function findNetworkRecord(focus: NetworkFocus): { kind: NetworkKind; id: number; slug: string; name: Bilingual } | null {
  const { table: t, en, es } = FOCUS_TABLES[focus.kind];
  const r = getDb()
    .select({ id: t.id, en, es })
    .from(t)
    .where(and(eq(t.slug, focus.slug), isNull(t.archivedAt)))
    .get();
  return r ? { kind: focus.kind, id: r.id, slug: focus.slug, name: bilingual(r.en, r.es) } : null;
}

/** The links of the network (or of a record's two-hop neighbourhood) and each node's distance from the focus. */
function collectEdges(filters: NetworkFilters): { edges: RawEdge[]; hops: Map<string, number> | null; focusKey: string | null } | null {
  if (!filters.focus) return { edges: selectEdges(filters), hops: null, focusKey: null };
  const record = findNetworkRecord(filters.focus);
  if (!record) return null;
  const focusKey = keyOf(record.kind, record.id);
  const hops = new Map<string, number>([[focusKey, 0]]);
  let edges: RawEdge[];
  if (record.kind === "organization") {
    // Its programs and meetings, then everyone else in them.
    const first = selectEdges(filters, { organizationIds: [record.id] });
    for (const e of first) hops.set(keyOf(e.targetKind, e.targetId), 1);
    edges = selectEdges(filters, {
      programIds: first.filter((e) => e.targetKind === "program").map((e) => e.targetId),
      meetingIds: first.filter((e) => e.targetKind === "meeting").map((e) => e.targetId),
    });
  } else {
    // Its organizations, then their other programs and meetings.
    const first = selectEdges(filters, record.kind === "program" ? { programIds: [record.id] } : { meetingIds: [record.id] });
    const orgIds = new Set(first.map((e) => e.organizationId));
    for (const id of orgIds) hops.set(keyOf("organization", id), 1);
    edges = orgIds.size > 0 ? selectEdges(filters, { organizationIds: orgIds }) : [];
  }
  for (const e of edges) {
    for (const key of [keyOf("organization", e.organizationId), keyOf(e.targetKind, e.targetId)]) {
      if (!hops.has(key)) hops.set(key, 2);
    }
  }
  return { edges, hops, focusKey };
}

interface NodeInfo {
  slug: string;
  name: Bilingual;
  shortName: string | null;
  country: string | null;
  date: string | null;
}

function loadNodeInfo(ids: Record<NetworkKind, number[]>): Map<string, NodeInfo> {
  const db = getDb();
  const info = new Map<string, NodeInfo>();
  if (ids.organization.length > 0) {
    const rows = db
      .select({
        id: organizations.id,
        slug: organizations.slug,
        en: organizations.nameEn,
        es: organizations.nameEs,
        acronym: organizations.acronymEn,
        country: organizations.country,
      })
      .from(organizations)
      .where(inIds(organizations.id, ids.organization))
      .all();
    for (const r of rows) {
      info.set(keyOf("organization", r.id), {
        slug: r.slug,
        name: bilingual(r.en, r.es),
        shortName: r.acronym,
        country: r.country,
        date: null,
      });
    }
  }
  if (ids.program.length > 0) {
    const rows = db
      .select({
        id: programs.id,
        slug: programs.slug,
        en: programs.nameEn,
        es: programs.nameEs,
        acronym: programs.acronym,
        date: programs.startDate,
      })
      .from(programs)
      .where(inIds(programs.id, ids.program))
      .all();
    for (const r of rows) {
      info.set(keyOf("program", r.id), { slug: r.slug, name: bilingual(r.en, r.es), shortName: r.acronym, country: null, date: r.date });
    }
  }
  if (ids.meeting.length > 0) {
    const rows = db
      .select({
        id: meetings.id,
        slug: meetings.slug,
        en: meetings.titleEn,
        es: meetings.titleEs,
        country: meetings.country,
        date: meetings.startDate,
      })
      .from(meetings)
      .where(inIds(meetings.id, ids.meeting))
      .all();
    for (const r of rows) {
      info.set(keyOf("meeting", r.id), { slug: r.slug, name: bilingual(r.en, r.es), shortName: null, country: r.country, date: r.date });
    }
  }
  return info;
}

/**
 * The nodes kept under the cap, chosen link by link rather than node by node: in
 * this two-sided network the most connected nodes are nearly all meetings and
 * programs, and keeping those alone would show thousands of dots without a line
 * between them. So links are taken in order (nearest the focus first, then those
 * whose two ends are most connected) and both ends kept while there is room.
 */
function pickNodes(
  raw: RawEdge[],
  degree: Map<string, number>,
  hops: Map<string, number> | null,
  focusKey: string | null,
  cap: number,
): string[] {
  const scored = raw.map((e) => {
    const a = keyOf("organization", e.organizationId);
    const b = keyOf(e.targetKind, e.targetId);
    return { a, b, hop: hops ? Math.max(hops.get(a)!, hops.get(b)!) : 0, score: degree.get(a)! + degree.get(b)! };
  });
  // The keys break ties, so the same data always gives the same cut.
  scored.sort((x, y) => x.hop - y.hop || y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
  const kept = new Set<string>(focusKey ? [focusKey] : []);
  for (const { a, b } of scored) {
    if (kept.size >= cap) break;
    const needed = (kept.has(a) ? 0 : 1) + (kept.has(b) ? 0 : 1);
    if (kept.size + needed > cap) continue;
    kept.add(a);
    kept.add(b);
  }
  return [...kept];
}

/**
 * Builds the network and lays it out (uncached; pages call getNetwork). Returns
 * null when the focused record does not exist.
 */
export function buildNetwork(filters: NetworkFilters, cap = NETWORK_NODE_CAP): NetworkGraph | null {
  const started = performance.now();
  const collected = collectEdges(filters);
  if (!collected) return null;
  const { edges: raw, hops, focusKey } = collected;

  const degree = new Map<string, number>();
  if (focusKey) degree.set(focusKey, 0);
  for (const e of raw) {
    const a = keyOf("organization", e.organizationId);
    const b = keyOf(e.targetKind, e.targetId);
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  }
  const kept = pickNodes(raw, degree, hops, focusKey, cap);
  const index = new Map(kept.map((key, i) => [key, i]));
  const edges: NetworkEdge[] = [];
  for (const e of raw) {
    const source = index.get(keyOf("organization", e.organizationId));
    const target = index.get(keyOf(e.targetKind, e.targetId));
    if (source !== undefined && target !== undefined) edges.push({ source, target, relation: e.relation });
  }

  const ids: Record<NetworkKind, number[]> = { organization: [], program: [], meeting: [] };
  const kindOfKey = { o: "organization", p: "program", m: "meeting" } as const;
  for (const key of kept) ids[kindOfKey[key[0] as "o" | "p" | "m"]].push(Number(key.slice(1)));
  const info = loadNodeInfo(ids);

  const shownDegree = new Array<number>(kept.length).fill(0);
  for (const e of edges) {
    shownDegree[e.source]!++;
    shownDegree[e.target]!++;
  }
  const focusIndex = focusKey ? (index.get(focusKey) ?? null) : null;
  const positions = layoutNetwork(
    kept.length,
    edges.map((e) => [e.source, e.target] as const),
    focusIndex,
  );
  const nodes: NetworkNode[] = kept.map((key, i) => {
    const n = info.get(key)!;
    return {
      kind: kindOfKey[key[0] as "o" | "p" | "m"],
      id: Number(key.slice(1)),
      ...n,
      degree: shownDegree[i]!,
      hop: hops ? hops.get(key)! : null,
      x: positions[2 * i]!,
      y: positions[2 * i + 1]!,
    };
  });
  return {
    nodes,
    edges,
    totalNodes: degree.size,
    totalEdges: raw.length,
    capped: kept.length < degree.size,
    focusIndex,
    buildMs: Math.round(performance.now() - started),
  };
}

// ---------------------------------------------------------------- cache

/**
 * Laying out a few thousand nodes takes a noticeable fraction of a second, so each
 * filter combination's graph is kept until the data changes (db/data-stamp.ts).
 */
const cache = answerCache<NetworkGraph | null>(32);

function networkCacheKey(filters: NetworkFilters, cap: number): string {
  const { topic = "", country = "", year = "", focus } = filters;
  return [cap, topic, country, year, focus ? `${focus.kind}:${focus.slug}` : ""].join("|");
}

/** The network for these filters, from the cache when the data has not changed since it was built. */
export function getNetwork(filters: NetworkFilters, cap = NETWORK_NODE_CAP): { graph: NetworkGraph | null; cached: boolean } {
  const { value, cached } = cache.get(getDb(), networkCacheKey(filters, cap), () => buildNetwork(filters, cap));
  return { graph: value, cached };
}
