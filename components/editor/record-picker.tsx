"use client";

/**
 * Chooses another record by typing part of its name (a combobox: arrow keys,
 * Enter, Escape), sending its id in a hidden field. When nothing matches it
 * offers to create the record, in a new tab so the form keeps its state.
 */
import { useId, useState } from "react";
import { useLatestJson } from "@/components/ui/use-latest-json";
import { handleComboboxKey } from "@/components/search/combobox-keys";

export interface PickerLabels {
  search: string;
  noMatch: string;
  /** Contains {text} and {kind}. */
  createMissing: string;
  kindName: string;
}

interface Result {
  id: number;
  label: string;
  detail: string | null;
}

export function RecordPicker({
  name,
  kind,
  label,
  initialId,
  initialLabel,
  required,
  invalid,
  describedBy,
  createHref,
  labels,
}: {
  name: string;
  kind: string;
  label: string;
  initialId: string;
  initialLabel: string;
  required?: boolean;
  invalid?: boolean;
  describedBy?: string;
  createHref: string | null;
  labels: PickerLabels;
}) {
  const [id, setId] = useState(initialId);
  const [text, setText] = useState(initialLabel);
  const [results, setResults] = useState<Result[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const inputId = useId();
  const lookup = useLatestJson<Result[]>(
    180,
    (found) => {
      setResults(found);
      setActive(found.length ? 0 : -1);
      setOpen(true);
    },
    // The field still takes typed text; the form says what is missing on saving.
    () => {},
  );

  function search(value: string) {
    setText(value);
    setId("");
    if (value.trim().length === 0) {
      lookup.cancel();
      setResults([]);
      setOpen(false);
      return;
    }
    lookup.request(`/api/lookup?kind=${encodeURIComponent(kind)}&q=${encodeURIComponent(value)}`);
  }

  function choose(result: Result) {
    setId(String(result.id));
    setText(result.label);
    setOpen(false);
  }

  const createLink = createHref ? `${createHref}?name=${encodeURIComponent(text)}` : null;
  // The keyboard walks the results, then "create it", which opens in a new tab like its link.
  const optionCount = results.length + (createLink ? 1 : 0);

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    handleComboboxKey(event, {
      open,
      count: optionCount,
      active,
      setActive,
      close: () => setOpen(false),
      pick: (i) => {
        if (results[i]) choose(results[i]);
        else if (createLink) window.open(createLink, "_blank", "noopener");
      },
    });
  }

  return (
    <div className="relative">
      <label htmlFor={inputId} className="text-sm font-semibold text-ink">
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <input type="hidden" name={name} value={id} />
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-required={required || undefined}
        placeholder={labels.search}
        value={text}
        onChange={(e) => search(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className="mt-1 w-full rounded-md border border-line bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-accent"
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          aria-busy={lookup.pending || undefined}
          className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-line bg-white shadow-lg"
        >
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(r);
              }}
              className="cursor-pointer px-3 py-1.5 text-sm aria-selected:bg-brand-soft"
            >
              {r.label}
              {r.detail && <span className="text-muted"> · {r.detail}</span>}
            </li>
          ))}
          {results.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="px-3 py-1.5 text-sm text-muted">
              {labels.noMatch}
            </li>
          )}
          {createLink && (
            // An option, not a link inside one (an option's content is presentational, so a link there is unreachable).
            <li
              id={`${listId}-${results.length}`}
              role="option"
              aria-selected={active === results.length}
              onMouseDown={(e) => {
                e.preventDefault();
                window.open(createLink, "_blank", "noopener");
              }}
              className="cursor-pointer border-t border-line px-3 py-1.5 text-sm text-brand underline aria-selected:bg-brand-soft"
            >
              {labels.createMissing.replace("{text}", text).replace("{kind}", labels.kindName)}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
