"use client";

import { useActionState } from "react";
import { LabeledInput } from "@/components/ui/action-form";
import type { ActionState } from "@/lib/actions";

export function SetPasswordForm({
  action,
  token,
  labels,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  token: string;
  labels: { password: string; confirm: string; submit: string };
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const error = state.status === "error" ? state : null;
  return (
    <form action={formAction} className="flex max-w-sm flex-col gap-4">
      {error && (
        <p role="alert" className="rounded-md border border-accent/40 bg-red-50 px-3 py-2 text-sm text-accent">
          {error.message}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <LabeledInput
        name="password"
        type="password"
        label={labels.password}
        autoComplete="new-password"
        error={error?.fieldErrors.password}
        required
      />
      <LabeledInput
        name="confirm"
        type="password"
        label={labels.confirm}
        autoComplete="new-password"
        error={error?.fieldErrors.confirm}
        required
      />
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-60"
      >
        {labels.submit}
      </button>
    </form>
  );
}
