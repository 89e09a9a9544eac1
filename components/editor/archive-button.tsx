"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";

export function ArchiveButton({
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
