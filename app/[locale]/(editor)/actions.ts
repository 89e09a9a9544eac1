"use server";

import { liveMutations } from "@/db/mutations/live";
import { runAction, type ActionState } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { formDataToInput } from "@/lib/form-data";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { isEditableKind, routes } from "@/lib/routes";
import { msg } from "@/lib/i18n/message-ref";

// Bound arguments (kind, id, locale) come back from the browser and can be
// altered: they are checked here, and the data layer authorizes on the record itself.
function checked(kind: string, locale: string) {
  if (!isEditableKind(kind) || !isLocale(locale)) throw new AppError("bad_request", msg("errors.unknownForm"));
  return { kind, locale };
}

function localeOf(value: string): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

function versionOf(formData: FormData): number {
  const version = Number(formData.get("version"));
  if (!Number.isInteger(version) || version < 1) throw new AppError("bad_request", msg("errors.missingVersion"));
  return version;
}

export async function saveRecordAction(
  kind: string,
  id: number | null,
  locale: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAction(
    formData,
    async (actor) => {
      const target = checked(kind, locale);
      const input = formDataToInput(formData);
      const result =
        id === null
          ? liveMutations.createRecord(actor, target.kind, input)
          : liveMutations.updateRecord(actor, target.kind, id, versionOf(formData), input);
      return { redirectTo: routes.record(target.locale, target.kind, result.slug) };
    },
    localeOf(locale),
  );
}

export async function archiveRecordAction(
  kind: string,
  id: number,
  locale: string,
  archived: boolean,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAction(
    formData,
    async (actor) => {
      const target = checked(kind, locale);
      const result = liveMutations.setRecordArchived(actor, target.kind, id, versionOf(formData), archived);
      return { redirectTo: routes.record(target.locale, target.kind, result.slug) };
    },
    localeOf(locale),
  );
}

export async function deleteRecordAction(
  kind: string,
  id: number,
  locale: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAction(
    formData,
    async (actor) => {
      const target = checked(kind, locale);
      liveMutations.deleteRecord(actor, target.kind, id, versionOf(formData));
      return { redirectTo: routes.list(target.locale, target.kind) };
    },
    localeOf(locale),
  );
}
