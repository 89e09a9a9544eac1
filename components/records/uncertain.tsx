import { Badge } from "@/components/ui/badge";
import type { Certainty } from "@/db/queries/shared";
import type { I18n } from "@/lib/i18n/server";

/** Marks a record or link the sources leave open, with the note that says why. */
export function UncertainMark({ value, i18n }: { value: Partial<Certainty> & { uncertain: boolean }; i18n: I18n }) {
  if (!value.uncertain) return null;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-1">
      <Badge tone="warn" title={value.uncertaintyNote ?? i18n.m.common.uncertainExplained}>
        <span aria-hidden="true">?</span> {i18n.m.common.uncertain}
      </Badge>
      {value.uncertaintyNote && <span className="text-xs text-warn">{value.uncertaintyNote}</span>}
    </span>
  );
}

/** The record-level version, shown under a page title. */
export function UncertainNotice({ value, i18n }: { value: Certainty; i18n: I18n }) {
  if (!value.uncertain) return null;
  return (
    <div role="note" className="mb-6 rounded-md border border-warn/40 bg-warn-soft px-4 py-3 text-sm text-warn">
      <strong>{i18n.m.common.uncertain}.</strong> {value.uncertaintyNote ?? i18n.m.common.uncertainExplained}
    </div>
  );
}
