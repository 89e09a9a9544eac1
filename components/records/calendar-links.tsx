import { Section } from "@/components/ui/section";
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
  return (
    <Section id="calendar" title={m.discovery.calendar.title} intro={m.discovery.calendar.intro}>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
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
    </Section>
  );
}
