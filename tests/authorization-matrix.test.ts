/**
 * For each kind of user and each mutation, called directly on the data layer:
 * allowed ones succeed, refused ones throw and change nothing.
 */
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { AGGREGATES, readSnapshot } from "@/db/aggregates";
import type { Actor } from "@/db/authorize";
import type { Db } from "@/db/connection";
import { createRecord, restoreRevision, setRecordArchived, updateRecord } from "@/db/mutations/records";
import { assignToUser, changeUserRole, inviteUser, setUserDisabled } from "@/db/mutations/users";
import { revisions, userAssignments, users, type RecordKind } from "@/db/schema";
import { prepareDatabase } from "@/db/setup";
import { AppError } from "@/lib/errors";

let db: Db;
const actors: Record<string, Actor | null> = {};
type Who = "anonymous" | "outsider" | "uaEditor" | "canfsaEditor" | "admin";
const WHO: Who[] = ["anonymous", "outsider", "uaEditor", "canfsaEditor", "admin"];

function idOf(kind: RecordKind, slug: string): number {
  const table = AGGREGATES[kind].table;
  return db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get()!.id;
}
function state(kind: RecordKind, id: number) {
  const table = AGGREGATES[kind].table;
  return {
    snapshot: readSnapshot(db, kind, id),
    version: db.select({ v: table.version }).from(table).where(eq(table.id, id)).get()!.v,
    revisions: db.select({ n: count() }).from(revisions).get()!.n,
  };
}
function addActor(email: string, role: "admin" | "editor"): Actor {
  const u = db.insert(users).values({ email, role }).returning().get();
  return { id: u.id, email: u.email, role: u.role };
}

beforeAll(() => {
  db = prepareDatabase(process.env.DATABASE_PATH!, "forum").db;
  actors.anonymous = null;
  actors.outsider = addActor("outsider@example.org", "editor");
  actors.uaEditor = addActor("ua@example.org", "editor");
  actors.canfsaEditor = addActor("canfsa@example.org", "editor");
  actors.admin = addActor("admin@example.org", "admin");
  db.insert(userAssignments)
    .values({ userId: actors.uaEditor!.id, organizationId: idOf("organization", "university-of-arizona") })
    .run();
  db.insert(userAssignments)
    .values({ userId: actors.canfsaEditor!.id, programId: idOf("program", "canfsa") })
    .run();
});

/** [kind, slug, who may update, archive and restore it] */
const EXISTING: [RecordKind, string, Who[]][] = [
  ["organization", "university-of-arizona", ["uaEditor", "admin"]],
  ["organization", "conacyt", ["admin"]],
  ["program", "canfsa", ["canfsaEditor", "admin"]],
  ["program", "la-red", ["admin"]],
  // UA hosted it; CANFSA was discussed there.
  ["meeting", "2014-06-09-working-group-tucson", ["uaEditor", "canfsaEditor", "admin"]],
  ["meeting", "2019-12-colloquium-mexico-city", ["admin"]],
  ["agreement", "2015-03-16-mou-intern-program", ["admin"]],
  ["person", "sergio-m-alcocer", ["admin"]],
  ["topic", "astrophysics", ["admin"]],
];

