/**
 * History against a real seeded database: revisions of a record, readable diffs,
 * restore, privacy of unnamed people, site-wide recent changes and their Atom feed.
 */
import { eq } from "drizzle-orm";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, test } from "vitest";
import { GET as recentChangesFeed } from "@/app/api/feeds/recent-changes/route";
import { readSnapshot, type Snapshot } from "@/db/aggregates";
import type { Actor } from "@/db/authorize";
import type { Db } from "@/db/connection";
import { ConflictError, createRecord, restoreRevision, updateRecord } from "@/db/mutations/records";
import {
  canRestore,
  getHistoryRecord,
  getRevision,
  labelReferences,
  listRecentChanges,
  listRevisionsOf,
  viewerFor,
} from "@/db/queries/history";
import { PUBLIC_VIEWER, type Viewer } from "@/db/queries/shared";
import { meetings, organizations, revisions, topics, users, type RecordKind } from "@/db/schema";
import { prepareDatabase } from "@/db/setup";
import { diffSnapshots } from "@/lib/history/diff";

const TUCSON = "2014-06-09-working-group-tucson";
const EDITOR_VIEWER: Viewer = { canSeePrivatePeople: true };

let db: Db;
let admin: Actor;
let tucsonId: number;
let novaId: number;
let privatePerson: { id: number; slug: string };

function addUser(email: string, role: "admin" | "editor", name: string | null = null): Actor {
  const [u] = db.insert(users).values({ email, role, name }).returning().all();
  return { id: u!.id, email: u!.email, role: u!.role };
}
function snapshotOf(kind: RecordKind, id: number): Snapshot {
  return readSnapshot(db, kind, id)!;
}
function versionOf(kind: RecordKind, id: number): number {
  return listRevisionsOf(kind, id)[0]?.version ?? 1;
}
function update(kind: RecordKind, id: number, change: (s: Snapshot) => Snapshot, actor: Actor = admin) {
  return updateRecord(db, actor, kind, id, versionOf(kind, id), change(snapshotOf(kind, id)));
}

beforeAll(() => {
  db = prepareDatabase(process.env.DATABASE_PATH!, "forum").db;
  admin = addUser("ana.admin@example.org", "admin");
  tucsonId = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, TUCSON)).get()!.id;
  novaId = db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, "northern-virginia-community-college"))
    .get()!.id;

  // Three changes to the Tucson working group: its venue, then a new participant.
  update("meeting", tucsonId, (s) => ({ ...s, fields: { ...s.fields, venue: "Student Union" } }));
  update("meeting", tucsonId, (s) => ({
    ...s,
    links: { ...s.links, organizations: [...s.links.organizations!, { organizationId: novaId, role: "participant" }] },
  }));

  // A person named in no public source, who took part in the meeting.
  const created = createRecord(db, admin, "person", {
    slug: null,
    fields: { name: "Jane Private", sortName: "Private, Jane", isPublic: false },
    links: {},
  });
  privatePerson = { id: created.id, slug: created.slug };
  update("meeting", tucsonId, (s) => ({
    ...s,
    links: { ...s.links, people: [...s.links.people!, { personId: privatePerson.id, role: "attended" }] },
  }));
});

