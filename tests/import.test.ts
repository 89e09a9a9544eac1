/**
 * Spreadsheet imports against a real seeded database: the preview plans
 * creates, updates and errors without writing any record; confirming writes
 * exactly that plan in one transaction with history and search; anything that
 * fails at write time (a changed record, a refusal, a bad row) leaves
 * everything as it was.
 */
import { and, count, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { inEnglish } from "@/lib/i18n/message-ref";
import type { Actor } from "@/db/authorize";
import type { Db } from "@/db/connection";
import { applyImport, ImportFileError, ImportRowError, planImport, type FileProblem, type RowPlan } from "@/db/mutations/imports";
import { createRecord, updateRecord } from "@/db/mutations/records";
import { searchRecords } from "@/db/queries/search";
import {
  importRows,
  imports,
  meetingOrganizations,
  meetings,
  organizations,
  revisions,
  sources,
  userAssignments,
  users,
} from "@/db/schema";
import { prepareDatabase } from "@/db/setup";
import { readSnapshot } from "@/db/aggregates";
import { AppError } from "@/lib/errors";
import type { ImportKind } from "@/lib/vocabulary";

let db: Db;
let admin: Actor;
let uaOfficer: Actor;
let seedSource: number;

const SEED = "sre-2014-06-16-working-group-arizona";
const UANEWS = "uanews-2014-06-11-meeting-at-ua";

const csv = (...lines: string[]) => new TextEncoder().encode(lines.join("\r\n") + "\r\n");

function addUser(email: string, role: "admin" | "editor"): Actor {
  const [u] = db.insert(users).values({ email, role }).returning().all();
  return { id: u!.id, email: u!.email, role: u!.role };
}
const idOf = (slug: string) => db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug)).get()!.id;
const orgNamed = (name: string) => db.select().from(organizations).where(eq(organizations.nameEn, name)).get();
const revisionCount = () => db.select({ n: count() }).from(revisions).get()!.n;
const organizationCount = () => db.select({ n: count() }).from(organizations).get()!.n;

function plan(actor: Actor, kind: ImportKind, bytes: Uint8Array, sourceId: number | null = null) {
  const { importId } = planImport(db, actor, { kind, fileName: `${kind}s.csv`, bytes, sourceId });
  const rows = db.select().from(importRows).where(eq(importRows.importId, importId)).orderBy(importRows.line).all();
  return { importId, head: db.select().from(imports).where(eq(imports.id, importId)).get()!, rows };
}

function fileProblem(fn: () => unknown): FileProblem {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportFileError);
    return (e as ImportFileError).problem;
  }
  throw new Error("expected the file to be refused");
}

function refusal<T extends AppError>(fn: () => unknown, type: new (...args: never[]) => T = AppError as never): T {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(type);
    return e as T;
  }
  throw new Error("expected a refusal");
}

/** Organizations citing the forum's press release unless a row names its own source. */
const planOrganizations = (actor: Actor, ...lines: string[]) => plan(actor, "organization", csv(...lines), seedSource);

const issuesOf = (row: { plan: unknown }) => (row.plan as RowPlan).issues.map((i) => `${i.column ?? "row"}:${i.issue.code}`);

beforeAll(() => {
  db = prepareDatabase(process.env.DATABASE_PATH!, "forum").db;
  admin = addUser("admin@example.org", "admin");
  uaOfficer = addUser("officer@arizona.example", "editor");
  db.insert(userAssignments)
    .values({ userId: uaOfficer.id, organizationId: idOf("university-of-arizona") })
    .run();
  seedSource = db.select({ id: sources.id }).from(sources).where(eq(sources.slug, SEED)).get()!.id;
});