describe.each(EXISTING)("%s %s", (kind, slug, allowed) => {
  test.each(WHO)("update, archive and restore by %s", (who) => {
    const id = idOf(kind, slug);
    const actor = actors[who]!;
    const before = state(kind, id);
    const changed = { ...before.snapshot!, fields: { ...before.snapshot!.fields, uncertaintyNote: `checked by ${who}` } };
    const attempts = [
      () => updateRecord(db, actor, kind, id, state(kind, id).version, changed),
      () => setRecordArchived(db, actor, kind, id, state(kind, id).version, true),
      () => setRecordArchived(db, actor, kind, id, state(kind, id).version, false),
      () => {
        const first = db
          .select()
          .from(revisions)
          .where(eq(revisions.recordId, id))
          .all()
          .find((r) => r.recordKind === kind);
        return restoreRevision(db, actor, first?.id ?? -1, state(kind, id).version);
      },
    ];
    for (const [i, attempt] of attempts.entries()) {
      if (allowed.includes(who)) {
        if (
          i === 3 &&
          !db
            .select()
            .from(revisions)
            .where(eq(revisions.recordId, id))
            .all()
            .some((r) => r.recordKind === kind)
        )
          continue;
        expect(() => attempt()).not.toThrow();
      } else {
        const snapshotBefore = state(kind, id);
        expect(() => attempt()).toThrow(AppError);
        expect(state(kind, id)).toEqual(snapshotBefore);
      }
    }
  });
});

const CREATE: [RecordKind, Record<string, unknown>, Who[]][] = [
  ["meeting", { titleEn: "A new seminar", kind: "seminar" }, ["outsider", "uaEditor", "canfsaEditor", "admin"]],
  ["person", { name: "María Núñez", sortName: "Núñez, María" }, ["outsider", "uaEditor", "canfsaEditor", "admin"]],
  ["source", { title: "A new report", kind: "report" }, ["outsider", "uaEditor", "canfsaEditor", "admin"]],
  ["organization", { nameEn: "A new university", kind: "university", country: "MX" }, ["admin"]],
  ["program", { nameEn: "A new program", kind: "initiative", status: "active" }, ["admin"]],
  ["agreement", { titleEn: "A new MOU", kind: "memorandum_of_understanding" }, ["admin"]],
  ["topic", { nameEn: "Oceanography", nameEs: "Oceanografía" }, ["admin"]],
];

describe.each(CREATE)("create %s", (kind, fields, allowed) => {
  test.each(WHO)("by %s", (who) => {
    const table = AGGREGATES[kind].table;
    const before = db.select({ n: count() }).from(table).get()!.n;
    const attempt = () => createRecord(db, actors[who]!, kind, { fields, links: {} });
    if (allowed.includes(who)) {
      const created = attempt();
      // The creator may go on correcting what they created.
      const again = readSnapshot(db, kind, created.id)!;
      expect(() =>
        updateRecord(db, actors[who]!, kind, created.id, 1, { ...again, fields: { ...again.fields, uncertaintyNote: "fixed" } }),
      ).not.toThrow();
    } else {
      expect(attempt).toThrow(AppError);
      expect(db.select({ n: count() }).from(table).get()!.n).toBe(before);
    }
  });
});

describe("account management is for administrators only", () => {
  test.each(WHO.filter((w) => w !== "admin"))("%s is refused every account operation", (who) => {
    const actor = actors[who]!;
    const target = actors.outsider!.id;
    const before = db.select().from(users).all();
    expect(() => inviteUser(db, actor, { email: `${who}-invite@example.org`, role: "admin" }, 72)).toThrow(AppError);
    expect(() => changeUserRole(db, actor, target, "admin")).toThrow(AppError);
    expect(() => setUserDisabled(db, actor, target, true)).toThrow(AppError);
    expect(() => assignToUser(db, actor, target, { organizationId: idOf("organization", "conacyt") })).toThrow(AppError);
    expect(db.select().from(users).all()).toEqual(before);
  });

  test("an administrator does all of them", () => {
    const admin = actors.admin!;
    const invited = inviteUser(db, admin, { email: "new-officer@example.org", role: "editor" }, 72);
    assignToUser(db, admin, invited.userId, { organizationId: idOf("organization", "conacyt") });
    changeUserRole(db, admin, invited.userId, "admin");
    setUserDisabled(db, admin, invited.userId, true);
    const row = db.select().from(users).where(eq(users.id, invited.userId)).get()!;
    expect(row.role).toBe("admin");
    expect(row.disabledAt).toBeInstanceOf(Date);
  });
});