describe("history of one record", () => {
  test("lists its revisions newest first, naming the editor without their email address", () => {
    const list = listRevisionsOf("meeting", tucsonId);
    expect(list.map((r) => r.version)).toEqual([4, 3, 2]);
    expect(list.every((r) => r.action === "update" && r.author === "ana.admin")).toBe(true);
    const title = db.select({ title: meetings.titleEn }).from(meetings).where(eq(meetings.id, tucsonId)).get()!.title;
    expect(list[0]!.label).toBe(title);
  });

  test("the diff of a participants change names the organization added", () => {
    const participantsChange = listRevisionsOf("meeting", tucsonId).find((r) => r.version === 3)!;
    const revision = getRevision(participantsChange.id)!;
    const diff = diffSnapshots("meeting", revision.before, revision.after);
    expect(diff.fields).toEqual([]);
    expect(diff.links).toHaveLength(1);
    const [change] = diff.links;
    expect(change!.linkSet).toBe("organizations");
    expect(change!.removed).toEqual([]);
    expect(change!.added).toEqual([expect.objectContaining({ organizationId: novaId, role: "participant" })]);

    const labels = labelReferences("meeting", [revision.before, revision.after], PUBLIC_VIEWER);
    expect(labels.organization?.[novaId]).toMatchObject({
      name: { en: "Northern Virginia Community College" },
      slug: "northern-virginia-community-college",
      hidden: false,
    });
  });

  test("restoring a version puts its content back as a new revision, and a stale version is refused", () => {
    const venueChange = listRevisionsOf("meeting", tucsonId).find((r) => r.version === 2)!;
    const stale = versionOf("meeting", tucsonId) - 1;
    expect(() => restoreRevision(db, admin, venueChange.id, stale)).toThrow(ConflictError);

    const result = restoreRevision(db, admin, venueChange.id, versionOf("meeting", tucsonId));
    expect(result.changed).toBe(true);
    const [newest] = listRevisionsOf("meeting", tucsonId);
    expect(newest).toMatchObject({ action: "restore", restoredFromId: venueChange.id, version: result.version });

    const restored = getRevision(newest!.id)!;
    const diff = diffSnapshots("meeting", restored.before, restored.after);
    // Version 2 had the new venue but neither the new participant nor the private person.
    expect(diff.links.map((l) => [l.linkSet, l.added.length, l.removed.length])).toEqual([
      ["organizations", 0, 1],
      ["people", 0, 1],
    ]);
    expect(restored.after.fields.venue).toBe("Student Union");
  });

  test("only those allowed may restore", () => {
    const outsider = addUser("officer@elsewhere.example", "editor", "Olga Officer");
    expect(canRestore(null, "meeting", tucsonId)).toBe(false);
    expect(canRestore(outsider, "meeting", tucsonId)).toBe(false);
    expect(canRestore(admin, "meeting", tucsonId)).toBe(true);
  });

  test("a history page finds its record by slug, and not an unknown one", () => {
    expect(getHistoryRecord("meeting", TUCSON, PUBLIC_VIEWER)).toMatchObject({ id: tucsonId, kind: "meeting" });
    expect(getHistoryRecord("meeting", "no-such-meeting", PUBLIC_VIEWER)).toBeNull();
  });
});

describe("private people", () => {
  test("are 'hidden' in the public labels of a meeting's history, and named for editors", () => {
    const withPerson = listRevisionsOf("meeting", tucsonId).find((r) => r.version === 4)!;
    const revision = getRevision(withPerson.id)!;
    const snapshots = [revision.before, revision.after];

    const forPublic = labelReferences("meeting", snapshots, PUBLIC_VIEWER);
    expect(forPublic.person?.[privatePerson.id]).toEqual({ name: null, acronym: null, slug: null, hidden: true });
    expect(JSON.stringify(forPublic)).not.toContain("Jane Private");

    const forEditors = labelReferences("meeting", snapshots, viewerFor(admin));
    expect(forEditors.person?.[privatePerson.id]).toMatchObject({ name: { en: "Jane Private" }, hidden: false });
  });

  test("have no public history page", () => {
    expect(getHistoryRecord("person", privatePerson.slug, PUBLIC_VIEWER)).toBeNull();
    expect(getHistoryRecord("person", privatePerson.slug, EDITOR_VIEWER)).toMatchObject({ id: privatePerson.id });
  });

  test("are not named in public recent changes", () => {
    const page = listRecentChanges({ page: 1, pageSize: 100, kind: "person" }, PUBLIC_VIEWER);
    const change = page.items.find((c) => c.recordId === privatePerson.id)!;
    expect(change).toMatchObject({ hidden: true, label: null, slug: null });
    expect(JSON.stringify(page)).not.toContain("Jane Private");
    const forEditors = listRecentChanges({ page: 1, pageSize: 100, kind: "person" }, EDITOR_VIEWER);
    expect(forEditors.items.find((c) => c.recordId === privatePerson.id)).toMatchObject({ hidden: false, label: "Jane Private" });
  });
});