describe("organizations: preview, then write", () => {
  const file = csv(
    "name_en,name_es,kind,country,state,city,website,ror_id,source",
    // New, with accents and a state by name.
    `Sonora Institute of Technology,Instituto Tecnológico de Sonora,Research center,México,Sonora,Ciudad Obregón,www.itson.mx,,${SEED}`,
    // The University of Arizona by its Spanish name: gains a website and a ROR id; the empty cells keep what it has.
    `,Universidad de Arizona,,,,,https://www.arizona.edu,https://ror.org/03m2x1q45,${UANEWS}`,
    // CONACYT as it is, by its English name.
    `National Council for Science and Technology,,government_agency,MX,MX-CMX,,,,${SEED}`,
  );

  test("the preview counts and explains each row and writes no record", () => {
    const before = {
      orgs: organizationCount(),
      revisions: revisionCount(),
      ua: readSnapshot(db, "organization", idOf("university-of-arizona")),
    };
    const { head, rows } = plan(admin, "organization", file);

    expect(head).toMatchObject({ status: "pending", rowCount: 3, createCount: 1, updateCount: 1, unchangedCount: 1, errorCount: 0 });
    expect(rows.map((r) => [r.line, r.status])).toEqual([
      [2, "create"],
      [3, "update"],
      [4, "unchanged"],
    ]);
    const created = rows[0]!.plan as RowPlan;
    expect(created.input!.fields).toMatchObject({
      kind: "research_center",
      country: "MX",
      state: "MX-SON",
      website: "https://www.itson.mx",
    });
    const update = rows[1]!.plan as RowPlan;
    expect(update.matchedBy).toBe("name");
    expect(update.diff!.fields.map((f) => [f.field, f.before, f.after])).toEqual([
      ["website", null, "https://www.arizona.edu"],
      ["rorId", null, "03m2x1q45"],
    ]);
    expect(rows[2]!.plan).toMatchObject({ matchedBy: "name" });

    expect(organizationCount()).toBe(before.orgs);
    expect(revisionCount()).toBe(before.revisions);
    expect(readSnapshot(db, "organization", idOf("university-of-arizona"))).toEqual(before.ua);
  });

  test("confirming writes the plan in one go: records, history naming the import, and search", () => {
    const { importId } = plan(admin, "organization", file);
    const outcome = applyImport(db, admin, importId);
    expect(outcome).toEqual({ importId, created: 1, updated: 1, unchanged: 0 + 1 });

    const itson = orgNamed("Sonora Institute of Technology")!;
    expect(itson).toMatchObject({ nameEs: "Instituto Tecnológico de Sonora", city: "Ciudad Obregón", state: "MX-SON" });
    const ua = db.select().from(organizations).where(eq(organizations.slug, "university-of-arizona")).get()!;
    expect(ua).toMatchObject({ rorId: "03m2x1q45", website: "https://www.arizona.edu", nameEn: "University of Arizona", city: "Tucson" });

    const written = db.select().from(revisions).where(eq(revisions.importId, importId)).all();
    expect(written.map((r) => [r.label, r.action]).sort()).toEqual([
      ["Sonora Institute of Technology", "create"],
      ["University of Arizona", "update"],
    ]);
    expect(readSnapshot(db, "organization", itson.id)!.links.citations).toEqual([{ sourceId: seedSource, locator: null }]);

    // Found by search, accents and case aside, in either language.
    expect(searchRecords("tecnologico de sonora", {}).hits[0]).toMatchObject({ kind: "organization", slug: itson.slug });
    const head = db.select().from(imports).where(eq(imports.id, importId)).get()!;
    expect(head.status).toBe("applied");
    const createdRow = db
      .select()
      .from(importRows)
      .where(and(eq(importRows.importId, importId), eq(importRows.line, 2)))
      .get()!;
    expect(createdRow).toMatchObject({ recordId: itson.id, recordSlug: itson.slug });

    // A second confirmation writes nothing more; the same file again is now unchanged and says it was imported.
    refusal(() => applyImport(db, admin, importId));
    const again = plan(admin, "organization", file);
    expect(again.rows.map((r) => r.status)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(again.head.notices).toContainEqual(expect.objectContaining({ code: "imported_before", importId }));
  });
});

describe("rows with errors", () => {
  test("each problem is named by row and column, the file cannot be confirmed, and nothing is written", () => {
    const before = { orgs: organizationCount(), revisions: revisionCount() };
    const { importId, head, rows } = plan(
      admin,
      "organization",
      csv(
        "name_en;kind;country;state;website;latitude;source;notes",
        ";university;MX;;;;", // no English name, and no source for the file
        `Colegio de Sonora;universidad;MX;Atlantis;;;${SEED}`,
        `Universidad Autónoma de Sinaloa;university;MX;;not a web address;25.8;${SEED}`,
        `Colegio de la Frontera Norte;university;MX;;;;a press release`,
        `Universidad de Guadalajara;university;MX;;;;${SEED}`,
        `universidad de guadalajara;university;MX;;;;${SEED};`,
        `Instituto Nacional de Astrofísica;research_center;MX;;;;${SEED};x;y`,
      ),
    );
    expect(head.errorCount).toBe(6);
    expect(head.notices).toContainEqual({ code: "semicolons" });
    expect(head.notices).toContainEqual({ code: "unknown_columns", columns: ["notes"] });
    expect(rows.map((r) => [r.line, issuesOf(r)])).toEqual([
      [2, ["source:no_source", "name_en:invalid"]],
      [3, ["kind:not_in_list", "state:not_a_state"]],
      [4, ["website:invalid", "longitude:invalid"]],
      [5, ["source:unknown_source"]],
      [6, []],
      [7, ["row:duplicate_row"]],
      [8, ["row:extra_cells"]],
    ]);
    const website = (rows[2]!.plan as RowPlan).issues[0]!.issue;
    expect(website.code).toBe("invalid");
    expect(inEnglish((website as { message: string }).message)).toBe(
      "Give the website as a full web address starting with https:// or http://.",
    );
    expect((rows[5]!.plan as RowPlan).issues[0]!.issue).toEqual({ code: "duplicate_row", row: 6 });

    expect(refusal(() => applyImport(db, admin, importId)).code).toBe("bad_request");
    expect({ orgs: organizationCount(), revisions: revisionCount() }).toEqual(before);
  });

  test("two records with the same name: the row asks for a ROR id or website instead of guessing", () => {
    const [first] = [
      createRecord(db, admin, "organization", {
        fields: { nameEn: "Center for Bilateral Studies", kind: "research_center", country: "US" },
        links: {},
      }),
      createRecord(db, admin, "organization", {
        fields: { nameEn: "Center for Bilateral Studies", kind: "research_center", country: "MX" },
        links: {},
      }),
    ];
    const { rows } = planOrganizations(admin, "name_en,kind,country", "Center for Bilateral Studies,research_center,US");
    expect(rows[0]!.status).toBe("error");
    expect((rows[0]!.plan as RowPlan).issues[0]!.issue).toMatchObject({ code: "ambiguous_match", by: "name" });
    // Its ROR id tells them apart: the row updates that one, adding the file's source to what it cites.
    updateRecord(db, admin, "organization", first!.id, 1, {
      ...readSnapshot(db, "organization", first!.id)!,
      fields: { ...readSnapshot(db, "organization", first!.id)!.fields, rorId: "00abcde12" },
    });
    const byRor = planOrganizations(admin, "name_en,kind,country,ror_id", "Center for Bilateral Studies,research_center,US,00abcde12");
    expect(byRor.rows[0]).toMatchObject({ status: "update", recordId: first!.id });
    expect((byRor.rows[0]!.plan as RowPlan).diff).toEqual({
      fields: [],
      links: [{ linkSet: "citations", added: [{ sourceId: seedSource, locator: null }], removed: [] }],
    });
  });
});

describe("the file as a whole", () => {
  test("missing columns are named, and nothing else is said", () => {
    expect(
      fileProblem(() =>
        planImport(db, admin, {
          kind: "organization",
          fileName: "x.csv",
          bytes: csv("name,kind", "UNAM,university"),
          sourceId: seedSource,
        }),
      ),
    ).toEqual({
      code: "missing_columns",
      columns: ["name_en", "country"],
    });
  });

  test("a UTF-16 file, a workbook and an empty one are refused by what they are", () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[..."name_en,kind,country\n"].flatMap((c) => [c.charCodeAt(0), 0])]);
    const problemOf = (bytes: Uint8Array) =>
      fileProblem(() => planImport(db, admin, { kind: "organization", fileName: "x", bytes, sourceId: seedSource })).code;
    expect(problemOf(utf16)).toBe("utf16");
    expect(problemOf(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe("workbook");
    expect(problemOf(new Uint8Array())).toBe("empty");
    expect(problemOf(csv("name_en,kind,country"))).toBe("no_rows");
  });

  test("a source must be named, for the file or in a column, and must exist", () => {
    const bytes = csv("name_en,kind,country", "UNAM,university,MX");
    expect(fileProblem(() => planImport(db, admin, { kind: "organization", fileName: "x", bytes, sourceId: null })).code).toBe("no_source");
    expect(fileProblem(() => planImport(db, admin, { kind: "organization", fileName: "x", bytes, sourceId: 999_999 })).code).toBe(
      "unknown_source",
    );
  });

  test("more rows or bytes than the limits allow are refused before any row is read", () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `Org ${i},university,MX`);
    expect(
      fileProblem(() =>
        planImport(db, admin, { kind: "organization", fileName: "x", bytes: csv("name_en,kind,country", ...rows), sourceId: seedSource }),
      ),
    ).toEqual({
      code: "too_many_rows",
      rows: 10_001,
      max: 10_000,
    });
    const large = new Uint8Array(8 * 1024 * 1024 + 1).fill(0x61);
    expect(fileProblem(() => planImport(db, admin, { kind: "organization", fileName: "x", bytes: large, sourceId: seedSource })).code).toBe(
      "too_large",
    );
  });
});

