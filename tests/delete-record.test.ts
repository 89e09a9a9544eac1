/**
 * Deleting a referenced record is refused with a message naming what refers to
 * it, and nothing is removed; the database itself refuses too (no cascade).
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import type { Db } from "@/db/connection";
import { deleteUnreferencedRecord, findReferences } from "@/db/mutations/delete-record";
import { meetingOrganizations, organizations, topics } from "@/db/schema";
import { prepareDatabase } from "@/db/setup";
import { AppError } from "@/lib/errors";

let db: Db;
beforeAll(() => {
  db = prepareDatabase(process.env.DATABASE_PATH!, "forum").db;
});

function idOf(slug: string): number {
  return db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug)).get()!.id;
}

describe("deleting records", () => {
  test("refuses to delete the University of Arizona and names what refers to it", () => {
    const id = idOf("university-of-arizona");
    expect(findReferences(db, organizations, id).map((r) => r.table)).toEqual(
      expect.arrayContaining(["organizations", "meeting_organizations", "citations"]),
    );
    let error: unknown;
    try {
      db.transaction((tx) => deleteUnreferencedRecord(tx, organizations, id, "University of Arizona"));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("record_in_use");
    expect((error as AppError).status).toBe(409);
    expect((error as AppError).message).toMatch(/University of Arizona.*cannot be deleted.*child organization.*meeting participation/);
    expect(db.select().from(organizations).where(eq(organizations.id, id)).get()).toBeDefined();
  });

  test("the database refuses a raw delete too: no silent cascade", () => {
    const id = idOf("university-of-arizona");
    const linksBefore = db.select().from(meetingOrganizations).where(eq(meetingOrganizations.organizationId, id)).all().length;
    expect(() => db.delete(organizations).where(eq(organizations.id, id)).run()).toThrow(/FOREIGN KEY constraint failed/);
    expect(db.select().from(meetingOrganizations).where(eq(meetingOrganizations.organizationId, id)).all()).toHaveLength(linksBefore);
  });

  test("deletes a record nothing refers to", () => {
    const [topic] = db.insert(topics).values({ slug: "unused-topic", nameEn: "Unused", nameEs: "Sin uso" }).returning().all();
    expect(findReferences(db, topics, topic!.id)).toEqual([]);
    deleteUnreferencedRecord(db, topics, topic!.id, "Unused");
    expect(db.select().from(topics).where(eq(topics.id, topic!.id)).get()).toBeUndefined();
  });
});