describe("recent changes", () => {
  test("paginate newest first with a stable total", () => {
    const total = db.select({ id: revisions.id }).from(revisions).all().length;
    const first = listRecentChanges({ page: 1, pageSize: 2 });
    const second = listRecentChanges({ page: 2, pageSize: 2 });
    expect(first.total).toBe(total);
    expect(second.total).toBe(total);
    expect(first.pageCount).toBe(Math.ceil(total / 2));
    expect(first.items).toHaveLength(2);
    const ids = [...first.items, ...second.items].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Newest first: ids grow with time, so they fall down the pages.
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(first.items[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(second.items[0]!.createdAt.getTime());
  });

  test("filter by kind of record and carry the current address", () => {
    const page = listRecentChanges({ page: 1, pageSize: 50, kind: "meeting" });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((c) => c.recordKind === "meeting")).toBe(true);
    expect(page.items[0]).toMatchObject({ slug: TUCSON, author: "ana.admin", hidden: false });
  });
});

describe("the Atom feed of recent changes", () => {
  type Link = { "@_rel": string; "@_href": string; "@_type"?: string };
  type Text = { "#text": string; "@_type": string };
  type Entry = { id: string; title: Text; link: Link; updated: string; author: { name: string }; summary: Text };

  async function fetchFeed() {
    process.env.PUBLIC_URL = "https://puentes.example.org";
    try {
      const response = await recentChangesFeed();
      return { response, xml: await response.text() };
    } finally {
      delete process.env.PUBLIC_URL;
    }
  }

  function parse(xml: string) {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => name === "entry" });
    return (parser.parse(xml) as { feed: { title: Text; id: string; updated: string; link: Link[]; entry?: Entry[] } }).feed;
  }

  beforeAll(() => {
    const topic = db.select({ id: topics.id }).from(topics).limit(1).get()!;
    update("topic", topic.id, (s) => ({ ...s, fields: { ...s.fields, nameEn: "Science & <Technology>" } }));
  });

  test("is well-formed Atom with absolute links, served as application/atom+xml", async () => {
    const { response, xml } = await fetchFeed();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(XMLValidator.validate(xml)).toBe(true);

    const feed = parse(xml);
    expect(feed.title["#text"]).toBe("Puentes: recent changes");
    expect(feed.id).toMatch(/^tag:puentes\.example\.org,2013:/);
    expect(feed.link).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ "@_rel": "self", "@_href": "https://puentes.example.org/api/feeds/recent-changes" }),
        expect.objectContaining({ "@_rel": "alternate", "@_href": "https://puentes.example.org/en/recent-changes" }),
      ]),
    );

    const entries = feed.entry ?? [];
    const total = listRecentChanges({ page: 1, pageSize: 1 }).total;
    expect(entries).toHaveLength(Math.min(total, 50));
    expect(feed.updated).toBe(entries[0]!.updated);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^tag:puentes\.example\.org,2013:puentes\/revision-\d+$/);
      expect(entry.link["@_href"]).toMatch(/^https:\/\/puentes\.example\.org\/en\//);
      expect(entry.author.name).not.toContain("@");
    }
    const meetingEntry = entries.find((e) => e.link["@_href"].includes(`/en/meetings/${TUCSON}/history?to=`));
    expect(meetingEntry?.title["#text"]).toMatch(/^(Updated|Restored) meeting: /);
  });

  test("escapes record text, and names no private person", async () => {
    const { xml } = await fetchFeed();
    expect(xml).toContain("Science &amp; &lt;Technology&gt;");
    expect(xml).not.toContain("<Technology>");
    expect(xml).not.toContain("Jane Private");

    const entries = parse(xml).entry ?? [];
    expect(entries[0]!.title["#text"]).toBe("Updated topic: Science & <Technology>");
    const personEntry = entries.find((e) => e.title["#text"].startsWith("Created person"));
    expect(personEntry?.title["#text"]).toBe("Created person: a private person");
    expect(personEntry?.link["@_href"]).toBe("https://puentes.example.org/en/recent-changes?kind=person");
  });

  test("has stable entry ids", async () => {
    const first = parse((await fetchFeed()).xml).entry!.map((e) => e.id);
    const second = parse((await fetchFeed()).xml).entry!.map((e) => e.id);
    expect(second).toEqual(first);
  });
});
