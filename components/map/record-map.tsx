import type { BaseMap } from "@/lib/map/base-map";

export interface PlacedMarker {
  key: string;
  kind: "organization" | "meeting";
  x: number;
  y: number;
  count: number;
  /** Accessible name: the place, the count and, when known, the records. */
  label: string;
  href: string;
  focused: boolean;
}

function radiusOf(count: number): number {
  // Area grows with the log of the count, so a city with 500 records does not cover its state.
  return 5 + Math.min(9, Math.log2(count) * 1.6);
}

/**
 * The map as server-rendered SVG: state shapes, then one link per marker.
 * Organizations are circles, meetings diamonds set a little to the right, so both
 * stay visible where a city has both. Works without JavaScript; <title> gives a
 * tooltip on hover.
 */
export function RecordMap({
  base,
  markers,
  label,
  insetLabels,
}: {
  base: BaseMap;
  markers: PlacedMarker[];
  label: string;
  insetLabels: string[];
}) {
  return (
    <svg
      viewBox={`0 0 ${base.width} ${base.height}`}
      // A group, not an img: an img's children are hidden from assistive technology, and the markers are links.
      role="group"
      aria-label={label}
      className="h-auto w-full rounded-lg border border-line bg-brand-soft"
    >
      <g aria-hidden="true">
        {base.states.map((s, i) => (
          <path
            key={`${s.code ?? "x"}-${i}`}
            d={s.d}
            className={s.country === "US" ? "fill-us-soft stroke-us/40" : "fill-mx-soft stroke-mx/40"}
            strokeWidth={0.6}
          >
            <title>{s.name}</title>
          </path>
        ))}
        {base.insets.map((inset, i) => (
          <g key={inset.name}>
            <rect x={inset.x} y={inset.y} width={inset.width} height={inset.height} fill="none" className="stroke-line" strokeWidth={1} />
            <text x={inset.x + 4} y={inset.y + 12} className="fill-muted text-[10px]">
              {insetLabels[i] ?? inset.name}
            </text>
          </g>
        ))}
      </g>
      <g>
        {markers.map((mk) => {
          const r = radiusOf(mk.count);
          const x = mk.kind === "meeting" ? mk.x + 7 : mk.x;
          const ring = mk.focused ? "stroke-accent" : "stroke-white";
          return (
            <a key={mk.key} href={mk.href} aria-label={mk.label} className="group">
              <title>{mk.label}</title>
              {mk.kind === "organization" ? (
                <circle
                  cx={x}
                  cy={mk.y}
                  r={r}
                  className={`fill-us group-hover:fill-brand-strong ${ring}`}
                  strokeWidth={mk.focused ? 3 : 1.5}
                />
              ) : (
                <rect
                  x={x - r * 0.85}
                  y={mk.y - r * 0.85}
                  width={r * 1.7}
                  height={r * 1.7}
                  transform={`rotate(45 ${x} ${mk.y})`}
                  className={`fill-mx group-hover:fill-brand-strong ${ring}`}
                  strokeWidth={mk.focused ? 3 : 1.5}
                />
              )}
              {mk.count > 1 && (
                <text x={x} y={mk.y + 3.5} textAnchor="middle" className="pointer-events-none fill-white text-[10px] font-semibold">
                  {mk.count > 999 ? `${Math.round(mk.count / 1000)}k` : mk.count}
                </text>
              )}
            </a>
          );
        })}
      </g>
    </svg>
  );
}
