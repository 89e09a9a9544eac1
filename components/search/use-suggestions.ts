"use client";

/**
 * Asks /api/search/suggestions for what has been typed, after a short pause,
 * cancelling any request a newer keystroke has made stale. Shared by the header's
 * search box and the partner finder's institution field.
 */
import { useCallback, useEffect, useRef } from "react";
import type { SuggestionGroup } from "@/lib/search/suggestions";

const DELAY_MS = 120;

export function useSuggestions(locale: string, onGroups: (groups: SuggestionGroup[]) => void, onFailure: () => void) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<AbortController | undefined>(undefined);
  // The latest handlers, so a request started before a re-render reports to the current ones.
  const handlers = useRef({ onGroups, onFailure });
  useEffect(() => {
    handlers.current = { onGroups, onFailure };
  });

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    latest.current?.abort();
  }, []);
  useEffect(() => cancel, [cancel]);

  const request = useCallback(
    (value: string) => {
      cancel();
      timer.current = setTimeout(async () => {
        const controller = new AbortController();
        latest.current = controller;
        try {
          const response = await fetch(`/api/search/suggestions?locale=${locale}&q=${encodeURIComponent(value)}`, {
            signal: controller.signal,
          });
          if (!response.ok) return handlers.current.onFailure();
          const body = (await response.json()) as { groups: SuggestionGroup[] };
          handlers.current.onGroups(body.groups);
        } catch (error) {
          // A newer keystroke cancelled this request; its own answer follows.
          if ((error as Error).name !== "AbortError") handlers.current.onFailure();
        }
      }, DELAY_MS);
    },
    [locale, cancel],
  );
  return { request, cancel };
}
