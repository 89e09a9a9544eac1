import type { MeetingListItem } from "@/db/queries/meetings";
import type { I18n } from "@/lib/i18n/server";
import { yearOf } from "@/lib/format/dates";
import { Badge } from "@/components/ui/badge";
import { MeetingDate, MeetingLink, organizationLabel, placeLabel } from "./record-links";
import { UncertainMark } from "./uncertain";

/** Meetings grouped under their year, newest first, as the forum's history reads. */
export function MeetingTimeline({ meetings, i18n, headingLevel = 3 }: { meetings: MeetingListItem[]; i18n: I18n; headingLevel?: 2 | 3 }) {
  if (meetings.length === 0) return <p className="text-sm text-muted">{i18n.m.common.noneYet}</p>;
  const groups: { year: number | null; items: MeetingListItem[] }[] = [];
  for (const meeting of meetings) {
    const year = yearOf(meeting.startDate);
    const last = groups.at(-1);
    if (last && last.year === year) last.items.push(meeting);
    else groups.push({ year, items: [meeting] });
  }
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-8">
      {groups.map((g) => (
        <section key={g.year ?? "undated"} aria-label={g.year ? String(g.year) : i18n.m.meetings.undated}>
          <Heading className="sticky top-0 bg-white/95 py-1 font-serif text-lg font-semibold text-brand-strong">
            {g.year ?? i18n.m.meetings.undated}
          </Heading>
          <ol className="mt-2 space-y-4 border-l-2 border-line pl-4">
            {g.items.map((meeting) => (
              <li key={meeting.id} className="relative">
                <span aria-hidden="true" className="absolute -left-[1.4rem] top-2 h-2.5 w-2.5 rounded-full bg-brand" />
                <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
                  <MeetingDate meeting={meeting} i18n={i18n} />
                  <Badge>{i18n.m.vocabulary.meetingKind[meeting.kind]}</Badge>
                  <UncertainMark value={meeting} i18n={i18n} />
                </div>
                <p className="mt-0.5">
                  <MeetingLink meeting={meeting} i18n={i18n} />
                </p>
                <p className="text-sm text-muted">
                  {[
                    placeLabel(meeting, i18n),
                    meeting.hosts.length
                      ? i18n.t(i18n.m.meetings.hostedBy, { hosts: i18n.list(meeting.hosts.map((h) => organizationLabel(h, i18n))) })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
