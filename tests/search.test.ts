/**
 * Search: how text is folded and matched, how the forum's records rank for the
 * queries researchers type, the facets, and the index following every save.
 */
import Database from "better-sqlite3";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { readSnapshot } from "@/db/aggregates";
import { answerCache } from "@/db/answer-cache";
import { getDb } from "@/db/client";
import type { Actor } from "@/db/authorize";
import type { Db } from "@/db/connection";
import { createRecord, setRecordArchived, updateRecord, ValidationError } from "@/db/mutations/records";
import { resolveFacetSlugs, searchRecords, searchRecordsUncached, suggestRecords, suggestRecordsUncached } from "@/db/queries/search";
import { organizations, programs, searchDocuments, searchFacets, topics } from "@/db/schema";
import { rebuildSearchIndex } from "@/db/search/indexer";
import {
  editDistance,
  foldText,
  highlightSegments,
  matchTokens,
  passageSegments,
  toMatchExpression,
  tokenize,
} from "@/lib/search/normalize";
import { topOf } from "@/lib/search/top";
import { forumDatabaseWithAdmin } from "./support/forum-database";

let db: Db;
let admin: Actor;

beforeAll(() => {
  ({ db, admin } = forumDatabaseWithAdmin("admin@example.org"));
});

/** The statements that read the full-text index while `run` runs, with the values they were run with. */
function recordFullTextStatements(run: () => void): { text: string; params: unknown[] }[] {
  const client = getDb().$client;
  const prepare = client.prepare.bind(client);
  const seen: { text: string; params: unknown[] }[] = [];
  const spy = vi.spyOn(client, "prepare").mockImplementation(((text: string) => {
    const statement = prepare(text);
    if (!text.includes("MATCH")) return statement;
    const watched: typeof statement = new Proxy(statement, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          if (key === "all" || key === "get" || key === "iterate") seen.push({ text, params: args });
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result === target ? watched : result; // pluck() and raw() chain
        };
      },
    });
    return watched;
  }) as typeof client.prepare);
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return seen;
}

/** The slugs of the first results, as "kind:slug". */
function top(query: string, n = 3, filters = {}): string[] {
  return searchRecords(query, filters)
    .hits.slice(0, n)
    .map((h) => `${h.kind}:${h.slug}`);
}

describe("normalization", () => {
  test("folds case and accents the way the index does", () => {
    expect(foldText("Peña Nieto")).toBe("pena nieto");
    expect(foldText("San Pedro MÁRTIR")).toBe("san pedro martir");
    expect(foldText("Autónoma")).toBe("autonoma");
  });

  test("splits on anything that is not a letter or digit, drops repeats and caps the number of words", () => {
    expect(tokenize("U.S.–Mexico  forum, forum!")).toEqual(["u", "s", "mexico", "forum"]);
    expect(tokenize("a b c d e f g h i j k")).toHaveLength(8);
    expect(tokenize("   ")).toEqual([]);
  });

  test("quotes every word, so FTS5 syntax typed by a user is only text", () => {
    expect(toMatchExpression(["nsf"])).toBe('"nsf"*');
    expect(toMatchExpression(["a", "b"])).toBe('"a" AND "b"*');
    expect(toMatchExpression(["a", "b"], new Map(), "all")).toBe('"a"* AND "b"*');
    expect(toMatchExpression(['x"y'])).toBe('"x""y"*');
    expect(toMatchExpression(["materails"], new Map([["materails", ["materials"]]]))).toBe('("materails"* OR "materials"*)');
  });

  test("counts typos, swaps included, and stops early past the allowance", () => {
    expect(editDistance("materails", "materials", 2)).toBe(1);
    expect(editDistance("arizonna", "arizona", 2)).toBe(1);
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("abc", "xyzuvw", 1)).toBe(2);
  });

  test("highlights the words that start with a query word, as written", () => {
    expect(highlightSegments("San Pedro Mártir Telescope", ["martir"])).toEqual([
      { text: "San Pedro ", match: false },
      { text: "Mártir", match: true },
      { text: " Telescope", match: false },
    ]);
    expect(highlightSegments("Nothing here", [])).toEqual([{ text: "Nothing here", match: false }]);
  });

  test("a passage shows the first matching word with a little context, marked, and says where it was cut", () => {
    const text =
      "The forum brings together governments, universities and companies of both countries; its working groups met in Tucson on advanced materials and manufacturing in June 2014.";
    const passage = passageSegments(text, ["materi"], 8)!;
    expect(passage.map((s) => s.text).join("")).toBe("… Tucson on advanced materials and manufacturing in June …");
    expect(passage.filter((s) => s.match).map((s) => s.text)).toEqual(["materials"]);
    expect(
      passageSegments("Short text about Mártir.", ["martir"])!
        .map((s) => s.text)
        .join(""),
    ).toBe("Short text about Mártir.");
    expect(passageSegments(text, ["zacatecas"])).toBeNull();
    expect(passageSegments(text, [])).toBeNull();
  });
});

