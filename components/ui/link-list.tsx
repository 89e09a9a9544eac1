import type { ReactNode } from "react";

/** A plain list of linked records with an empty state, used by every detail page. */
export function LinkList<T>({
  items,
  empty,
  render,
  keyOf,
}: {
  items: T[];
  empty: string;
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string | number;
}) {
  if (items.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-line rounded-lg border border-line">
      {items.map((item) => (
        <li key={keyOf(item)} className="px-4 py-3">
          {render(item)}
        </li>
      ))}
    </ul>
  );
}
