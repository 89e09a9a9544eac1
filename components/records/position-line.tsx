import type { Position } from "@/db/queries/people";
import type { I18n } from "@/lib/i18n/server";
import { OrganizationLink } from "./record-links";
import { UncertainMark } from "./uncertain";

/** "Undersecretary for North America, SRE (2014)". */
export function PositionLine({ position, i18n }: { position: Position; i18n: I18n }) {
  const dates = [i18n.date(position.startDate), i18n.date(position.endDate)].filter(Boolean).join(" – ");
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1">
      <span lang={i18n.langOf(position.title)}>{i18n.name(position.title)}</span>
      {position.organization && (
        <>
          <span aria-hidden="true">·</span>
          <OrganizationLink org={position.organization} i18n={i18n} />
        </>
      )}
      {dates && <span className="text-muted">({dates})</span>}
      <UncertainMark value={position} i18n={i18n} />
    </span>
  );
}