describe("keeping the best few", () => {
  test("gives what sorting and cutting would, for any k", () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 50; round++) {
      const items = Array.from({ length: next() % 200 }, () => next() % 50);
      const k = next() % 30;
      // Ties go to the smaller index, so the expected order is total.
      const ids = items.map((_, i) => i);
      const before = (a: number, b: number) => (items[a] !== items[b] ? items[a]! > items[b]! : a < b);
      const sorted = [...ids].sort((a, b) => (before(a, b) ? -1 : 1)).slice(0, k);
      expect(topOf(ids, k, before)).toEqual(sorted);
    }
  });
});

describe("ranking the forum's records", () => {
  test("accents and case do not matter", () => {
    expect(top("martir", 1)).toEqual(["program:san-pedro-martir-telescope"]);
    expect(top("pena nieto", 1)).toEqual(["person:enrique-pena-nieto"]);
    expect(top("AUTONOMA", 2).sort()).toEqual(["organization:uabc", "organization:unam"]);
  });

  test("acronyms find their records first", () => {
    expect(top("SRE", 1)).toEqual(["organization:sre"]);
    expect(top("NSF", 1)).toEqual(["organization:national-science-foundation"]);
    expect(top("CONACYT", 1)).toEqual(["organization:conacyt"]);
    expect(top("IUCRC", 1)).toEqual(["program:iucrc"]);
    expect(top("CANFSA", 1)).toEqual(["program:canfsa"]);
  });

  test("English and Spanish names both find the record", () => {
    expect(top("Ministry of Foreign Affairs", 1)).toEqual(["organization:sre"]);
    expect(top("Relaciones Exteriores", 1)).toEqual(["organization:sre"]);
    expect(top("Secretaría de Educación Pública", 1)).toEqual(["organization:sep"]);
  });

  test("prefixes match while typing", () => {
    expect(top("autono", 2).sort()).toEqual(["organization:uabc", "organization:unam"]);
    expect(top("telesc", 1)).toEqual(["program:san-pedro-martir-telescope"]);
    // Every word a prefix, when the words as typed (all but the last complete) find nothing.
    expect(top("univ of ariz", 3)).toContain("organization:university-of-arizona");
    expect(top("san ped mar", 1)).toEqual(["program:san-pedro-martir-telescope"]);
  });

  test("common words are not required to match, but a last word being typed is", () => {
    expect(matchTokens(["universidad", "de", "sonora"])).toEqual(["universidad", "sonora"]);
    expect(matchTokens(["bureau", "of"])).toEqual(["bureau", "of"]);
    expect(matchTokens(["de", "la"])).toEqual(["la"]);
    expect(top("the Secretaría of Educación Pública", 1)).toEqual(["organization:sep"]);
  });

  test("a near-miss typo is corrected and says so", () => {
    const results = searchRecords("materails", {});
    expect(results.correctedTokens).toEqual(["materials"]);
    expect(results.hits.map((h) => h.slug)).toContain("materials-and-advanced-manufacturing");
    expect(top("arizonna", 3)).toContain("organization:university-of-arizona");
  });

  test("when no record has every word, records with some of them are offered", () => {
    const results = searchRecords("arizona zebra", {});
    expect(results.matchedAnyWord).toBe(true);
    expect(results.hits.map((h) => h.slug)).toContain("university-of-arizona");
  });

  test("nothing found is an empty result, not an error", () => {
    const results = searchRecords("qqqqqqqqqq", {});
    expect(results.total).toBe(0);
    expect(results.hits).toEqual([]);
  });

  test("pages of a broad search follow one another without gaps or repeats", () => {
    const first = searchRecords("a", {}, 1);
    expect(first.total).toBeGreaterThan(40);
    const all = Array.from({ length: first.pageCount }, (_, i) =>
      searchRecords("a", {}, i + 1).hits.map((h) => `${h.kind}:${h.slug}`),
    ).flat();
    expect(all).toHaveLength(first.total);
    expect(new Set(all).size).toBe(first.total);
    expect(all.slice(0, 20)).toEqual(first.hits.map((h) => `${h.kind}:${h.slug}`));
    expect(searchRecords("a", {}, first.pageCount + 5).hits).toEqual([]);
  });

  test("past the broad threshold, records with the words in their names come first, then the more linked", () => {
    // The forum is small: lower the threshold (BROAD_MATCHES, 5,000 in use) so "mexico" counts as broad.
    const broad = (page = 1, filters = {}) => searchRecordsUncached("mexico", filters, page, { broadFrom: 1 });
    const first = broad();
    const ranked = searchRecordsUncached("mexico", {});
    expect(first.total).toBe(ranked.total);
    expect(first.total).toBeGreaterThan(20);
    expect(first.kinds).toEqual(ranked.kinds);
    expect(first.facets).toEqual(ranked.facets);

    const hits = Array.from({ length: first.pageCount }, (_, i) => broad(i + 1).hits).flat();
    expect(new Set(hits.map((h) => `${h.kind}:${h.slug}`)).size).toBe(first.total);
    const docs = db.all<{ kind: string; slug: string; weight: number; label: string; inNames: number }>(sql`
      SELECT d.kind, d.slug, d.weight, lower(d.label_en) AS label,
        d.id IN (SELECT rowid FROM search_text WHERE search_text MATCH '{names} : (mexico*)') AS inNames
      FROM search_documents d WHERE d.id IN (SELECT rowid FROM search_text WHERE search_text MATCH 'mexico*')`);
    expect(docs.some((d) => d.inNames) && docs.some((d) => !d.inNames)).toBe(true);
    const expected = docs
      .sort((a, b) => b.inNames - a.inNames || b.weight - a.weight || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
      .map((d) => `${d.kind}:${d.slug}`);
    expect(hits.map((h) => `${h.kind}:${h.slug}`)).toEqual(expected);
    // Filters narrow the same order.
    const meetings = broad(1, { kind: "meeting" }).hits.map((h) => `${h.kind}:${h.slug}`);
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings).toEqual(expected.filter((k) => k.startsWith("meeting:")).slice(0, 20));
  });

  test("records with no words listed go by weight, then label, and follow saves", () => {
    createRecord(db, admin, "organization", {
      fields: { nameEn: "Aaa Listing Test Academy", kind: "academy", country: "US", state: "US-AZ" },
      links: {},
    });
    const first = searchRecords("", { kind: "organization" });
    const listed = Array.from({ length: first.pageCount }, (_, i) => searchRecords("", { kind: "organization" }, i + 1).hits)
      .flat()
      .map((h) => h.slug);
    const expected = db
      .all<{ slug: string }>(sql`SELECT slug FROM search_documents WHERE kind = 'organization' ORDER BY weight DESC, lower(label_en), id`)
      .map((r) => r.slug);
    expect(listed).toEqual(expected);
    expect(listed).toContain("aaa-listing-test-academy");
  });

  test("hostile input is searched as text and never breaks the query", () => {
    for (const q of [
      '"',
      "*",
      "AND OR NOT",
      "NEAR(a b)",
      "names: nsf",
      "'; DROP TABLE organizations; --",
      "😀🇲🇽",
      "x".repeat(500),
      "\u0000",
    ]) {
      expect(() => searchRecords(q, {})).not.toThrow();
      expect(() => suggestRecords(q)).not.toThrow();
    }
    expect(
      db
        .select({ n: sql<number>`COUNT(*)` })
        .from(organizations)
        .get()!.n,
    ).toBeGreaterThan(0);
  });

  test("private people are never found", () => {
    const privateNames = db.all<{ name: string }>(sql`SELECT name FROM people WHERE is_public = 0`);
    for (const { name } of privateNames) expect(searchRecords(name, { kind: "person" }).total).toBe(0);
  });
});

