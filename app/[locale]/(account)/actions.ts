"use server";

import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { liveMutations } from "@/db/mutations/live";
import { runAction, toErrorState, type ActionState } from "@/lib/actions";
import { signIn, signOut, OIDC_PROVIDER_ID } from "@/lib/auth/config";
import { getCurrentActor } from "@/lib/auth/session";
import { readEnv, publicUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { msg, renderMessage } from "@/lib/i18n/message-ref";
import { logEvent } from "@/lib/log";
import { routes } from "@/lib/routes";
import { inviteSchema, setPasswordSchema, signInSchema } from "@/lib/validation/accounts";
import { USER_ROLES, type UserRole } from "@/lib/vocabulary";

/** Only paths on this site: a callback URL is never an open redirect. */
function safeCallback(value: FormDataEntryValue | null, locale: Locale): string {
  const path = typeof value === "string" ? value : "";
  return /^\/[a-z]{2}(\/[^\s\\]*)?$/.test(path) && !path.startsWith("//") ? path : routes.account(locale);
}

/** The page's language, bound to the action by the page (and checked: it comes back from the browser). */
function localeOf(value: string): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** A schema's issues as field errors in the reader's language. */
function fieldErrorsOf(issues: readonly { path: PropertyKey[]; message: string }[], locale: Locale): Record<string, string> {
  return Object.fromEntries(issues.map((i) => [String(i.path[0]), renderMessage(i.message, locale)]));
}

export async function signInWithPassword(pageLocale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeOf(pageLocale);
  const m = getMessages(locale);
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error.issues, locale);
    return { status: "error", message: m.editor.fixErrors, fieldErrors, values: { email: String(formData.get("email") ?? "") } };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallback(formData.get("callbackUrl"), locale),
    });
  } catch (error) {
    // Wrong password, unknown account and throttled attempts all get the same answer.
    if (error instanceof AuthError)
      return { status: "error", message: m.account.badCredentials, fieldErrors: {}, values: { email: parsed.data.email } };
    throw error; // the redirect after success
  }
  return { status: "idle" };
}

export async function signInWithSso(pageLocale: string, formData: FormData): Promise<void> {
  await signIn(OIDC_PROVIDER_ID, { redirectTo: safeCallback(formData.get("callbackUrl"), localeOf(pageLocale)) });
}

export async function signOutAction(pageLocale: string, formData: FormData): Promise<void> {
  const actor = await getCurrentActor();
  if (actor && formData.get("everywhere") === "on") liveMutations.revokeSessions(actor.id);
  if (actor) logEvent("sign_out", { userId: actor.id });
  await signOut({ redirectTo: routes.home(localeOf(pageLocale)) });
}

export async function setPasswordAction(pageLocale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeOf(pageLocale);
  const parsed = setPasswordSchema.safeParse({
    token: formData.get("token"),
    password: formData.get("password"),
    confirm: formData.get("confirm"),
  });
  if (!parsed.success) {
    return {
      status: "error",
      message: getMessages(locale).editor.fixErrors,
      fieldErrors: fieldErrorsOf(parsed.error.issues, locale),
      values: {},
    };
  }
  let email: string;
  try {
    ({ email } = await liveMutations.setPasswordWithToken(parsed.data.token, parsed.data.password));
  } catch (error) {
    return toErrorState(error, formData, locale);
  }
  logEvent("password_set", { email });
  redirect(`${routes.signIn(locale)}?email=${encodeURIComponent(email)}&passwordSet=1`);
}

function roleOf(value: FormDataEntryValue | null): UserRole {
  const role = String(value ?? "");
  if (!(USER_ROLES as readonly string[]).includes(role)) throw new AppError("bad_request", msg("validation.chooseRole"));
  return role as UserRole;
}

function idOf(value: FormDataEntryValue | null, what: "account" | "organization" | "program" | "assignment"): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1) throw new AppError("bad_request", msg(`validation.chooseRecord.${what}`));
  return id;
}

export async function inviteAction(pageLocale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeOf(pageLocale);
  return runAction(
    formData,
    async (actor) => {
      const parsed = inviteSchema.safeParse({ email: formData.get("email"), role: formData.get("role"), name: formData.get("name") });
      if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]!.message);
      const env = readEnv();
      const invitation = liveMutations.inviteUser(actor, parsed.data, env.INVITATION_TTL_HOURS);
      const link = `${publicUrl(env)}${routes.setPassword(locale, invitation.token)}`;
      // No mail server here: the administrator passes the link on, and it is in the server log.
      logEvent("invitation_created", { email: invitation.email, by: actor?.id, link, expiresAt: invitation.expiresAt.toISOString() });
      // The account list on the same page shows the new account.
      revalidatePath(routes.users(locale));
      return { message: `${invitation.email}|${link}|${invitation.expiresAt.toISOString()}` };
    },
    locale,
  );
}

export async function manageUserAction(pageLocale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const locale = localeOf(pageLocale);
  return runAction(
    formData,
    async (actor) => {
      const userId = idOf(formData.get("userId"), "account");
      switch (formData.get("operation")) {
        case "role":
          liveMutations.changeUserRole(actor, userId, roleOf(formData.get("role")));
          break;
        case "disable":
          liveMutations.setUserDisabled(actor, userId, true);
          break;
        case "enable":
          liveMutations.setUserDisabled(actor, userId, false);
          break;
        case "assign-organization":
          liveMutations.assignToUser(actor, userId, { organizationId: idOf(formData.get("organizationId"), "organization") });
          break;
        case "assign-program":
          liveMutations.assignToUser(actor, userId, { programId: idOf(formData.get("programId"), "program") });
          break;
        case "unassign":
          liveMutations.unassignFromUser(actor, idOf(formData.get("assignmentId"), "assignment"));
          break;
        default:
          throw new AppError("bad_request", msg("errors.unknownOperation"));
      }
      return { redirectTo: routes.users(locale) };
    },
    locale,
  );
}
