"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { liveMutations } from "@/db/mutations/live";
import { runAction, type ActionState } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { isEditableKind, routes } from "@/lib/routes";
import { msg } from "@/lib/i18n/message-ref";

const id = z.coerce.number().int().positive();
const restoreInput = z.object({
  revisionId: id,
  expectedVersion: id,
  locale: z.string(),
  side: z.enum(["after", "before"]).default("after"),
});

/**
 * "Restore this version" on a history page. The ids come back from the browser
 * and may be altered: restoreRevision authorizes against the revision's own
 * record and refuses a stale version (someone saved meanwhile) with a conflict.
 */
export async function restoreRevisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    formData,
    async (actor) => {
      const parsed = restoreInput.safeParse(Object.fromEntries(formData));
      if (!parsed.success) throw new AppError("bad_request", msg("history.badRestore"));
      const { revisionId, expectedVersion, locale, side } = parsed.data;
      if (!isLocale(locale)) throw new AppError("bad_request", msg("errors.unknownLanguage"));
      const result = liveMutations.restoreRevision(actor, revisionId, expectedVersion, side);
      if (!result.changed) return { message: getI18n(locale).m.history.alreadyCurrent };
      // The redirect goes to the page already shown (only the #fragment differs), so ask for it afresh.
      if (isEditableKind(result.kind)) revalidatePath(routes.history(locale, result.kind, result.slug));
      return {
        redirectTo: isEditableKind(result.kind)
          ? `${routes.history(locale, result.kind, result.slug)}#changes`
          : routes.recentChanges(locale),
      };
    },
    isLocale(String(formData.get("locale"))) ? (String(formData.get("locale")) as Locale) : DEFAULT_LOCALE,
  );
}