describe("facets", () => {
  test("counts per kind add up to the total, and the kind filter keeps the other counts", () => {
    const all = searchRecords("arizona", {});
    expect(Object.values(all.kinds).reduce((a, b) => a + b, 0)).toBe(all.total);
    const orgs = searchRecords("arizona", { kind: "organization" });
    expect(orgs.total).toBe(all.kinds.organization);
    expect(orgs.kinds).toEqual(all.kinds);
    expect(orgs.hits.every((h) => h.kind === "organization")).toBe(true);
  });

  test("country, organization kind, topic, program and year narrow the results and combine", () => {
    const mexican = searchRecords("", { kind: "organization", country: "MX" });
    expect(mexican.total).toBeGreaterThan(0);
    expect(mexican.hits.every((h) => h.country === "MX")).toBe(true);

    const { topic } = resolveFacetSlugs({ topic: "materials-and-advanced-manufacturing" });
    const materials = searchRecords("", { kind: "organization", topic: topic! });
    const slugs = materials.hits.map((h) => h.slug);
    expect(slugs).toEqual(expect.arrayContaining(["colorado-school-of-mines", "cetys", "university-of-north-texas"]));

    const materialsInMexico = searchRecords("", { kind: "organization", topic: topic!, country: "MX" });
    expect(materialsInMexico.hits.map((h) => h.slug)).toContain("cetys");
    expect(materialsInMexico.hits.map((h) => h.slug)).not.toContain("colorado-school-of-mines");

    const { program } = resolveFacetSlugs({ program: "canfsa" });
    expect(searchRecords("", { program: program!, kind: "organization" }).hits.map((h) => h.slug)).toContain("university-of-north-texas");

    const in2014 = searchRecords("", { kind: "meeting", year: 2014 });
    expect(in2014.hits.map((h) => h.slug)).toContain("2014-06-09-working-group-tucson");
    expect(in2014.hits.every((h) => h.date?.startsWith("2014"))).toBe(true);
  });

  test("each facet's counts apply the other filters but not its own", () => {
    const results = searchRecords("", { kind: "organization", country: "MX" });
    const countries = Object.fromEntries(results.facets.country.map((f) => [f.value, f.count]));
    expect(countries.US).toBeGreaterThan(0);
    expect(countries.MX).toBe(results.total);
    const topicsOffered = results.facets.topic;
    expect(topicsOffered.every((t) => t.slug && t.labelEn)).toBe(true);
  });

  test("a filter is checked against the words' matches, never handed to the full-text index", () => {
    // Given `rowid IN (every organization)`, SQLite ran the MATCH once per id: on the
    // synthetic data, "university" filtered to organizations took minutes. FTS5 writes
    // a rowid constraint it accepted as "=" (or "<", ">") in the plan's index string.
    const statements = recordFullTextStatements(() => {
      const { program } = resolveFacetSlugs({ program: "canfsa" });
      searchRecordsUncached("university", { kind: "organization", country: "MX" });
      searchRecordsUncached("university", { kind: "organization", program: program! });
      searchRecordsUncached("universty", { kind: "organization" }, 2);
    });
    expect(statements.length).toBeGreaterThan(3);
    const client = getDb().$client;
    for (const { text, params } of statements) {
      const plan = (client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[]).map((p) => p.detail);
      const fullText = plan.filter((d) => d.includes("VIRTUAL TABLE"));
      expect(fullText.length, text).toBeGreaterThan(0);
      for (const step of fullText) expect(step, text).toMatch(/INDEX \d+:[^=<>\s]*$/);
    }
  });

  test("unknown topic and program slugs resolve to nothing", () => {
    expect(resolveFacetSlugs({ topic: "no-such-topic", program: "no-such-program" })).toEqual({ topic: null, program: null });
  });
});

