"use client";

/**
 * A small form posting to a server action: shows the action's message and keeps
 * working before hydration (a plain <form action>). Field errors are shown by
 * the fields themselves through `renderFields`.
 */
import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/actions";

export function ActionForm({
  action,
  children,
  submitLabel,
  pendingLabel,
  className = "",
  renderMessage,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  children: ReactNode | ((state: ActionState) => ReactNode);
  submitLabel: string;
  /** Shown on the button while the action runs (a long import, say). */
  pendingLabel?: string;
  className?: string;
  renderMessage?: (message: string) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  return (
    <form action={formAction} className={className}>
      {typeof children === "function" ? children(state) : children}
      <SubmitButton pending={pending} label={submitLabel} pendingLabel={pendingLabel} />
      {state.status === "error" && (
        <p role="alert" className="mt-2 text-sm text-accent">
          {state.message}
        </p>
      )}
      {state.status === "ok" && (
        <div role="status" className="mt-2 text-sm">
          {renderMessage ? renderMessage(state.message) : state.message}
        </div>
      )}
    </form>
  );
}

/** A form's main button: disabled while its action runs, saying so when given the words. */
export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel?: string }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-strong disabled:opacity-60"
    >
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}

export function LabeledInput({
  name,
  label,
  type = "text",
  defaultValue,
  error,
  autoComplete,
  required,
}: {
  name: string;
  label: string;
  type?: string;
  defaultValue?: string;
  error?: string;
  autoComplete?: string;
  required?: boolean;
}) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-semibold text-ink">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={Boolean(error) || undefined}
        aria-describedby={errorId}
        className="rounded-md border border-line bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-accent"
      />
      {error && (
        <p id={errorId} className="text-sm text-accent">
          {error}
        </p>
      )}
    </div>
  );
}
