/**
 * Every server action runs through `runAction`: it finds the acting user (the
 * data layer authorizes and validates; the action never decides on its own),
 * turns expected errors into a state the form shows (message, per-field errors,
 * the values typed), logs unexpected ones without showing them, and redirects
 * only after everything succeeded.
 */
import "server-only";
import { redirect } from "next/navigation";
import type { Actor } from "@/db/authorize";
import { ConflictError, ValidationError, type ConflictDetails, type FieldErrors } from "@/db/mutations/records";
import { getCurrentActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { msg, renderMessage } from "@/lib/i18n/message-ref";
import { logEvent } from "@/lib/log";

export type ActionState =
  | { status: "idle" }
  | { status: "ok"; message: string }
  | { status: "error"; message: string; fieldErrors: FieldErrors; values: Record<string, string>; conflict?: ConflictDetails };

export const IDLE: ActionState = { status: "idle" };

/** `fn` returns a path to go to on success, or a message to show (a message reference or text, shown in `locale`). */
export async function runAction(
  formData: FormData,
  fn: (actor: Actor | null) => Promise<{ redirectTo: string } | { message: string }>,
  locale: Locale = DEFAULT_LOCALE,
): Promise<ActionState> {
  let outcome: { redirectTo: string } | { message: string };
  try {
    outcome = await fn(await getCurrentActor());
  } catch (error) {
    return toErrorState(error, formData, locale);
  }
  if ("redirectTo" in outcome) redirect(outcome.redirectTo);
  return { status: "ok", message: renderMessage(outcome.message, locale) };
}

function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries())
    if (typeof v === "string" && !k.startsWith("$ACTION") && !/password|confirm/i.test(k)) values[k] = v;
  return values;
}

export function toErrorState(error: unknown, formData: FormData, locale: Locale = DEFAULT_LOCALE): ActionState {
  const values = typedValues(formData);
  if (error instanceof ValidationError)
    return { status: "error", message: error.publicMessageIn(locale), fieldErrors: error.fieldErrorsIn(locale), values };
  if (error instanceof ConflictError)
    return { status: "error", message: error.publicMessageIn(locale), fieldErrors: {}, values, conflict: error.conflict };
  if (error instanceof AppError) return { status: "error", message: error.publicMessageIn(locale), fieldErrors: {}, values };
  logEvent("action_failed", { error: error instanceof Error ? error.stack : String(error) });
  return { status: "error", message: renderMessage(msg("errors.actionFailed"), locale), fieldErrors: {}, values };
}