describe("suggestions", () => {
  test("a few records of each kind, best group first", () => {
    const suggestions = suggestRecords("mart");
    expect(suggestions[0]).toMatchObject({ kind: "program", slug: "san-pedro-martir-telescope" });
    const perKind = new Map<string, number>();
    for (const s of suggestions) perKind.set(s.kind, (perKind.get(s.kind) ?? 0) + 1);
    expect(Math.max(...perKind.values())).toBeLessThanOrEqual(4);
  });

  test("broad prefixes suggest as the results page ranks them", () => {
    const suggestions = suggestRecordsUncached("uni", 4, { broadFrom: 1 });
    const results = searchRecordsUncached("uni", {}, 1, { broadFrom: 1 });
    expect(suggestions.length).toBeGreaterThan(4);
    // The best match overall leads, and each kind's suggestions are that kind's first results.
    expect(suggestions[0]!.slug).toBe(results.hits[0]!.slug);
    for (const kind of new Set(suggestions.map((s) => s.kind))) {
      const ofKind = searchRecordsUncached("uni", { kind }, 1, { broadFrom: 1 }).hits.slice(0, 4);
      expect(suggestions.filter((s) => s.kind === kind).map((s) => s.slug)).toEqual(ofKind.map((h) => h.slug));
    }
  });

  test("one letter is too little to suggest anything; a typo still suggests", () => {
    expect(suggestRecords("m")).toEqual([]);
    expect(suggestRecords("canfas").map((s) => s.slug)).toContain("canfsa");
  });
});

