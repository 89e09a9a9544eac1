"use client";

/**
 * The site-wide search box. Without JavaScript it is a plain GET form to the
 * results page; with it, it becomes a combobox that suggests records as you
 * type, grouped by kind (arrow keys move, Enter opens, Escape closes), with a
 * last option for the full results page.
 */
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { PresentedRecord, SuggestionGroup } from "@/lib/search/suggestions";
import { handleComboboxKey } from "./combobox-keys";
import { useSuggestions } from "./use-suggestions";

export interface SearchBoxLabels {
  label: string;
  placeholder: string;
  submit: string;
  /** Contains {query}. */
  suggestions: string;
  /** Contains {query}. */
  seeAll: string;
  noSuggestions: string;
}

function fill(template: string, query: string): string {
  return template.replace("{query}", query);
}

export function SearchBox({
  action,
  locale,
  labels,
  defaultValue = "",
}: {
  action: string;
  locale: string;
  labels: SearchBoxLabels;
  defaultValue?: string;
}) {
  const router = useRouter();
  const [text, setText] = useState(defaultValue);
  const [groups, setGroups] = useState<SuggestionGroup[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const inputId = useId();
  const { request, cancel } = useSuggestions(
    locale,
    (found) => {
      setGroups(found);
      setActive(-1);
      setOpen(true);
    },
    () => setOpen(false),
  );

  const resultsHref = `${action}?q=${encodeURIComponent(text.trim())}`;
  // Flattened for the keyboard: every record, then "see all results".
  const options: PresentedRecord[] = [
    ...groups.flatMap((g) => g.items),
    { label: fill(labels.seeAll, text.trim()), detail: "", href: resultsHref },
  ];

  function suggest(value: string) {
    setText(value);
    if (value.trim().length < 2) {
      cancel();
      setGroups([]);
      setOpen(false);
      return;
    }
    request(value);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    handleComboboxKey(event, {
      open,
      count: options.length,
      active,
      setActive,
      close: () => setOpen(false),
      pick: (i) => {
        setOpen(false);
        router.push(options[i]!.href);
      },
    });
  }

  // Each group's first option index in the flattened list, for ids and the active option.
  const offsets = groups.map((_, g) => groups.slice(0, g).reduce((n, prev) => n + prev.items.length, 0));
  return (
    <form action={action} method="get" role="search" aria-label={labels.label} className="relative w-full min-w-0 md:w-80">
      <label htmlFor={inputId} className="sr-only">
        {labels.label}
      </label>
      <div className="flex">
        <input
          id={inputId}
          name="q"
          type="search"
          role="combobox"
          autoComplete="off"
          maxLength={200}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          placeholder={labels.placeholder}
          value={text}
          onChange={(e) => suggest(e.target.value)}
          onKeyDown={onKeyDown}
          onFocus={() => groups.length > 0 && setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          className="min-w-0 flex-1 rounded-l-md border border-line bg-white px-3 py-1.5 text-sm"
        />
        <button type="submit" className="rounded-r-md bg-brand px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-strong">
          {labels.submit}
        </button>
      </div>
      {open && (
        <div
          id={listId}
          role="listbox"
          aria-label={fill(labels.suggestions, text.trim())}
          className="absolute right-0 z-30 mt-1 max-h-[70vh] w-full min-w-72 overflow-auto rounded-md border border-line bg-white py-1 shadow-lg md:w-[28rem]"
        >
          {groups.length === 0 && <p className="px-3 py-2 text-sm text-muted">{labels.noSuggestions}</p>}
          {groups.map((group, g) => (
            <div key={group.kind} role="group" aria-label={group.label}>
              <p aria-hidden="true" className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-muted uppercase">
                {group.label}
              </p>
              {group.items.map((item, n) => {
                const i = offsets[g]! + n;
                return (
                  <div
                    key={item.href}
                    id={`${listId}-${i}`}
                    role="option"
                    aria-selected={i === active}
                    onMouseDown={(e) => {
                      e.preventDefault();
                      router.push(item.href);
                      setOpen(false);
                    }}
                    className="cursor-pointer px-3 py-1.5 text-sm aria-selected:bg-brand-soft"
                  >
                    <span className="font-medium text-ink">{item.label}</span>
                    {item.detail && <span className="block text-xs text-muted">{item.detail}</span>}
                  </div>
                );
              })}
            </div>
          ))}
          <div
            id={`${listId}-${options.length - 1}`}
            role="option"
            aria-selected={active === options.length - 1}
            onMouseDown={(e) => {
              e.preventDefault();
              router.push(resultsHref);
              setOpen(false);
            }}
            className="mt-1 cursor-pointer border-t border-line px-3 py-2 text-sm font-semibold text-brand aria-selected:bg-brand-soft"
          >
            {fill(labels.seeAll, text.trim())}
          </div>
        </div>
      )}
    </form>
  );
}