describe("a preview that no longer holds", () => {
  test("a record changed since the preview: nothing is written, and the row is named", () => {
    const before = organizationCount();
    const { importId } = planOrganizations(
      admin,
      "name_en,kind,country,city",
      "Universidad de Sonora,university,MX,Hermosillo",
      "CETYS Universidad,university,MX,Mexicali",
    );
    const cetys = idOf("cetys");
    const snapshot = readSnapshot(db, "organization", cetys)!;
    const version = db.select({ v: organizations.version }).from(organizations).where(eq(organizations.id, cetys)).get()!.v;
    updateRecord(db, admin, "organization", cetys, version, { ...snapshot, fields: { ...snapshot.fields, city: "Tijuana" } });
    const revisionsBefore = revisionCount();

    const error = refusal(() => applyImport(db, admin, importId), ImportRowError);
    expect(error).toMatchObject({ row: 3, label: "CETYS Universidad", reason: "changed" });
    expect(organizationCount()).toBe(before);
    expect(orgNamed("Universidad de Sonora")).toBeUndefined();
    expect(revisionCount()).toBe(revisionsBefore);
    expect(db.select().from(imports).where(eq(imports.id, importId)).get()!.status).toBe("pending");
  });

  test("an organization added since the preview that a new row describes: refused rather than duplicated", () => {
    const { importId } = planOrganizations(admin, "name_en,kind,country", "El Colegio de la Frontera Norte,university,MX");
    createRecord(db, admin, "organization", {
      fields: { nameEn: "El Colegio de la Frontera Norte", kind: "university", country: "MX" },
      links: {},
    });
    expect(refusal(() => applyImport(db, admin, importId), ImportRowError)).toMatchObject({ row: 2, reason: "changed" });
    expect(db.select({ n: count() }).from(organizations).where(eq(organizations.nameEn, "El Colegio de la Frontera Norte")).get()!.n).toBe(
      1,
    );
  });

  test("a row that fails at write time undoes the rows written before it", () => {
    const before = { orgs: organizationCount(), revisions: revisionCount() };
    const { importId, rows } = planOrganizations(
      admin,
      "name_en,kind,country",
      "Universidad Veracruzana,university,MX",
      "Universidad de Colima,university,MX",
    );
    // The stored plan is the write's only input: a plan tampered with after the preview is validated again.
    const last = rows[1]!.plan as RowPlan;
    db.update(importRows)
      .set({ plan: { ...last, input: { ...last.input!, fields: { ...last.input!.fields, kind: "spaceship" } } } })
      .where(and(eq(importRows.importId, importId), eq(importRows.line, 3)))
      .run();
    expect(refusal(() => applyImport(db, admin, importId), ImportRowError)).toMatchObject({ row: 3, reason: "invalid" });
    expect({ orgs: organizationCount(), revisions: revisionCount() }).toEqual(before);
    expect(orgNamed("Universidad Veracruzana")).toBeUndefined();
  });

  test("an expired preview is refused", () => {
    const { importId } = planOrganizations(admin, "name_en,kind,country", "Universidad de Quintana Roo,university,MX");
    const later = new Date(Date.now() + 25 * 3_600_000);
    expect(refusal(() => applyImport(db, admin, importId, later)).code).toBe("conflict");
    expect(orgNamed("Universidad de Quintana Roo")).toBeUndefined();
  });
});

