/**
 * Positions of the network's nodes, computed once on the server with d3-force so
 * the browser only draws (a preset layout): laying out thousands of nodes in the
 * page would keep a phone busy for seconds on every visit.
 */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";

/** Units between a node and the first ring of leaves set around it, and between rings. */
const LEAF_RADIUS = 14;
const RING_GAP = 12;
const LEAF_SPACING = 10;

function ringCapacity(ring: number): number {
  return Math.max(6, Math.floor((2 * Math.PI * (LEAF_RADIUS + ring * RING_GAP)) / LEAF_SPACING));
}

function leavesBefore(ring: number): number {
  let n = 0;
  for (let r = 0; r < ring; r++) n += ringCapacity(r);
  return n;
}

/**
 * A fixed number of ticks rather than waiting for the simulation to cool: the
 * time stays predictable and the picture barely changes after the first hundred.
 */
function ticksFor(nodeCount: number): number {
  if (nodeCount <= 300) return 300;
  if (nodeCount <= 1000) return 160;
  return 100;
}

/**
 * Returns [x0, y0, x1, y1, …], rounded to whole units (a smaller page; a unit is
 * less than a pixel at any useful zoom). The focused node, if any, stays at the centre.
 *
 * Most organizations have a single link. Those leaves are left out of the
 * simulation (the many-body force is most of its cost) and set in a ring around
 * their one neighbour afterwards: on 3,000 nodes this divides the time by two to
 * four, and the picture is the one the force would have drawn.
 */
export function layoutNetwork(
  nodeCount: number,
  edges: readonly (readonly [number, number])[],
  focusIndex: number | null = null,
): number[] {
  const neighbours: number[][] = Array.from({ length: nodeCount }, () => []);
  for (const [a, b] of edges) {
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
  }
  const isLeaf = (i: number) => neighbours[i]!.length === 1 && neighbours[neighbours[i]![0]!]!.length > 1 && i !== focusIndex;

  // `node` is the position in the caller's list; d3 writes its own `index` into each datum.
  const core: (SimulationNodeDatum & { node: number })[] = [];
  const coreIndex = new Map<number, number>();
  for (let i = 0; i < nodeCount; i++) {
    if (isLeaf(i)) continue;
    coreIndex.set(i, core.length);
    // The force's own start (a phyllotaxis spiral) in the order given: the most connected near the middle.
    core.push({ node: i });
  }
  const focus = focusIndex !== null ? coreIndex.get(focusIndex) : undefined;
  if (focus !== undefined) {
    core[focus]!.fx = 0;
    core[focus]!.fy = 0;
  }
  const links = edges
    .filter(([a, b]) => coreIndex.has(a) && coreIndex.has(b))
    .map(([a, b]) => ({ source: coreIndex.get(a)!, target: coreIndex.get(b)! }));
  // Leaves count towards their neighbour's room: a meeting with twenty participants needs space around it.
  const leafCount = new Array<number>(nodeCount).fill(0);
  for (let i = 0; i < nodeCount; i++) if (isLeaf(i)) leafCount[neighbours[i]![0]!]!++;

  const ticks = ticksFor(core.length);
  forceSimulation(core)
    .force("link", forceLink(links).distance(30))
    // Barnes–Hut with a coarse theta and a bounded reach: far clusters need not push each other.
    .force(
      "charge",
      forceManyBody<SimulationNodeDatum & { node: number }>()
        .strength((n) => -30 - 6 * Math.sqrt(leafCount[n.node]!))
        .theta(1.2)
        .distanceMax(600),
    )
    // Pulls separate clusters towards the middle so they do not drift apart.
    .force("x", forceX(0).strength(0.04))
    .force("y", forceY(0).strength(0.04))
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .stop()
    .tick(ticks);

  const out = new Array<number>(nodeCount * 2).fill(0);
  for (const n of core) {
    out[2 * n.node] = Math.round(n.x ?? 0);
    out[2 * n.node + 1] = Math.round(n.y ?? 0);
  }
  // Leaves fill rings around their neighbour, each ring further out and holding more, about 10 units apart.
  const placed = new Array<number>(nodeCount).fill(0);
  for (let i = 0; i < nodeCount; i++) {
    if (!isLeaf(i)) continue;
    const hub = neighbours[i]![0]!;
    let k = placed[hub]!++;
    let ring = 0;
    while (k >= ringCapacity(ring)) k -= ringCapacity(ring++);
    const inRing = Math.min(ringCapacity(ring), leafCount[hub]! - leavesBefore(ring));
    const angle = (2 * Math.PI * k) / inRing + ring * 0.4;
    const radius = LEAF_RADIUS + ring * RING_GAP;
    out[2 * i] = Math.round(out[2 * hub]! + radius * Math.cos(angle));
    out[2 * i + 1] = Math.round(out[2 * hub + 1]! + radius * Math.sin(angle));
  }
  return out;
}
