"use client";

/**
 * Asks /api/search/suggestions for what has been typed (components/ui/use-latest-json.ts:
 * after a short pause, stale requests cancelled). Shared by the header's search
 * box and the partner finder's institution field.
 */
import { useCallback } from "react";
import { useLatestJson } from "@/components/ui/use-latest-json";
import type { SuggestionGroup } from "@/lib/search/suggestions";

const DELAY_MS = 120;

export function useSuggestions(locale: string, onGroups: (groups: SuggestionGroup[]) => void, onFailure: () => void) {
  const { request: requestUrl, cancel } = useLatestJson<{ groups: SuggestionGroup[] }>(
    DELAY_MS,
    (body) => onGroups(body.groups),
    onFailure,
  );
  const request = useCallback(
    (value: string) => requestUrl(`/api/search/suggestions?locale=${locale}&q=${encodeURIComponent(value)}`),
    [locale, requestUrl],
  );
  return { request, cancel };
}