describe("program officers", () => {
  const file = csv(
    "name_en,kind,country,city",
    "University of Arizona,university,US,Tucson (main campus)",
    "National Council for Science and Technology,government_agency,MX,Benito Juárez",
    "Arizona State University,university,US,Tempe",
  );

  test("rows they may not touch are errors in the preview: other organizations, and new ones", () => {
    const { rows, head } = plan(uaOfficer, "organization", file, seedSource);
    expect(rows.map((r) => [r.status, issuesOf(r)])).toEqual([
      ["update", []],
      ["error", ["row:not_allowed_update"]],
      ["error", ["row:not_allowed_create"]],
    ]);
    expect(head.errorCount).toBe(2);
  });

  test("the data layer refuses at write time what the preview allowed but the officer may no longer do", () => {
    const { importId } = planOrganizations(uaOfficer, "name_en,kind,country,city", "University of Arizona,university,US,Tucson (AZ)");
    db.delete(userAssignments).where(eq(userAssignments.userId, uaOfficer.id)).run();
    try {
      expect(refusal(() => applyImport(db, uaOfficer, importId), ImportRowError)).toMatchObject({
        row: 2,
        reason: "forbidden",
        code: "forbidden",
      });
      expect(db.select().from(organizations).where(eq(organizations.slug, "university-of-arizona")).get()!.city).not.toBe("Tucson (AZ)");

      // A forged row (a create the officer may not make) is refused just the same.
      const forged = planOrganizations(admin, "name_en,kind,country", "Forged Institute,university,MX");
      db.update(imports).set({ userId: uaOfficer.id }).where(eq(imports.id, forged.importId)).run();
      expect(refusal(() => applyImport(db, uaOfficer, forged.importId), ImportRowError)).toMatchObject({ reason: "forbidden" });
      expect(orgNamed("Forged Institute")).toBeUndefined();
    } finally {
      db.insert(userAssignments)
        .values({ userId: uaOfficer.id, organizationId: idOf("university-of-arizona") })
        .run();
    }
  });

  test("nobody confirms another editor's import, and signed-out requests are refused", () => {
    const { importId } = planOrganizations(admin, "name_en,kind,country", "Universidad de Sonora,university,MX");
    expect(refusal(() => applyImport(db, uaOfficer, importId)).code).toBe("not_found");
    expect(refusal(() => applyImport(db, null, importId)).code).toBe("unauthorized");
    expect(refusal(() => planImport(db, null, { kind: "organization", fileName: "x", bytes: csv("a"), sourceId: null })).code).toBe(
      "unauthorized",
    );
  });
});

