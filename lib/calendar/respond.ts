/**
 * What the three calendar routes share: reading ?lang=, finding the organization
 * or program the address names, and answering with the feed or a plain message
 * (400 for a malformed request, 404 for an unknown record).
 */
import "server-only";
import { getCalendarOwner, listCalendarMeetings, type CalendarScope } from "@/db/queries/calendar";
import { publicUrl, readEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { getI18n, type I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { slugSchema } from "@/lib/search-params";
import { renderCalendar } from "./ical";
import { buildMeetingCalendar } from "./meeting-calendar";

export type CalendarRequest = { kind: "all" } | { kind: "organization" | "program"; file: string };

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

function readLocale(url: URL): Locale {
  const given = url.searchParams.getAll("lang");
  if (given.length > 1) throw new AppError("bad_request", `Give the parameter "lang" once; it was given ${given.length} times.`);
  const lang = given[0];
  if (lang === undefined || lang === "") return DEFAULT_LOCALE;
  if (!isLocale(lang)) throw new AppError("bad_request", `Parameter "lang" must be one of: ${LOCALES.join(", ")}.`);
  return lang;
}

/** The scope and calendar name a request names, or an AppError saying why not. */
function resolveScope(request: CalendarRequest, i18n: I18n): { scope: CalendarScope; name: string } {
  const { m } = i18n;
  if (request.kind === "all") return { scope: { kind: "all" }, name: m.discovery.calendar.allName };
  const example = routes.calendar(DEFAULT_LOCALE, { kind: request.kind, slug: "its-address" });
  if (!request.file.endsWith(".ics")) throw new AppError("not_found", `Calendar addresses end in .ics, like ${example}.`);
  const slug = request.file.slice(0, -".ics".length);
  if (!slugSchema.safeParse(slug).success)
    throw new AppError(
      "bad_request",
      `"${slug}" cannot be the address of ${request.kind === "organization" ? "an organization" : "a program"}: addresses use lower-case letters, digits and hyphens, like ${example}.`,
    );
  const scope = { kind: request.kind, slug };
  const owner = getCalendarOwner(scope);
  if (!owner) throw new AppError("not_found", `There is no ${request.kind} at the address "${slug}".`);
  const template = request.kind === "organization" ? m.discovery.calendar.organizationName : m.discovery.calendar.programName;
  return { scope, name: i18n.t(template, { name: i18n.name(owner.name) }) };
}

export function respondWithCalendar(url: URL, request: CalendarRequest): Response {
  try {
    const i18n = getI18n(readLocale(url));
    const { scope, name } = resolveScope(request, i18n);
    const body = renderCalendar(
      buildMeetingCalendar({
        meetings: listCalendarMeetings(scope),
        i18n,
        baseUrl: publicUrl(readEnv()),
        name,
        selfPath: routes.calendar(i18n.locale, scope.kind === "all" ? undefined : scope),
      }),
    );
    const file = scope.kind === "all" ? "puentes-meetings.ics" : `puentes-${scope.slug}.ics`;
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `inline; filename="${file}"`,
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.status < 500) return plain(error.status, error.message);
    throw error;
  }
}