describe("the index follows every save", () => {
  const orgId = (slug: string) => db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug)).get()!.id;

  test("a new organization is found at once; renamed, it is found by its new name only; archived, not at all", () => {
    const created = createRecord(db, admin, "organization", {
      fields: { nameEn: "Instituto Tecnológico de Zacatecas", kind: "university", country: "MX", state: "MX-ZAC" },
      links: {},
    });
    expect(top("tecnologico zacatecas", 1)).toEqual([`organization:${created.slug}`]);

    const snapshot = readSnapshot(db, "organization", created.id)!;
    const renamed = updateRecord(db, admin, "organization", created.id, created.version, {
      ...snapshot,
      slug: null,
      fields: { ...snapshot.fields, nameEn: "Zacatecas Institute of Photonics" },
    });
    expect(top("photonics", 1)).toEqual([`organization:${created.slug}`]);
    expect(searchRecords("tecnologico", {}).hits.map((h) => h.slug)).not.toContain(created.slug);

    setRecordArchived(db, admin, "organization", created.id, renamed.version, true);
    expect(searchRecords("photonics", {}).hits.map((h) => h.slug)).not.toContain(created.slug);
  });

  test("a refused save leaves the index as it was", () => {
    const id = orgId("university-of-arizona");
    const before = db.select().from(searchDocuments).where(eq(searchDocuments.recordId, id)).all();
    const snapshot = readSnapshot(db, "organization", id)!;
    const version = db.select({ v: organizations.version }).from(organizations).where(eq(organizations.id, id)).get()!.v;
    expect(() =>
      updateRecord(db, admin, "organization", id, version, {
        ...snapshot,
        slug: null,
        fields: { ...snapshot.fields, nameEn: "Renamed University", website: "not a url" },
      }),
    ).toThrow(ValidationError);
    expect(db.select().from(searchDocuments).where(eq(searchDocuments.recordId, id)).all()).toEqual(before);
    expect(searchRecords("renamed university", {}).hits.map((h) => h.labelEn)).not.toContain("Renamed University");
  });

  test("a topic added to a program reaches its member organizations' facets", () => {
    const programId = db.select({ id: programs.id }).from(programs).where(eq(programs.slug, "canfsa")).get()!.id;
    const health = db.select({ id: topics.id }).from(topics).where(eq(topics.slug, "health")).get()!.id;
    const unt = orgId("university-of-north-texas");
    const untDoc = db.select({ id: searchDocuments.id }).from(searchDocuments).where(eq(searchDocuments.recordId, unt)).all();
    const hasHealth = () =>
      db
        .select()
        .from(searchFacets)
        .where(
          sql`${searchFacets.facet} = 'topic' AND ${searchFacets.value} = ${String(health)} AND ${searchFacets.documentId} IN (
          SELECT id FROM search_documents WHERE kind = 'organization' AND record_id = ${unt})`,
        )
        .all().length > 0;
    expect(untDoc.length).toBe(1);
    expect(hasHealth()).toBe(false);
    const snapshot = readSnapshot(db, "program", programId)!;
    const version = db.select({ v: programs.version }).from(programs).where(eq(programs.id, programId)).get()!.v;
    updateRecord(db, admin, "program", programId, version, {
      ...snapshot,
      slug: null,
      links: {
        ...snapshot.links,
        topics: [...snapshot.links.topics!, { topicId: health, sourceId: null, uncertain: false, uncertaintyNote: null }],
      },
    });
    expect(hasHealth()).toBe(true);
  });

  test("facet counts follow saves in this process and writes from another connection", () => {
    const zacatecas = () => searchRecords("", { kind: "organization" }).facets.state.find((v) => v.value === "MX-ZAC")?.count ?? 0;
    const before = zacatecas();
    // Saved through the server's own connection: the counts patch in the saved document.
    createRecord(getDb(), admin, "organization", {
      fields: { nameEn: "Universidad Politécnica de Zacatecas", kind: "university", country: "MX", state: "MX-ZAC" },
      links: {},
    });
    expect(zacatecas()).toBe(before + 1);
    // Another connection to the same file (an operator's rebuild, another process) is seen too.
    const other = new Database(process.env.DATABASE_PATH!);
    other
      .prepare(
        "UPDATE search_documents SET facet_keys = replace(facet_keys, 'state=MX-ZAC', 'state=MX-ZAS') WHERE facet_keys LIKE '%state=MX-ZAC%'",
      )
      .run();
    other.close();
    expect(zacatecas()).toBe(0);
    rebuildSearchIndex(db);
    expect(zacatecas()).toBe(before + 1);
  });

  test("a word saved in this process corrects typos at once; once its record is gone, it is never offered", () => {
    // The first correction loads the vocabulary; the save below must reach it without a reload.
    expect(searchRecords("materails", {}).correctedTokens).toEqual(["materials"]);
    const created = createRecord(getDb(), admin, "organization", {
      fields: { nameEn: "Quetzalcoatlus Paleontology Center", kind: "research_center", country: "MX" },
      links: {},
    });
    const found = searchRecords("quetzalcoatlos", {});
    expect(found.correctedTokens).toEqual(["quetzalcoatlus"]);
    expect(found.hits.map((h) => h.slug)).toEqual([created.slug]);

    setRecordArchived(getDb(), admin, "organization", created.id, created.version, true);
    const after = searchRecords("quetzalcoatlos", {});
    expect(after.correctedTokens).toBeNull();
    expect(after.total).toBe(0);
  });

  test("an answer asked again comes from the cache until anything is written", () => {
    const cache = answerCache<number>(2);
    let computed = 0;
    const ask = (key: string) => cache.get(getDb(), key, () => ++computed);
    expect(ask("a")).toEqual({ value: 1, cached: false });
    expect(ask("a")).toEqual({ value: 1, cached: true });
    ask("b");
    ask("c"); // the least recently used ("a") makes room
    expect(ask("a").cached).toBe(false);
    createRecord(getDb(), admin, "topic", { fields: { nameEn: "Cache invalidation", nameEs: "Caché" }, links: {} });
    expect(ask("a")).toEqual({ value: 5, cached: false });
    // A write by another connection is seen too.
    const other = new Database(process.env.DATABASE_PATH!);
    other.prepare("UPDATE topics SET name_es = 'Invalidación' WHERE name_en = 'Cache invalidation'").run();
    other.close();
    expect(ask("a").cached).toBe(false);
  });

  test("a rebuild gives the same documents as the saves kept up", () => {
    const count = () =>
      db
        .select({ n: sql<number>`COUNT(*)` })
        .from(searchDocuments)
        .get()!.n;
    const facets = () =>
      db
        .select({ n: sql<number>`COUNT(*)` })
        .from(searchFacets)
        .get()!.n;
    const [docsBefore, facetsBefore] = [count(), facets()];
    rebuildSearchIndex(db);
    expect(count()).toBe(docsBefore);
    expect(facets()).toBe(facetsBefore);
    expect(top("CANFSA", 1)).toEqual(["program:canfsa"]);
  });
});
