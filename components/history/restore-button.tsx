"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";

export type RestoreAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * Puts one earlier version back. A real form posting to a server action, so it
 * works before hydration; a conflict (someone saved meanwhile) is shown under it.
 */
export function RestoreButton({
  action,
  revisionId,
  expectedVersion,
  locale,
  label,
  pendingLabel,
  versionLabel,
  side = "after",
}: {
  action: RestoreAction;
  revisionId: number;
  /** The record's version when the page was shown. */
  expectedVersion: number;
  locale: string;
  label: string;
  pendingLabel: string;
  /** Names the version for screen readers, since every row has the same button. */
  versionLabel: string;
  /** "before": the state before this revision (the record as first loaded). */
  side?: "after" | "before";
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  return (
    <form action={formAction}>
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="side" value={side} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-line px-2.5 py-1 text-xs font-semibold whitespace-nowrap hover:bg-surface disabled:opacity-60"
      >
        {pending ? pendingLabel : label}
        <span className="sr-only"> ({versionLabel})</span>
      </button>
      {state.status === "error" && (
        <p role="alert" className="mt-1 max-w-xs text-xs text-warn">
          {state.message}
        </p>
      )}
      {state.status === "ok" && (
        <p role="status" className="mt-1 max-w-xs text-xs text-muted">
          {state.message}
        </p>
      )}
    </form>
  );
}