describe("meetings with participants", () => {
  test("a new meeting and an updated one, organizations found by name or acronym; an unknown one is an error", () => {
    const header = "slug,title_en,kind,start_date,city,country,hosts,participants,source";
    const tucson = "2014-06-09-working-group-tucson";
    const workshopRow = `,Binational workshop on water,seminar,2018-04,Hermosillo,Mexico,University of Arizona,"CONACYT | colorado school of mines",`;
    const cetysAtTucson = `${tucson},,,,,,,CETYS,`;
    const { importId, rows } = plan(
      admin,
      "meeting",
      csv(header, workshopRow, cetysAtTucson, `,Another workshop,seminar,2018-05,,MX,,Nowhere College,`),
      seedSource,
    );
    expect(rows.map((r) => [r.status, issuesOf(r)])).toEqual([
      ["create", []],
      ["update", []],
      ["error", ["participants:unknown_organization"]],
    ]);
    expect((rows[1]!.plan as RowPlan).diff!.links).toEqual([
      {
        linkSet: "organizations",
        added: [expect.objectContaining({ organizationId: idOf("cetys"), role: "participant", sourceId: seedSource })],
        removed: [],
      },
    ]);

    // Without the bad row, the import goes through.
    const good = plan(admin, "meeting", csv(header, workshopRow, cetysAtTucson), seedSource);
    expect(importId).not.toBe(good.importId);
    applyImport(db, admin, good.importId);
    const workshop = db.select().from(meetings).where(eq(meetings.titleEn, "Binational workshop on water")).get()!;
    const links = db.select().from(meetingOrganizations).where(eq(meetingOrganizations.meetingId, workshop.id)).all();
    expect(links.map((l) => [l.organizationId, l.role]).sort()).toEqual(
      [
        [idOf("university-of-arizona"), "host"],
        [idOf("conacyt"), "participant"],
        [idOf("colorado-school-of-mines"), "participant"],
      ].sort(),
    );
    const tucsonId = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, tucson)).get()!.id;
    expect(
      db
        .select()
        .from(meetingOrganizations)
        .where(and(eq(meetingOrganizations.meetingId, tucsonId), eq(meetingOrganizations.organizationId, idOf("cetys"))))
        .get(),
    ).toBeDefined();
    expect(
      db
        .select({ n: count() })
        .from(revisions)
        .where(and(eq(revisions.importId, good.importId), isNotNull(revisions.before)))
        .get()!.n,
    ).toBe(1);
  });
});

