import { publicUrl, readEnv } from "@/lib/env";
import type { I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

/**
 * "Subscribe to calendar" (webcal://, which calendar programs open as a
 * subscription) and a one-time download of the same feed, for all meetings or
 * one organization's or program's.
 */
export function CalendarLinks({ i18n, owner }: { i18n: I18n; owner?: { kind: "organization" | "program"; slug: string } }) {
  const { m } = i18n;
  const path = routes.calendar(i18n.locale, owner);
  const webcal = `${publicUrl(readEnv())}${path}`.replace(/^https?:/, "webcal:");
  // A named region without a heading of its own: on the meetings list the h2s are the timeline's years.
  return (
    <section aria-labelledby="calendar-title" className="mt-10 rounded-lg border border-line bg-surface p-4">
      <p id="calendar-title" className="font-semibold text-ink">
        {m.discovery.calendar.title}
      </p>
      <p className="mt-1 text-sm text-muted">{m.discovery.calendar.intro}</p>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href={webcal} className="font-medium">
            {m.discovery.calendar.subscribe}
          </a>
        </li>
        <li>
          <a href={path} type="text/calendar" download>
            {m.discovery.calendar.download}
          </a>
        </li>
      </ul>
      <p className="mt-2 text-sm text-muted">{m.discovery.calendar.exactDaysOnly}</p>
    </section>
  );
}
