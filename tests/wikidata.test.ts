/**
 * Wikidata identifiers on organizations, against a real seeded SQLite file: the
 * shared schema's messages, the database's own CHECK and UNIQUE, saving with
 * history, and refused saves that change nothing.
 */
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { inEnglish } from "@/lib/i18n/message-ref";
import { readSnapshot, type Snapshot } from "@/db/aggregates";
import type { Actor } from "@/db/authorize";
import type { Db } from "@/db/connection";
import { updateRecord, ValidationError } from "@/db/mutations/records";
import { organizations, revisions, users } from "@/db/schema";
import { prepareDatabase } from "@/db/setup";
import { RECORD_SCHEMAS } from "@/lib/validation/records";

let db: Db;
let admin: Actor;

// Synthetic identifiers: the forum's sources give no Wikidata item for any organization.
const FIRST = "Q1000001";
const SECOND = "Q1000002";

beforeAll(() => {
  db = prepareDatabase(process.env.DATABASE_PATH!, "forum").db;
  const [u] = db.insert(users).values({ email: "admin@example.org", role: "admin" }).returning().all();
  admin = { id: u!.id, email: u!.email, role: u!.role };
});

const rowOf = (slug: string) => db.select().from(organizations).where(eq(organizations.slug, slug)).get()!;
const revisionCount = () => db.select({ n: count() }).from(revisions).get()!.n;

function save(slug: string, wikidataId: string): ReturnType<typeof updateRecord> {
  const row = rowOf(slug);
  const current = readSnapshot(db, "organization", row.id)!;
  return updateRecord(db, admin, "organization", row.id, row.version, { ...current, fields: { ...current.fields, wikidataId } });
}

function saveError(slug: string, wikidataId: string): ValidationError {
  try {
    save(slug, wikidataId);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error(`saving ${wikidataId} on ${slug} was accepted`);
}

describe("the shared schema", () => {
  const errorOf = (wikidataId: string) => {
    const parsed = RECORD_SCHEMAS.organization.safeParse({
      slug: null,
      fields: { nameEn: "Somewhere University", kind: "university", country: "US", wikidataId },
      links: {},
    });
    const message = parsed.success ? null : parsed.error.issues.find((i) => i.path.join(".") === "fields.wikidataId")?.message;
    return message ? inEnglish(message) : message;
  };

  test("accepts Q and digits, and an empty field as no identifier", () => {
    expect(errorOf("Q42")).toBeNull();
    expect(errorOf(" Q1000001 ")).toBeNull();
    const empty = RECORD_SCHEMAS.organization.parse({
      slug: null,
      fields: { nameEn: "X", kind: "other", country: "MX", wikidataId: "" },
      links: {},
    });
    expect((empty as { fields: { wikidataId: string | null } }).fields.wikidataId).toBeNull();
  });

  test.each(["q42", "Q042", "Q", "42", "Q4 2", "https://www.wikidata.org/wiki/Q42", "P31", "Q12345678901234"])(
    "refuses %s with a message showing the form",
    (bad) => {
      expect(errorOf(bad)).toMatch(/capital Q followed by digits, like Q1234/);
    },
  );
});

describe("saving", () => {
  test("an administrator sets an identifier; the history records before and after", () => {
    const before = revisionCount();
    const result = save("fumec", FIRST);
    expect(result.changed).toBe(true);
    expect(rowOf("fumec").wikidataId).toBe(FIRST);
    const revision = db
      .select()
      .from(revisions)
      .where(eq(revisions.recordId, rowOf("fumec").id))
      .all()
      .at(-1)!;
    expect(revisionCount()).toBe(before + 1);
    expect((revision.before as Snapshot).fields.wikidataId).toBeNull();
    expect((revision.after as Snapshot).fields.wikidataId).toBe(FIRST);
  });

  test("a malformed identifier is a field error and nothing is saved", () => {
    const row = rowOf("comexus");
    const before = revisionCount();
    const error = saveError("comexus", "wikidata:42");
    expect(inEnglish(error.fieldErrors["fields.wikidataId"]!)).toMatch(/capital Q followed by digits/);
    expect(rowOf("comexus")).toEqual(row);
    expect(revisionCount()).toBe(before);
  });

  test("an identifier another organization holds is refused by name, and nothing is saved", () => {
    const row = rowOf("comexus");
    const before = revisionCount();
    const error = saveError("comexus", FIRST);
    expect(inEnglish(error.fieldErrors["fields.wikidataId"]!)).toBe(
      `“${FIRST}” is already the Wikidata identifier of “U.S.–Mexico Foundation for Science”.`,
    );
    expect(error.message).toBe(inEnglish(error.fieldErrors["fields.wikidataId"]!));
    expect(rowOf("comexus")).toEqual(row);
    expect(revisionCount()).toBe(before);
    // The record that holds it may save it again.
    expect(save("fumec", FIRST).changed).toBe(false);
    expect(save("comexus", SECOND).changed).toBe(true);
  });

  test("the database refuses what the schema refuses, should a write ever bypass it", () => {
    const id = rowOf("inadem").id;
    for (const bad of ["Q0", "Q01", "q5", "Q5a", "Q"]) {
      expect(() => db.update(organizations).set({ wikidataId: bad }).where(eq(organizations.id, id)).run(), bad).toThrow(
        /CHECK constraint failed/,
      );
    }
    expect(() => db.update(organizations).set({ wikidataId: SECOND }).where(eq(organizations.id, id)).run()).toThrow(
      /UNIQUE constraint failed/,
    );
    expect(rowOf("inadem").wikidataId).toBeNull();
  });
});
