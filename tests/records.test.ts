/**
 * The editing engine against a real seeded database: authorization, validation,
 * optimistic concurrency, history and restore. Refused writes change nothing.
 */
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { readSnapshot, type Snapshot } from "@/db/aggregates";
import type { Actor } from "@/db/authorize";
import type { Db } from "@/db/connection";
import {
  ConflictError,
  createRecord,
  deleteRecord,
  restoreRevision,
  setRecordArchived,
  updateRecord,
  ValidationError,
} from "@/db/mutations/records";
import { getMeetingBySlug, listMeetings } from "@/db/queries/meetings";
import { PUBLIC_VIEWER } from "@/db/queries/shared";
import { meetings, organizations, revisions, userAssignments, users } from "@/db/schema";
import { prepareDatabase } from "@/db/setup";
import { AppError } from "@/lib/errors";

let db: Db;
let admin: Actor;
let uaEditor: Actor;

const TUCSON = "2014-06-09-working-group-tucson";
const COLLOQUIUM = "2019-12-colloquium-mexico-city";

function idOf(table: typeof meetings | typeof organizations, slug: string): number {
  return db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get()!.id;
}
function versionOf(slug: string): number {
  return db.select({ v: meetings.version }).from(meetings).where(eq(meetings.slug, slug)).get()!.v;
}
function revisionCount(): number {
  return db.select({ n: count() }).from(revisions).get()!.n;
}
function snapshot(slug: string): Snapshot {
  return readSnapshot(db, "meeting", idOf(meetings, slug))!;
}
function addUser(email: string, role: "admin" | "editor"): Actor {
  const [u] = db.insert(users).values({ email, role }).returning().all();
  return { id: u!.id, email: u!.email, role: u!.role };
}
function expectAppError(fn: () => unknown, code: string): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe(code);
    return e as AppError;
  }
  throw new Error(`expected an AppError ${code}`);
}

beforeAll(() => {
  db = prepareDatabase(process.env.DATABASE_PATH!, "forum").db;
  admin = addUser("admin@example.org", "admin");
  uaEditor = addUser("officer@arizona.example", "editor");
  db.insert(userAssignments)
    .values({ userId: uaEditor.id, organizationId: idOf(organizations, "university-of-arizona") })
    .run();
});

describe("editing a meeting", () => {
  test("an admin changes the participants; the public sees it and history records before and after", () => {
    const before = snapshot(TUCSON);
    const nova = idOf(organizations, "northern-virginia-community-college");
    const input = {
      ...before,
      links: { ...before.links, organizations: [...before.links.organizations!, { organizationId: nova, role: "participant" }] },
    };
    const result = updateRecord(db, admin, "meeting", idOf(meetings, TUCSON), versionOf(TUCSON), input);

    expect(result.changed).toBe(true);
    expect(result.version).toBe(2);
    const page = getMeetingBySlug(TUCSON, PUBLIC_VIEWER)!;
    expect(page.organizations.map((o) => o.slug)).toContain("northern-virginia-community-college");
    const revision = db.select().from(revisions).where(eq(revisions.recordId, result.id)).all().at(-1)!;
    expect(revision.action).toBe("update");
    expect(revision.userId).toBe(admin.id);
    expect((revision.before as Snapshot).links.organizations).toHaveLength(before.links.organizations!.length);
    expect((revision.after as Snapshot).links.organizations).toHaveLength(before.links.organizations!.length + 1);
  });

  test("saving without changes records nothing", () => {
    const n = revisionCount();
    const result = updateRecord(db, admin, "meeting", idOf(meetings, TUCSON), versionOf(TUCSON), snapshot(TUCSON));
    expect(result.changed).toBe(false);
    expect(revisionCount()).toBe(n);
  });

  test("the second of two editors working from the same version gets a conflict, and the first edit stays", () => {
    const version = versionOf(TUCSON);
    const base = snapshot(TUCSON);
    updateRecord(db, admin, "meeting", idOf(meetings, TUCSON), version, { ...base, fields: { ...base.fields, venue: "Student Union" } });
    const error = expectAppError(
      () =>
        updateRecord(db, uaEditor, "meeting", idOf(meetings, TUCSON), version, { ...base, fields: { ...base.fields, city: "Phoenix" } }),
      "conflict",
    ) as ConflictError;
    expect(error.conflict.currentVersion).toBe(version + 1);
    expect(error.conflict.current.fields.venue).toBe("Student Union");
    expect(snapshot(TUCSON).fields.city).toBe("Tucson");
  });

  test("restoring an earlier revision brings its content back as a new revision", () => {
    const first = db
      .select()
      .from(revisions)
      .where(eq(revisions.recordId, idOf(meetings, TUCSON)))
      .all()[0]!;
    const result = restoreRevision(db, admin, first.id, versionOf(TUCSON));
    const restored = snapshot(TUCSON);
    expect(restored.fields.venue).toBe((first.after as Snapshot).fields.venue);
    expect(restored.links.organizations).toEqual((first.after as Snapshot).links.organizations);
    const last = db.select().from(revisions).where(eq(revisions.recordId, result.id)).all().at(-1)!;
    expect(last.action).toBe("restore");
    expect(last.restoredFromId).toBe(first.id);
  });

  test("archiving takes a meeting off the lists but keeps its page", () => {
    const id = idOf(meetings, COLLOQUIUM);
    setRecordArchived(db, admin, "meeting", id, versionOf(COLLOQUIUM), true);
    expect(listMeetings({}, { page: 1, pageSize: 100 }).items.map((m) => m.slug)).not.toContain(COLLOQUIUM);
    expect(getMeetingBySlug(COLLOQUIUM, PUBLIC_VIEWER)?.archivedAt).toBeInstanceOf(Date);
    setRecordArchived(db, admin, "meeting", id, versionOf(COLLOQUIUM), false);
    expect(listMeetings({}, { page: 1, pageSize: 100 }).items.map((m) => m.slug)).toContain(COLLOQUIUM);
  });
});

