import type { Bilingual } from "@/db/queries/shared";
import type { I18n } from "@/lib/i18n/server";

/** Long text of a record in the reader's language, or the other one with a visible marker. */
export function LocalizedText({ value, i18n, className = "" }: { value: Bilingual; i18n: I18n; className?: string }) {
  const shown = i18n.text(value);
  if (!shown) return null;
  return (
    <div className={className}>
      {shown.isFallback && (
        <p className="mb-1 text-xs italic text-muted">
          {i18n.t(i18n.m.common.translationMissing, { language: i18n.m.common.languageName[shown.lang] })}
        </p>
      )}
      <p lang={shown.lang} className="leading-relaxed whitespace-pre-line">
        {shown.text}
      </p>
    </div>
  );
}
