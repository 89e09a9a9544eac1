import type { ReactNode } from "react";

/**
 * The box a wide table scrolls in, so the page itself never scrolls sideways on a
 * phone. `relative` keeps the table's visually hidden text (sr-only, absolutely
 * placed) inside the box: placed against the page, it would widen the page. A table
 * with no link or button to focus gets a `label` and a tab stop, so the keyboard
 * can scroll it too. `framed` draws the box's border, for tables that have none of their own.
 */
export function TableScroll({ children, label, framed = true }: { children: ReactNode; label?: string; framed?: boolean }) {
  return (
    <div
      className={`relative overflow-x-auto ${framed ? "rounded-lg border border-line" : ""}`}
      {...(label ? { role: "region", "aria-label": label, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
