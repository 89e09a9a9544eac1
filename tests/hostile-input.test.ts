/**
 * Hostile input at the data layer, on a real SQLite file: arbitrary and known
 * hostile values in every field of every editor form (through the same
 * FormData → input step the server action uses) and in spreadsheet uploads.
 * Each is saved as text or refused with a message the app means to show, and a
 * refusal leaves every table, the search index included, as it was. The same
 * values go over HTTP to every query parameter in e2e/hostile-input.spec.ts.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/db/authorize";
import type { Db } from "@/db/connection";
import { ImportFileError, planImport } from "@/db/mutations/imports";
import { createRecord, updateRecord, ValidationError } from "@/db/mutations/records";
import { organizations } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { formDataToInput } from "@/lib/form-data";
import { RECORD_SCHEMAS } from "@/lib/validation/records";
import { IMPORT_COLUMNS } from "@/lib/import/columns";
import { IMPORT_KINDS, type RecordKind } from "@/lib/vocabulary";
import { hostileValue, KNOWN_HOSTILE_VALUES, SQL_PAYLOADS, XSS_PAYLOADS } from "./support/hostile-values";
import { eq } from "drizzle-orm";
import { forumDatabaseWithAdmin } from "./support/forum-database";

let db: Db;
let admin: Actor;

beforeAll(() => {
  ({ db, admin } = forumDatabaseWithAdmin("hostile-admin@example.org"));
});

/** Every row of every table, hashed: equal before and after means nothing was written. */
function fingerprint(): string {
  const client = db.$client;
  const tables = client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const hash = createHash("sha256");
  for (const table of tables) {
    for (const row of client.prepare(`SELECT * FROM "${table}"`).raw().iterate())
      hash.update(JSON.stringify(row, (_k, v: unknown) => (v instanceof Buffer ? v.toString("hex") : v)));
  }
  return hash.digest("hex");
}

/** A refusal the app means: a known error with a message for the reader, never an internal one. */
function expectMeantRefusal(error: unknown) {
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).not.toBe("internal");
  expect((error as AppError).message.length).toBeGreaterThan(0);
  if (error instanceof ValidationError) expect(Object.keys(error.fieldErrors).length).toBeGreaterThan(0);
}

function formOf(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.append(name, value);
  return form;
}

/** A form's names for a kind: its fields, and link rows every kind's form might send. */
function formNames(kind: RecordKind): string[] {
  const fields = Object.keys(RECORD_SCHEMAS[kind].shape.fields.shape).map((f) => `fields.${f}`);
  const links = [
    "links.topics.0.topicId",
    "links.organizations.0.organizationId",
    "links.organizations.0.role",
    "links.people.0.personId",
    "links.citations.0.sourceId",
    "links.citations.0.page",
  ];
  return [...fields, ...links, "fields.__proto__", "slug"];
}

const RUNS = 40;

describe("every editor form, any value in any field", () => {
  for (const kind of Object.keys(RECORD_SCHEMAS) as RecordKind[]) {
    test(`a new ${kind}: saved as text, or refused with messages and nothing written`, () => {
      const names = formNames(kind);
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...names), hostileValue, { minKeys: 1, maxKeys: 8 }), (values) => {
          const before = fingerprint();
          try {
            createRecord(db, admin, kind, formDataToInput(formOf(values)));
          } catch (error) {
            expectMeantRefusal(error);
            expect(fingerprint()).toBe(before);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }

  test("payloads in a name are kept as text, exactly as typed", () => {
    for (const payload of [...XSS_PAYLOADS, ...SQL_PAYLOADS]) {
      const saved = createRecord(db, admin, "organization", {
        fields: { nameEn: payload, kind: "university", country: "MX", state: "MX-BCN" },
        links: {},
      });
      expect(db.select({ nameEn: organizations.nameEn }).from(organizations).where(eq(organizations.slug, saved.slug)).get()?.nameEn).toBe(
        payload,
      );
    }
  });

  test("a record linked twice in the same role is refused next to the second row, and nothing is written", () => {
    const person = db.$client.prepare("SELECT id FROM people LIMIT 1").pluck().get() as number;
    const row = { personId: String(person), role: "spoke" };
    const before = fingerprint();
    try {
      createRecord(db, admin, "meeting", { fields: { titleEn: "A seminar", kind: "seminar" }, links: { people: [row, { ...row }] } });
      expect.unreachable("a duplicate link was saved");
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors["links.people.1.personId"]).toMatch(/repeats row 1/);
    }
    expect(fingerprint()).toBe(before);
  });

  test("an edit of an existing organization: the same, and a refused edit keeps the record as it was", () => {
    const names = formNames("organization");
    const uabc = () => db.select().from(organizations).where(eq(organizations.slug, "uabc")).get()!;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), hostileValue, { minKeys: 1, maxKeys: 8 }), (values) => {
        const record = uabc();
        const before = fingerprint();
        try {
          updateRecord(db, admin, "organization", record.id, record.version, formDataToInput(formOf(values)));
        } catch (error) {
          expectMeantRefusal(error);
          expect(fingerprint()).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("spreadsheet uploads, any bytes and any cells", () => {
  const plan = (kind: (typeof IMPORT_KINDS)[number], bytes: Uint8Array, fileName = "hostile.csv") => {
    const before = fingerprint();
    try {
      planImport(db, admin, { kind, fileName, bytes, sourceId: null });
    } catch (error) {
      expectMeantRefusal(error);
      if (!(error instanceof ImportFileError)) throw error;
      expect(fingerprint()).toBe(before);
    }
  };

  test("arbitrary bytes are read or refused with a reason", () => {
    fc.assert(
      fc.property(fc.constantFrom(...IMPORT_KINDS), fc.uint8Array({ maxLength: 400 }), (kind, bytes) => plan(kind, bytes)),
      { numRuns: RUNS },
    );
  });

  test("the template's columns with hostile cells, names and delimiters", () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(
        fc.constantFrom(...IMPORT_KINDS),
        fc.array(fc.array(hostileValue, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(",", ";", "\t"),
        fc.constantFrom(...KNOWN_HOSTILE_VALUES.slice(0, 8), "ok.csv"),
        (kind, rows, delimiter, fileName) => {
          const header = IMPORT_COLUMNS[kind].map((c) => c.name).join(delimiter);
          const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
          const body = rows.map((row) => row.map(quote).join(delimiter)).join("\r\n");
          plan(kind, encoder.encode(`${header}\r\n${body}`), fileName);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
