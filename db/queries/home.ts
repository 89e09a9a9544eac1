import { and, count, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agreements, meetings, organizations, people, programs } from "@/db/schema";
import { getProgramBySlug } from "./programs";

/** The forum's own record, which the home page introduces. */
export const FORUM_PROGRAM_SLUG = "bilateral-forum";

export interface DirectoryCounts {
  organizations: number;
  organizationsByCountry: { US: number; MX: number; "US-MX": number };
  programs: number;
  meetings: number;
  agreements: number;
  people: number;
}

export function getDirectoryCounts(): DirectoryCounts {
  const db = getDb();
  const byCountry = db
    .select({ country: organizations.country, n: count() })
    .from(organizations)
    .where(isNull(organizations.archivedAt))
    .groupBy(organizations.country)
    .all();
  const countryCount = (c: string) => byCountry.find((r) => r.country === c)?.n ?? 0;
  const countOf = (table: typeof programs | typeof meetings | typeof agreements) =>
    db.select({ n: count() }).from(table).where(isNull(table.archivedAt)).get()?.n ?? 0;
  return {
    organizations: byCountry.reduce((sum, r) => sum + r.n, 0),
    organizationsByCountry: { US: countryCount("US"), MX: countryCount("MX"), "US-MX": countryCount("US-MX") },
    programs: countOf(programs),
    meetings: countOf(meetings),
    agreements: countOf(agreements),
    people:
      db
        .select({ n: count() })
        .from(people)
        .where(and(isNull(people.archivedAt), eq(people.isPublic, true)))
        .get()?.n ?? 0,
  };
}

export function getForumProgram() {
  return getProgramBySlug(FORUM_PROGRAM_SLUG);
}
