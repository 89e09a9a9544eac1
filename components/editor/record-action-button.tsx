"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";

/** A one-button form for archiving, bringing back or deleting a record; the action's refusal is shown under it. */
export function RecordActionButton({
  action,
  version,
  label,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  version: number;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  return (
    <form action={formAction}>
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-surface">
        {label}
      </button>
      {state.status === "error" && (
        <p role="alert" className="mt-1 text-sm text-accent">
          {state.message}
        </p>
      )}
    </form>
  );
}
