import type { ReactNode } from "react";

/** Padding of a data table's cells, for the rows a caller writes. */
export const CELL = "px-3 py-2 align-top";

/** A bordered, horizontally scrolling table with a caption (shown or for screen readers) and its column headers. */
export function DataTable({
  caption,
  showCaption = false,
  columns,
  children,
}: {
  caption: string;
  showCaption?: boolean;
  columns: ReactNode[];
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full text-left text-sm">
        <caption className={showCaption ? "px-3 py-2 text-left font-semibold text-ink" : "sr-only"}>{caption}</caption>
        <thead className="bg-surface text-muted">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={CELL}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">{children}</tbody>
      </table>
    </div>
  );
}
