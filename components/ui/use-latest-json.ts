"use client";

/**
 * Fetches JSON for what has been typed, after a short pause, cancelling any
 * request a newer keystroke has made stale: an answer for an older prefix that
 * arrives late never replaces the newer one, nor resets a choice made with the
 * keys meanwhile. `pending` is true from the keystroke until its answer lands
 * (a listbox says so with aria-busy). Shared by the search box, the partner
 * finder's institution field and the editor's record picker.
 */
import { useCallback, useEffect, useRef, useState } from "react";

export function useLatestJson<T>(delayMs: number, onAnswer: (answer: T) => void, onFailure: () => void) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<AbortController | undefined>(undefined);
  const [pending, setPending] = useState(false);
  // The latest handlers, so a request started before a re-render reports to the current ones.
  const handlers = useRef({ onAnswer, onFailure });
  useEffect(() => {
    handlers.current = { onAnswer, onFailure };
  });

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    latest.current?.abort();
    setPending(false);
  }, []);
  useEffect(() => cancel, [cancel]);

  const request = useCallback(
    (url: string) => {
      cancel();
      setPending(true);
      timer.current = setTimeout(async () => {
        const controller = new AbortController();
        latest.current = controller;
        try {
          const response = await fetch(url, { signal: controller.signal });
          if (!response.ok) {
            setPending(false);
            return handlers.current.onFailure();
          }
          const answer = (await response.json()) as T;
          if (controller.signal.aborted) return;
          setPending(false);
          handlers.current.onAnswer(answer);
        } catch (error) {
          // A newer keystroke cancelled this request; its own answer follows.
          if ((error as Error).name === "AbortError") return;
          setPending(false);
          handlers.current.onFailure();
        }
      }, delayMs);
    },
    [delayMs, cancel],
  );
  return { request, cancel, pending };
}