describe("refused input changes nothing", () => {
  const cases: [string, (s: Snapshot) => unknown, string][] = [
    [
      "an end date before the start",
      (s) => ({ ...s, fields: { ...s.fields, startDate: "2014-06-10", endDate: "2014-06-09" } }),
      "fields.endDate",
    ],
    ["a date that does not exist", (s) => ({ ...s, fields: { ...s.fields, startDate: "2014-02-30" } }), "fields.startDate"],
    ["an over-long title", (s) => ({ ...s, fields: { ...s.fields, titleEn: "x".repeat(301) } }), "fields.titleEn"],
    [
      "an unknown organization",
      (s) => ({ ...s, links: { ...s.links, organizations: [{ organizationId: 999999, role: "host" }] } }),
      "links.organizations.0.organizationId",
    ],
    [
      "an unknown role",
      (s) => ({ ...s, links: { ...s.links, organizations: [{ organizationId: 1, role: "sponsor" }] } }),
      "links.organizations.0.role",
    ],
    ["a duplicate address", (s) => ({ ...s, slug: "2014-05-21-official-launch" }), "slug"],
    ["a badly formed address", (s) => ({ ...s, slug: "Not A Slug" }), "slug"],
  ];
  test.each(cases)("%s", (_, change, path) => {
    const before = snapshot(TUCSON);
    const version = versionOf(TUCSON);
    const n = revisionCount();
    const error = expectAppError(
      () => updateRecord(db, admin, "meeting", idOf(meetings, TUCSON), version, change(before)),
      "bad_request",
    ) as ValidationError;
    expect(error.status).toBe(400);
    expect(Object.keys(error.fieldErrors)).toContain(path);
    expect(snapshot(TUCSON)).toEqual(before);
    expect(versionOf(TUCSON)).toBe(version);
    expect(revisionCount()).toBe(n);
  });

  test("a bad website on an organization is refused with a plain message", () => {
    const ua = readSnapshot(db, "organization", idOf(organizations, "university-of-arizona"))!;
    const error = expectAppError(
      () =>
        updateRecord(db, admin, "organization", idOf(organizations, "university-of-arizona"), 1, {
          ...ua,
          fields: { ...ua.fields, website: "javascript:alert(1)" },
        }),
      "bad_request",
    ) as ValidationError;
    expect(error.fieldErrors["fields.website"]).toMatch(/https:\/\//);
  });

  test("an organization cannot become its own parent's parent", () => {
    const uaId = idOf(organizations, "university-of-arizona");
    const unit = idOf(organizations, "ua-office-of-global-initiatives");
    const ua = readSnapshot(db, "organization", uaId)!;
    const error = expectAppError(
      () => updateRecord(db, admin, "organization", uaId, 1, { ...ua, fields: { ...ua.fields, parentId: unit } }),
      "bad_request",
    ) as ValidationError;
    expect(error.fieldErrors["fields.parentId"]).toBeDefined();
  });
});

describe("who may do what", () => {
  test("an editor edits a meeting their organization took part in", () => {
    const s = snapshot(TUCSON);
    const result = updateRecord(db, uaEditor, "meeting", idOf(meetings, TUCSON), versionOf(TUCSON), {
      ...s,
      fields: { ...s.fields, outcomesEn: "Partnerships listed." },
    });
    expect(result.changed).toBe(true);
  });

  test("an editor outside the meeting's organizations is refused and nothing changes", () => {
    const s = snapshot(COLLOQUIUM);
    const version = versionOf(COLLOQUIUM);
    expectAppError(
      () => updateRecord(db, uaEditor, "meeting", idOf(meetings, COLLOQUIUM), version, { ...s, fields: { ...s.fields, city: "Tijuana" } }),
      "forbidden",
    );
    expect(snapshot(COLLOQUIUM)).toEqual(s);
    expect(versionOf(COLLOQUIUM)).toBe(version);
  });

  test("anonymous users are refused everything", () => {
    const s = snapshot(TUCSON);
    expectAppError(() => updateRecord(db, null, "meeting", idOf(meetings, TUCSON), versionOf(TUCSON), s), "unauthorized");
    expectAppError(() => createRecord(db, null, "person", { fields: { name: "A", sortName: "A" }, links: {} }), "unauthorized");
  });

  test("an editor creates people and meetings but not organizations", () => {
    const person = createRecord(db, uaEditor, "person", {
      fields: { name: "Ana Núñez", sortName: "Núñez, Ana", isPublic: "on" },
      links: {},
    });
    expect(person.slug).toBe("ana-nunez");
    const meeting = createRecord(db, uaEditor, "meeting", { fields: { titleEn: "Follow-up seminar", kind: "seminar" }, links: {} });
    expect(meeting.version).toBe(1);
    const n = db.select({ n: count() }).from(organizations).get()!.n;
    expectAppError(
      () => createRecord(db, uaEditor, "organization", { fields: { nameEn: "New U", kind: "university", country: "US" }, links: {} }),
      "forbidden",
    );
    expect(db.select({ n: count() }).from(organizations).get()!.n).toBe(n);
  });
});

describe("back to the record as first loaded", () => {
  test("restoring the state before the first recorded change brings back the seeded content", () => {
    const slug = "2016-02-25-high-level-meeting-mexico-city";
    const id = idOf(meetings, slug);
    const seeded = snapshot(slug);
    updateRecord(db, admin, "meeting", id, versionOf(slug), { ...seeded, fields: { ...seeded.fields, venue: "Somewhere else" } });
    const first = db
      .select()
      .from(revisions)
      .where(eq(revisions.recordId, id))
      .all()
      .find((r) => r.recordKind === "meeting")!;
    restoreRevision(db, admin, first.id, versionOf(slug), "before");
    expect(snapshot(slug)).toEqual(seeded);
  });
});

describe("deleting", () => {
  test("an admin deletes a record nothing else refers to, with its own links, and history keeps it", () => {
    const created = createRecord(db, admin, "meeting", {
      fields: { titleEn: "Meeting entered by mistake", kind: "seminar" },
      links: { organizations: [{ organizationId: idOf(organizations, "cetys"), role: "host" }] },
    });
    deleteRecord(db, admin, "meeting", created.id, created.version);
    expect(db.select().from(meetings).where(eq(meetings.id, created.id)).get()).toBeUndefined();
    const last = db.select().from(revisions).where(eq(revisions.recordId, created.id)).all().at(-1)!;
    expect(last.action).toBe("delete");
  });

  test("a record others refer to is refused with a message naming them, and nothing is removed", () => {
    const id = idOf(meetings, "2015-01-05-signing-fso-exchange-and-internships");
    const before = snapshot("2015-01-05-signing-fso-exchange-and-internships");
    const error = expectAppError(
      () => deleteRecord(db, admin, "meeting", id, versionOf("2015-01-05-signing-fso-exchange-and-internships")),
      "record_in_use",
    );
    expect(error.message).toMatch(/cannot be deleted: it is still referenced by \d+ agreements?/);
    expect(snapshot("2015-01-05-signing-fso-exchange-and-internships")).toEqual(before);
  });

  test("editors cannot delete, even what they may edit", () => {
    expectAppError(() => deleteRecord(db, uaEditor, "meeting", idOf(meetings, TUCSON), versionOf(TUCSON)), "forbidden");
    expect(getMeetingBySlug(TUCSON, PUBLIC_VIEWER)).not.toBeNull();
  });
});