describe("10,000 rows", () => {
  test("are previewed and written within the limits of a busy machine", () => {
    const lines = Array.from(
      { length: 10_000 },
      (_, i) =>
        `Synthetic Institute ${i},"Instituto Sintético ${i}, Campus León",university,MX,Guanajuato,León,https://si${i}.example.mx,"Una descripción ""con comillas"" del instituto ${i}"`,
    );
    const bytes = csv("name_en,name_es,kind,country,state,city,website,description_en", ...lines);
    let started = performance.now();
    const { importId } = planImport(db, admin, { kind: "organization", fileName: "large.csv", bytes, sourceId: seedSource });
    const previewMs = performance.now() - started;
    started = performance.now();
    expect(applyImport(db, admin, importId).created).toBe(10_000);
    const writeMs = performance.now() - started;
    console.info(
      `10,000 rows (${(bytes.length / 1e6).toFixed(1)} MB): preview ${Math.round(previewMs)} ms, write ${Math.round(writeMs)} ms`,
    );
    expect(db.select({ n: count() }).from(revisions).where(eq(revisions.importId, importId)).get()!.n).toBe(10_000);
    expect(searchRecords("instituto sintetico 9999", {}).hits[0]).toMatchObject({ kind: "organization" });
  }, 180_000);
});
