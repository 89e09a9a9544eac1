/**
 * What matching a spreadsheet against the directory reads: every organization,
 * meeting and source with the columns matching needs, once per file (100,000
 * organizations load in about a tenth of a second), or only those changed since
 * a moment, to tell whether a preview still holds at write time.
 */
import { gte, isNull } from "drizzle-orm";
import type { DbExecutor } from "@/db/connection";
import { meetings, organizations, sources } from "@/db/schema";
import { MeetingIndex, OrganizationIndex, SourceIndex } from "@/lib/import/matching";

export function loadOrganizationIndex(db: DbExecutor, changedSince?: Date): OrganizationIndex {
  return new OrganizationIndex(
    db
      .select({
        id: organizations.id,
        slug: organizations.slug,
        version: organizations.version,
        nameEn: organizations.nameEn,
        nameEs: organizations.nameEs,
        acronymEn: organizations.acronymEn,
        acronymEs: organizations.acronymEs,
        rorId: organizations.rorId,
        website: organizations.website,
      })
      .from(organizations)
      .where(changedSince ? gte(organizations.updatedAt, changedSince) : undefined)
      .all(),
  );
}

export function loadMeetingIndex(db: DbExecutor, changedSince?: Date): MeetingIndex {
  return new MeetingIndex(
    db
      .select({
        id: meetings.id,
        slug: meetings.slug,
        version: meetings.version,
        titleEn: meetings.titleEn,
        titleEs: meetings.titleEs,
        startDate: meetings.startDate,
      })
      .from(meetings)
      .where(changedSince ? gte(meetings.updatedAt, changedSince) : undefined)
      .all(),
  );
}

/** Sources a row may cite: archived ones are left out, as the pickers leave them out. */
export function loadSourceIndex(db: DbExecutor): SourceIndex {
  return new SourceIndex(
    db.select({ id: sources.id, slug: sources.slug, url: sources.url }).from(sources).where(isNull(sources.archivedAt)).all(),
  );
}
