"use client";

/**
 * Chooses another record by typing part of its name (a combobox: arrow keys,
 * Enter, Escape), sending its id in a hidden field. When nothing matches it
 * offers to create the record, in a new tab so the form keeps its state.
 */
import { useEffect, useId, useRef, useState } from "react";

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
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  function search(value: string) {
    setText(value);
    setId("");
    clearTimeout(timer.current);
    if (value.trim().length === 0) {
      setResults([]);
      setOpen(false);
      return;
    }
    timer.current = setTimeout(async () => {
      const response = await fetch(`/api/lookup?kind=${encodeURIComponent(kind)}&q=${encodeURIComponent(value)}`);
      if (!response.ok) return;
      const found = (await response.json()) as Result[];
      setResults(found);
      setActive(found.length ? 0 : -1);
      setOpen(true);
    }, 180);
  }

  function choose(result: Result) {
    setId(String(result.id));
    setText(result.label);
    setOpen(false);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (!open) return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === "Enter" && active >= 0 && results[active]) {
      event.preventDefault();
      choose(results[active]!);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  }

  const createLink = createHref ? `${createHref}?name=${encodeURIComponent(text)}` : null;

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
            <li role="option" aria-selected={false} className="border-t border-line px-3 py-1.5 text-sm">
              <a href={createLink} target="_blank" rel="noopener" onMouseDown={(e) => e.stopPropagation()}>
                {labels.createMissing.replace("{text}", text).replace("{kind}", labels.kindName)}
              </a>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
