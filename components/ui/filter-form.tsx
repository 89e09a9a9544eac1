import Link from "next/link";
import type { I18n } from "@/lib/i18n/server";

export interface FilterOption {
  value: string;
  label: string;
  count?: number;
}

export interface FilterField {
  name: string;
  label: string;
  options: FilterOption[];
  selected?: string;
}

/**
 * A GET form of selects: filters are in the URL (shareable, bookmarkable) and
 * work without JavaScript.
 */
export function FilterForm({ action, fields, i18n }: { action: string; fields: FilterField[]; i18n: I18n }) {
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={i18n.m.common.filters}
      className="mb-8 rounded-lg border border-line bg-surface p-4"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {fields.map((f) => (
          <div key={f.name} className="flex flex-col gap-1">
            <label htmlFor={`filter-${f.name}`} className="text-sm font-semibold text-ink">
              {f.label}
            </label>
            <select
              id={`filter-${f.name}`}
              name={f.name}
              defaultValue={f.selected ?? ""}
              className="rounded-md border border-line bg-white px-2 py-1.5 text-sm text-ink"
            >
              <option value="">{i18n.m.common.any}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.count === undefined ? o.label : `${o.label} (${i18n.number(o.count)})`}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong">
          {i18n.m.common.applyFilters}
        </button>
        <Link href={action} className="text-sm">
          {i18n.m.common.clearFilters}
        </Link>
      </div>
    </form>
  );
}
