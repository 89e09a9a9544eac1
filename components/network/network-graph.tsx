"use client";

/**
 * The network drawn with Cytoscape.js on a canvas, at the positions the server
 * computed (preset layout): the browser draws and never lays out. Cytoscape is
 * loaded after the page, so the table under the graph is usable at once and the
 * page works without JavaScript.
 */
import type { Core, ElementDefinition, NodeSingular } from "cytoscape";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { formatMessage } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** One node, kept short because a few thousand of them travel in the page: kind, href, label, country, x, y, links. */
export type GraphNode = [kind: "o" | "p" | "m", href: string, label: string, country: string | null, x: number, y: number, degree: number];

export interface GraphLabels {
  graphLabel: string;
  needsScript: string;
  loading: string;
  help: string;
  /** "{name} ({kind}), {links} links…", filled in the browser. */
  selected: string;
  kind: Record<"o" | "p" | "m", string>;
}

/** The CSS design tokens (app/globals.css) each kind and country is drawn in. */
function readPalette() {
  const css = getComputedStyle(document.documentElement);
  const token = (name: string) => css.getPropertyValue(`--color-${name}`).trim();
  return {
    US: token("us"),
    MX: token("mx"),
    "US-MX": token("binational"),
    none: token("muted"),
    program: token("accent"),
    line: "#8a96a3",
    ink: token("ink"),
    focus: token("warn"),
  };
}

const noSubscription = () => () => {};

