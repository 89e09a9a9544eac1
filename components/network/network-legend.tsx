import type { I18n } from "@/lib/i18n/server";

/**
 * The shapes and colours of the graph (the same CSS tokens the canvas reads); kinds
 * differ by shape too, for readers who do not tell the colours apart. The fill
 * classes are written out whole so Tailwind emits them and their variables.
 */
const FILL = { us: "fill-us", mx: "fill-mx", binational: "fill-binational", accent: "fill-accent" } as const;

function Swatch({ shape, color }: { shape: "circle" | "diamond" | "square"; color: keyof typeof FILL }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className={`inline-block align-[-2px] ${FILL[color]}`}>
      {shape === "circle" && <circle cx="7" cy="7" r="6" />}
      {shape === "diamond" && <path d="M7 0 L14 7 L7 14 L0 7 Z" />}
      {shape === "square" && <rect x="1" y="1" width="12" height="12" rx="2" />}
    </svg>
  );
}

export function NetworkLegend({ i18n }: { i18n: I18n }) {
  const { m } = i18n;
  const countries = [
    { code: "US", color: "us" },
    { code: "MX", color: "mx" },
    { code: "US-MX", color: "binational" },
  ] as const;
  return (
    <div className="mt-3 text-sm text-ink">
      <h3 className="sr-only">{m.network.legend}</h3>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li className="flex flex-wrap items-center gap-2">
          {m.network.legendOrganization}
          {countries.map((c) => (
            <span key={c.code} className="inline-flex items-center gap-1">
              <Swatch shape="circle" color={c.color} /> {m.country[c.code]}
            </span>
          ))}
        </li>
        <li className="inline-flex items-center gap-1">
          <Swatch shape="diamond" color="accent" /> {m.network.legendProgram}
        </li>
        <li className="inline-flex items-center gap-1">
          <Swatch shape="square" color="us" />
          <Swatch shape="square" color="mx" /> {m.network.legendMeeting}
        </li>
      </ul>
      <p className="mt-1 text-muted">{m.network.legendLinks}</p>
    </div>
  );
}
