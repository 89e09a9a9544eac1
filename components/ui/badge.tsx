import type { ReactNode } from "react";

const tones = {
  neutral: "bg-surface text-ink ring-line",
  brand: "bg-brand-soft text-brand-strong ring-brand/20",
  us: "bg-us-soft text-us ring-us/20",
  mx: "bg-mx-soft text-mx ring-mx/20",
  warn: "bg-warn-soft text-warn ring-warn/30",
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ tone = "neutral", children, title }: { tone?: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span
      title={title}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset whitespace-nowrap ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
