/**
 * What the page cache learns of a write (db/change-watch.ts), on a real SQLite
 * file written by the app's own mutation layer on another connection, as the
 * server's saves are.
 */
import "./support/temp-database";
import { eq } from "drizzle-orm";
import { beforeAll, expect, test } from "vitest";
import { readSnapshot } from "@/db/aggregates";
import type { Actor } from "@/db/authorize";
import { watchChanges } from "@/db/change-watch";
import type { Db } from "@/db/connection";
import { updateRecord } from "@/db/mutations/records";
import { meetingOrganizations, meetings, organizations, topics, users } from "@/db/schema";
import { forumDatabaseWithAdmin } from "./support/forum-database";

let db: Db;
let admin: Actor;

beforeAll(() => {
  ({ db, admin } = forumDatabaseWithAdmin("watch-admin@example.org"));
});

/** A meeting with at least one organization, and that organization. */
function meetingWithOrganization() {
  const link = db.select().from(meetingOrganizations).limit(1).get()!;
  const meeting = db.select().from(meetings).where(eq(meetings.id, link.meetingId)).get()!;
  const organization = db.select().from(organizations).where(eq(organizations.id, link.organizationId)).get()!;
  return { meeting, organization };
}

test("nothing written: nothing changed, at the same version", () => {
  const look = watchChanges(process.env.DATABASE_PATH!);
  const first = look()!;
  expect(first.changed).toBeNull();
  expect(look()).toEqual(first);
});

test("a saved record names its own page and the pages of the records it links to, under its old and new address", () => {
  const look = watchChanges(process.env.DATABASE_PATH!);
  const before = look()!;
  const { meeting, organization } = meetingWithOrganization();
  const snapshot = readSnapshot(db, "meeting", meeting.id)!;
  updateRecord(db, admin, "meeting", meeting.id, meeting.version, {
    ...snapshot,
    slug: `${meeting.slug}-renamed`,
    fields: { ...snapshot.fields, titleEn: `${String(snapshot.fields.titleEn)} (renamed)` },
  });
  const after = look()!;
  expect(after.version).not.toBe(before.version);
  expect(after.changed).toBeInstanceOf(Set);
  const changed = after.changed as ReadonlySet<string>;
  expect(changed).toContain(`meetings/${meeting.slug}`);
  expect(changed).toContain(`meetings/${meeting.slug}-renamed`);
  expect(changed).toContain(`organizations/${organization.slug}`);
  // An organization the meeting does not link to is not named.
  const other = db
    .select()
    .from(organizations)
    .all()
    .find((o) => !changed.has(`organizations/${o.slug}`));
  expect(other).toBeDefined();
  // Seen once.
  expect(look()!.changed).toBeNull();
});

test("a write public pages do not show (a sign-in, an account) names nothing", () => {
  const look = watchChanges(process.env.DATABASE_PATH!);
  const before = look()!;
  db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, admin.id)).run();
  db.insert(users).values({ email: "another-editor@example.org", role: "editor" }).run();
  const after = look()!;
  expect(after.version).not.toBe(before.version);
  expect(after.changed).toEqual(new Set());
});

test("a change to what public pages show without a revision (a restore, a script) cannot be named: everything", () => {
  const look = watchChanges(process.env.DATABASE_PATH!);
  look();
  const topic = db.select().from(topics).limit(1).get()!;
  db.update(topics)
    .set({ nameEn: `${topic.nameEn} (by a script)` })
    .where(eq(topics.id, topic.id))
    .run();
  expect(look()!.changed).toBe("everything");
  // An editor's name shows in the public history.
  db.update(users).set({ name: "Renamed editor" }).where(eq(users.id, admin.id)).run();
  expect(look()!.changed).toBe("everything");
});

test("a file that does not exist yet is not watched, and no error is thrown", () => {
  expect(watchChanges("/nonexistent/puentes.db")()).toBeNull();
});
