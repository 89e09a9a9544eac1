import { routes } from "@/lib/routes";

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
  // Grows with the log of the count, so a city with 500 records does not cover its state.
  return 7 + Math.min(9, Math.log2(count) * 1.6);
}

/**
 * The map as server-rendered SVG: the base map (states of both countries, a
 * cached image from /api/map/base), then one link per marker. Organizations are
 * circles, meetings diamonds set a little to the right, so both stay visible
 * where a city has both. Works without JavaScript; <title> gives a tooltip.
 */
export function RecordMap({ width, height, markers, label }: { width: number; height: number; markers: PlacedMarker[]; label: string }) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      // A group, not an img: an img's children are hidden from assistive technology, and the markers are links.
      role="group"
      aria-label={label}
      className="h-auto w-full rounded-lg border border-line bg-brand-soft"
    >
      <image href={routes.mapBase()} x={0} y={0} width={width} height={height} aria-hidden="true" />
      {markers.map((mk) => {
        const r = radiusOf(mk.count);
        const x = mk.kind === "meeting" ? mk.x + r + 3 : mk.x;
        const ring = mk.focused ? "stroke-accent" : "stroke-white";
        const strokeWidth = mk.focused ? 3.5 : 1.5;
        return (
          <a key={mk.key} href={mk.href} aria-label={mk.label} className="group">
            <title>{mk.label}</title>
            {mk.kind === "organization" ? (
              <circle cx={x} cy={mk.y} r={r} className={`fill-us group-hover:fill-brand-strong ${ring}`} strokeWidth={strokeWidth} />
            ) : (
              <rect
                x={x - r * 0.85}
                y={mk.y - r * 0.85}
                width={r * 1.7}
                height={r * 1.7}
                transform={`rotate(45 ${x} ${mk.y})`}
                className={`fill-mx group-hover:fill-brand-strong ${ring}`}
                strokeWidth={strokeWidth}
              />
            )}
            {mk.count > 1 && (
              <text
                x={x}
                y={mk.y + 3.5}
                textAnchor="middle"
                aria-hidden="true"
                className="pointer-events-none fill-white text-[10px] font-semibold"
              >
                {mk.count > 999 ? `${Math.round(mk.count / 1000)}k` : mk.count}
              </text>
            )}
          </a>
        );
      })}
    </svg>
  );
}
