/**
 * Translation statuses, validated the same way by the edit form's save (through the
 * record schemas) and anything else that sets them: one value per translated field
 * and language, "original" | "translated" | "needs_review", or empty for "not set".
 */
import { z } from "zod";
import { msg } from "@/lib/i18n/message-ref";
import { statusColumn, TRANSLATED_FIELDS, TRANSLATION_STATUSES, type RecordKind, type TranslationStatus } from "@/lib/vocabulary";

export const translationStatusSchema = (field: string) =>
  z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z
      .enum(TRANSLATION_STATUSES, { error: msg("validation.translationStatus", { field }) })
      .nullable()
      .default(null),
  );

type StatusKeys<K extends RecordKind> = `${(typeof TRANSLATED_FIELDS)[K][number]}${"En" | "Es"}Status`;

/** The status fields of one kind of record, to spread into its schema's fields. */
export function translationStatusFields<K extends RecordKind>(kind: K) {
  const shape: Record<string, ReturnType<typeof translationStatusSchema>> = {};
  for (const field of TRANSLATED_FIELDS[kind]) {
    for (const language of ["en", "es"] as const) {
      const key = statusColumn(field, language);
      shape[key] = translationStatusSchema(msg(`history.fields.${key}` as never));
    }
  }
  return shape as Record<StatusKeys<K>, ReturnType<typeof translationStatusSchema>>;
}

export type TranslationStatuses = Partial<Record<string, TranslationStatus | null>>;
