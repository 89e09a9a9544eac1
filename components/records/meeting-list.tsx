import type { ReactNode } from "react";
import { LinkList } from "@/components/ui/link-list";
import type { MeetingSummary } from "@/db/queries/summaries";
import type { I18n } from "@/lib/i18n/server";
import { MeetingDate, MeetingLink } from "./record-links";

/** Meetings a record is linked to, each with its date and, on the right, how it is linked (roles, relation). */
export function MeetingList<T extends MeetingSummary>({
  meetings,
  i18n,
  badges,
}: {
  meetings: T[];
  i18n: I18n;
  badges?: (meeting: T) => ReactNode;
}) {
  return (
    <LinkList
      items={meetings}
      empty={i18n.m.common.noneYet}
      keyOf={(x) => x.id}
      render={(x) => (
        <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:justify-between">
          <div>
            <MeetingLink meeting={x} i18n={i18n} />
            <p className="text-sm text-muted">
              <MeetingDate meeting={x} i18n={i18n} />
            </p>
          </div>
          {badges && <div className="flex flex-wrap gap-2">{badges(x)}</div>}
        </div>
      )}
    />
  );
}
