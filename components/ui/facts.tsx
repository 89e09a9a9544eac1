import type { ReactNode } from "react";

/** Key facts of a record as a description list (label: value). Empty values are left out. */
export function Facts({ items }: { items: { label: string; value: ReactNode }[] }) {
  const shown = items.filter((i) => i.value !== null && i.value !== undefined && i.value !== "");
  if (shown.length === 0) return null;
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-[max-content_1fr]">
      {shown.map((i) => (
        <div key={i.label} className="contents">
          <dt className="text-sm font-semibold text-muted">{i.label}</dt>
          <dd className="text-ink">{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
