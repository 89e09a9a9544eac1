"use client";

import { useActionState } from "react";
import { LabeledInput } from "@/components/ui/action-form";
import type { ActionState } from "@/lib/actions";

export function SignInForm({
  action,
  callbackUrl,
  defaultEmail,
  labels,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  callbackUrl: string;
  defaultEmail?: string;
  labels: { email: string; password: string; submit: string };
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
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <LabeledInput
        name="email"
        type="email"
        label={labels.email}
        autoComplete="username"
        defaultValue={error?.values.email ?? defaultEmail}
        error={error?.fieldErrors.email}
        required
      />
      <LabeledInput
        name="password"
        type="password"
        label={labels.password}
        autoComplete="current-password"
        error={error?.fieldErrors.password}
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
