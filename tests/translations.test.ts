/**
 * Translation statuses go through the same save as the rest of a record (authorized,
 * validated, versioned), and the needs-translation list finds what lacks a language
 * or awaits review.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { readSnapshot } from "@/db/aggregates";
import type { Actor } from "@/db/authorize";
import type { Db } from "@/db/connection";
import { updateRecord, ValidationError } from "@/db/mutations/records";
import { listRecordsNeedingTranslation } from "@/db/queries/translations";
import { organizations, revisions, topics, users } from "@/db/schema";
import { prepareDatabase } from "@/db/setup";
import { diffSnapshots } from "@/lib/history/diff";
import { renderMessage } from "@/lib/i18n/message-ref";

let db: Db;
let admin: Actor;

const UA = "university-of-arizona";

function org(slug: string) {
  return db.select().from(organizations).where(eq(organizations.slug, slug)).get()!;
}

function listAll(filter: Parameters<typeof listRecordsNeedingTranslation>[0]) {
  return listRecordsNeedingTranslation(filter, { page: 1, pageSize: 10_000 }, db);
}

beforeAll(() => {
  db = prepareDatabase(process.env.DATABASE_PATH!, "forum").db;
  const [u] = db.insert(users).values({ email: "admin@example.org", role: "admin" }).returning().all();
  admin = { id: u!.id, email: u!.email, role: u!.role };
});

describe("translation statuses", () => {
  test("an editor marks a field 'needs review': saved, versioned and in the history", () => {
    const row = org(UA);
    const before = readSnapshot(db, "organization", row.id)!;
    const result = updateRecord(db, admin, "organization", row.id, row.version, {
      ...before,
      fields: { ...before.fields, descriptionEsStatus: "needs_review", descriptionEnStatus: "original" },
    });
    expect(result.changed).toBe(true);
    expect(org(UA).descriptionEsStatus).toBe("needs_review");

    const revision = db.select().from(revisions).where(eq(revisions.recordId, row.id)).all().at(-1)!;
    const diff = diffSnapshots("organization", revision.before as never, revision.after as never);
    expect(diff.fields).toEqual(
      expect.arrayContaining([
        { field: "descriptionEsStatus", before: null, after: "needs_review" },
        { field: "descriptionEnStatus", before: null, after: "original" },
      ]),
    );
  });

  test("an unknown status is refused with a message in the reader's language", () => {
    const row = org(UA);
    const before = readSnapshot(db, "organization", row.id)!;
    let error: unknown;
    try {
      updateRecord(db, admin, "organization", row.id, row.version, { ...before, fields: { ...before.fields, nameEsStatus: "done" } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const refused = error as ValidationError;
    expect(refused.fieldErrors["fields.nameEsStatus"]).toMatch(/original, translated or needs review/);
    expect(refused.fieldErrorsIn("es")["fields.nameEsStatus"]).toMatch(/requiere revisión/);
    expect(renderMessage(refused.messageRef, "es")).toBe("Algunos campos requieren atención.");
  });
});

describe("the needs-translation list", () => {
  test("lists a record marked for review, and says which field and language", () => {
    const found = listAll({ kind: "organization", missing: "es" }).items.find((r) => r.slug === UA);
    expect(found?.gaps).toContainEqual({ field: "description", language: "es", reason: "review" });
  });

  test("lists a record whose text exists in one language only, filtered by the missing language", () => {
    const [topic] = db.select().from(topics).limit(1).all();
    db.update(topics).set({ descriptionEs: null, descriptionEn: "English only." }).where(eq(topics.id, topic!.id)).run();
    const missingEs = listAll({ kind: "topic", missing: "es" }).items.map((r) => r.slug);
    expect(missingEs).toContain(topic!.slug);
    const missingEn = listAll({ kind: "topic", missing: "en" }).items.map((r) => r.slug);
    expect(missingEn).not.toContain(topic!.slug);
  });

  test("pages across kinds without repeating or skipping", () => {
    const all = listAll({}).items.map((r) => `${r.kind}:${r.id}`);
    const paged: string[] = [];
    for (let page = 1; page <= Math.ceil(all.length / 3) + 1; page++)
      paged.push(...listRecordsNeedingTranslation({}, { page, pageSize: 3 }, db).items.map((r) => `${r.kind}:${r.id}`));
    expect(paged).toEqual(all);
    expect(listAll({}).total).toBe(all.length);
  });

  test("leaves out archived records", () => {
    const row = org(UA);
    db.update(organizations).set({ archivedAt: new Date() }).where(eq(organizations.id, row.id)).run();
    expect(listAll({ kind: "organization" }).items.map((r) => r.slug)).not.toContain(UA);
    db.update(organizations).set({ archivedAt: null }).where(eq(organizations.id, row.id)).run();
  });
});