export function NetworkGraph({
  nodes,
  edges,
  focusIndex,
  labels,
  locale,
}: {
  nodes: GraphNode[];
  /** [organization, program or meeting, 1 when the link is to a program] for each link, flattened. */
  edges: number[];
  focusIndex: number | null;
  labels: GraphLabels;
  locale: Locale;
}) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  // True in the browser, false in the server's HTML: "needs JavaScript" there, "drawing…" here.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [ready, setReady] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const router = useRouter();

  useEffect(() => {
    let cancelled = false;
    let cy: Core | undefined;
    // Marks read by scripts/measure-network.ts (how long loading, building and drawing take).
    performance.mark("network:start");
    void import("cytoscape").then(({ default: cytoscape }) => {
      if (cancelled || !container.current) return;
      performance.mark("network:loaded");
      const palette = readPalette();
      const elements: ElementDefinition[] = nodes.map(([kind, href, label, country, x, y, degree], i) => ({
        group: "nodes",
        data: {
          id: String(i),
          label,
          href,
          color: kind === "p" ? palette.program : (palette[(country ?? "none") as keyof typeof palette] ?? palette.none),
          size: Math.min(44, 6 + 2.2 * Math.sqrt(degree)),
        },
        position: { x, y },
        classes: kind === "o" ? "organization" : kind === "p" ? "program" : "meeting",
      }));
      for (let i = 0; i < edges.length; i += 3) {
        elements.push({
          group: "edges",
          data: { id: `e${i / 3}`, source: String(edges[i]), target: String(edges[i + 1]) },
          classes: edges[i + 2] === 1 ? "program-link" : "",
        });
      }
      const large = nodes.length > 1000;
      cy = cytoscape({
        container: container.current,
        elements,
        layout: { name: "preset" },
        minZoom: 0.05,
        maxZoom: 6,
        // Nobody edits the picture: dragging moves the view, not the dots.
        autoungrabify: true,
        boxSelectionEnabled: false,
        // On large graphs, drawing edges while moving is most of the frame; they come back when the view rests.
        hideEdgesOnViewport: large,
        pixelRatio: large ? 1 : "auto",
        style: [
          {
            selector: "node",
            style: {
              "background-color": "data(color)",
              width: "data(size)",
              height: "data(size)",
              "font-size": 9,
              color: palette.ink,
              "text-valign": "bottom",
              "text-margin-y": 2,
              "border-width": 1,
              "border-color": "#ffffff",
            },
          },
          // Cytoscape measures every label it may draw, which on thousands of nodes costs seconds before
          // the first frame: large graphs label only the node under the pointer, the selected and the focused one.
          large
            ? { selector: "node.hover, node:selected, node.focus", style: { label: "data(label)" } }
            : { selector: "node", style: { label: "data(label)", "min-zoomed-font-size": 22 } },
          { selector: "node.program", style: { shape: "diamond" } },
          { selector: "node.meeting", style: { shape: "round-rectangle" } },
          {
            selector: "edge",
            style: { width: 0.8, "line-color": palette.line, "curve-style": "haystack", opacity: 0.7 },
          },
          { selector: "edge.program-link", style: { "line-style": "dashed", "curve-style": "straight" } },
          {
            selector: "node.focus",
            style: { "border-width": 4, "border-color": palette.focus, "min-zoomed-font-size": 0, "font-weight": "bold", "z-index": 10 },
          },
          { selector: "node.hover", style: { "min-zoomed-font-size": 0, "z-index": 15 } },
          {
            selector: "node:selected",
            style: { "border-width": 4, "border-color": palette.ink, "min-zoomed-font-size": 0, "z-index": 20 },
          },
        ],
      });
      performance.mark("network:created");
      cy.on("tap", "node", (event) => {
        router.push((event.target as NodeSingular).data("href") as string);
      });
      cy.on("select", "node", (event) => setSelected(Number((event.target as NodeSingular).id())));
      cy.on("mouseover", "node", (event) => {
        (event.target as NodeSingular).addClass("hover");
        container.current?.style.setProperty("cursor", "pointer");
      });
      cy.on("mouseout", "node", (event) => {
        (event.target as NodeSingular).removeClass("hover");
        container.current?.style.removeProperty("cursor");
      });
      // The whole picture (from the positions we have: cy.fit() would measure every element),
      // but not so close that every label shows at once; the focused record in the middle.
      let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [, , , , x, y] of nodes) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
      const zoom = Math.min(2, cy.width() / (maxX - minX + 80), cy.height() / (maxY - minY + 80));
      const focused = focusIndex !== null ? nodes[focusIndex] : undefined;
      const [cx, cy0] = focused ? [focused[4], focused[5]] : [(minX + maxX) / 2, (minY + maxY) / 2];
      cy.viewport({ zoom, pan: { x: cy.width() / 2 - cx * zoom, y: cy.height() / 2 - cy0 * zoom } });
      if (focusIndex !== null) cy.getElementById(String(focusIndex)).addClass("focus");
      cyRef.current = cy;
      setReady(true);
      // After the first frame is painted.
      requestAnimationFrame(() => performance.mark("network:drawn"));
    });
    return () => {
      cancelled = true;
      cy?.destroy();
      cyRef.current = null;
    };
  }, [nodes, edges, focusIndex, router]);

  function select(index: number) {
    const cy = cyRef.current;
    if (!cy || nodes.length === 0) return;
    const i = (index + nodes.length) % nodes.length;
    cy.nodes(":selected").unselect();
    const node = cy.getElementById(String(i));
    node.select();
    const zoom = Math.max(cy.zoom(), 1.5);
    // A reader who asked their system for less motion gets the new view at once, not a glide to it.
    if (window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
      cy.zoom(zoom);
      cy.center(node);
    } else {
      cy.animate({ center: { eles: node }, zoom }, { duration: 150 });
    }
  }

  function onKeyDown(event: React.KeyboardEvent) {
    const cy = cyRef.current;
    if (!cy) return;
    const zoomBy = (factor: number) => cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    switch (event.key) {
      case "ArrowRight":
      case "ArrowDown":
        select(selected === null ? (focusIndex ?? 0) : selected + 1);
        break;
      case "ArrowLeft":
      case "ArrowUp":
        select(selected === null ? (focusIndex ?? 0) : selected - 1);
        break;
      case "Enter":
        if (selected !== null) router.push(nodes[selected]![1]);
        break;
      case "+":
      case "=":
        zoomBy(1.25);
        break;
      case "-":
        zoomBy(0.8);
        break;
      case "0":
        cy.fit(undefined, 30);
        cy.zoom(Math.min(cy.zoom(), 2));
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  const current = selected !== null ? nodes[selected] : undefined;
  return (
    <div>
      <div className="relative overflow-hidden rounded-lg border border-line bg-white">
        {!ready && (
          <p className="absolute inset-0 flex items-center justify-center p-6 text-center text-sm text-muted">
            {/* Without JavaScript this stays and points to the table. */}
            {mounted ? labels.loading : labels.needsScript}
          </p>
        )}
        <div
          ref={container}
          role="application"
          aria-label={labels.graphLabel}
          aria-describedby="network-graph-help"
          aria-roledescription="graph"
          tabIndex={0}
          onKeyDown={onKeyDown}
          data-graph-ready={ready ? "" : undefined}
          // The box around clips its overflow, so the focus outline is drawn inside the edge.
          className="h-[32rem] w-full focus-visible:-outline-offset-4"
        />
      </div>
      <p id="network-graph-help" className="mt-2 text-sm text-muted">
        {labels.help}
      </p>
      <p aria-live="polite" className="mt-1 min-h-5 text-sm font-medium text-ink">
        {current ? formatMessage(labels.selected, { name: current[2], kind: labels.kind[current[0]], links: current[6] }, locale) : ""}
      </p>
    </div>
  );
}
