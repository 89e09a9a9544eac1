"use client";

/**
 * "Your institution" with type-ahead. Without JavaScript it is a plain text input
 * the server resolves (with "did you mean" choices); with it, organizations are
 * suggested as you type (the search box's /api/search/suggestions), and choosing
 * one sends its slug in a hidden field so the server needs no guessing.
 */
import { useId, useState } from "react";
import { handleComboboxKey } from "@/components/search/combobox-keys";
import { useSuggestions } from "@/components/search/use-suggestions";

interface Option {
  label: string;
  detail: string;
  slug: string;
}

export function InstitutionField({
  id,
  locale,
  defaultValue,
  describedBy,
  className,
  suggestionsLabel,
}: {
  id: string;
  locale: string;
  defaultValue: string;
  describedBy: string;
  className: string;
  suggestionsLabel: string;
}) {
  const [text, setText] = useState(defaultValue);
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<Option | null>(null);
  const listId = useId();
  const { request, cancel } = useSuggestions(
    locale,
    (groups) => {
      const found = (groups.find((g) => g.kind === "organization")?.items ?? []).map((item) => ({
        label: item.label,
        detail: item.detail,
        slug: item.href.split("/").at(-1) ?? "",
      }));
      setOptions(found);
      setActive(-1);
      setOpen(found.length > 0);
    },
    () => setOpen(false),
  );

  function choose(option: Option) {
    setChosen(option);
    setText(option.label);
    setOpen(false);
  }

  function suggest(value: string) {
    setText(value);
    setChosen(null);
    if (value.trim().length < 2) {
      cancel();
      setOptions([]);
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
      pick: (i) => choose(options[i]!),
    });
  }

  return (
    <div className="relative">
      {/* Once a suggestion is chosen the slug is sent instead of the words. */}
      {chosen && <input type="hidden" name="institution" value={chosen.slug} />}
      <input
        id={id}
        name={chosen ? undefined : "institution"}
        type="text"
        role="combobox"
        autoComplete="off"
        maxLength={200}
        aria-describedby={describedBy}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(e) => suggest(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          // Suggestions still on their way must not reopen the list once the reader has moved on.
          cancel();
          setTimeout(() => setOpen(false), 150);
        }}
        className={`w-full ${className}`}
      />
      {open && (
        <div
          id={listId}
          role="listbox"
          aria-label={suggestionsLabel}
          className="absolute left-0 z-30 mt-1 max-h-72 w-full overflow-auto rounded-md border border-line bg-white py-1 shadow-lg"
        >
          {options.map((option, i) => (
            <div
              key={option.slug}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(option);
              }}
              className="cursor-pointer px-3 py-1.5 text-sm aria-selected:bg-brand-soft"
            >
              <span className="font-medium text-ink">{option.label}</span>
              {option.detail && <span className="block text-xs text-muted">{option.detail}</span>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
