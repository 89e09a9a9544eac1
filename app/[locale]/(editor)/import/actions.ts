"use server";

import { ImportFileError, ImportRowError, ImportStateError } from "@/db/mutations/imports";
import { liveMutations } from "@/db/mutations/live";
import { toFieldErrors, ValidationError } from "@/db/mutations/records";
import { runAction, type ActionState } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { describeFileProblem, describeImportState, describeRowFailure } from "@/lib/import/describe";
import { isLocale } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { importUploadSchema } from "@/lib/validation/import";

// The locale and import id are bound in the page and come back from the browser:
// checked here, and the data layer finds the import among the actor's own.
function i18nFor(locale: string) {
  if (!isLocale(locale)) throw new AppError("bad_request", "This form does not belong to a known language.");
  return getI18n(locale);
}

/** Reads and checks the uploaded file, stores its plan, and opens the preview. Writes no record. */
export async function uploadImportAction(locale: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (actor) => {
    const i18n = i18nFor(locale);
    const parsed = importUploadSchema.safeParse({
      kind: formData.get("kind"),
      sourceId: formData.get("sourceId") ?? "",
      file: formData.get("file"),
    });
    if (!parsed.success) throw new ValidationError(i18n.m.dataImport.fileRefused, toFieldErrors(parsed.error));
    const { kind, sourceId, file } = parsed.data;
    try {
      const { importId } = liveMutations.planImport(actor, {
        kind,
        sourceId,
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      return { redirectTo: routes.importOf(i18n.locale, importId) };
    } catch (error) {
      if (error instanceof ImportFileError)
        throw new ValidationError(i18n.m.dataImport.fileRefused, { file: describeFileProblem(i18n, error.problem) });
      throw error;
    }
  });
}

/** Writes a previewed import, all of it or nothing. */
export async function confirmImportAction(locale: string, importId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (actor) => {
    const i18n = i18nFor(locale);
    try {
      liveMutations.applyImport(actor, importId);
    } catch (error) {
      if (error instanceof ImportRowError) throw new AppError(error.code, describeRowFailure(i18n, error));
      if (error instanceof ImportStateError) throw new AppError(error.code, describeImportState(i18n, error.state));
      throw error;
    }
    return { redirectTo: routes.importOf(i18n.locale, importId) };
  });
}
