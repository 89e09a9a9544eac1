/**
 * Comparing two snapshots of a record, without a database: what history pages
 * show as changed fields and added or removed links.
 */
import { describe, expect, test } from "vitest";
import type { Snapshot } from "@/db/aggregates";
import { collectReferences, diffSnapshots, isEmptyDiff, linkColumns, referenceTarget } from "@/lib/history/diff";

function meeting(
  overrides: { fields?: Record<string, unknown>; links?: Snapshot["links"]; slug?: string; archived?: boolean } = {},
): Snapshot {
  return {
    slug: overrides.slug ?? "2014-06-09-working-group-tucson",
    archived: overrides.archived ?? false,
    fields: {
      titleEn: "Working group in Tucson",
      titleEs: null,
      kind: "working_group",
      startDate: "2014-06-09",
      endDate: "2014-06-10",
      venue: null,
      city: "Tucson",
      seriesId: 3,
      uncertain: false,
      uncertaintyNote: null,
      ...overrides.fields,
    },
    links: {
      organizations: [
        { organizationId: 1, role: "host", sourceId: null, uncertain: false, uncertaintyNote: null },
        { organizationId: 2, role: "participant", sourceId: 7, uncertain: false, uncertaintyNote: null },
      ],
      people: [],
      topics: [{ topicId: 4, sourceId: null, uncertain: false, uncertaintyNote: null }],
      programs: [],
      citations: [{ sourceId: 7, locator: "p. 2" }],
      ...overrides.links,
    },
  };
}

describe("diffSnapshots", () => {
  test("reports each changed field with its before and after values, in the spec's order", () => {
    const diff = diffSnapshots("meeting", meeting(), meeting({ fields: { endDate: "2014-06-11", venue: "Student Union" } }));
    expect(diff.fields).toEqual([
      { field: "endDate", before: "2014-06-10", after: "2014-06-11" },
      { field: "venue", before: null, after: "Student Union" },
    ]);
    expect(diff.links).toEqual([]);
  });

  test("identical snapshots have no differences", () => {
    expect(isEmptyDiff(diffSnapshots("meeting", meeting(), meeting()))).toBe(true);
  });

  test("a link row that changed is one removal and one addition", () => {
    const after = meeting({
      links: {
        organizations: [
          { organizationId: 1, role: "host", sourceId: null, uncertain: false, uncertaintyNote: null },
          { organizationId: 2, role: "host", sourceId: 7, uncertain: false, uncertaintyNote: null },
        ],
      },
    });
    const diff = diffSnapshots("meeting", meeting(), after);
    expect(diff.links).toEqual([
      {
        linkSet: "organizations",
        added: [{ organizationId: 2, role: "host", sourceId: 7, uncertain: false, uncertaintyNote: null }],
        removed: [{ organizationId: 2, role: "participant", sourceId: 7, uncertain: false, uncertaintyNote: null }],
      },
    ]);
  });

  test("rows compare by content, whatever the order of their keys or of the rows", () => {
    const before = meeting();
    const reordered = meeting({
      links: {
        organizations: [
          { uncertaintyNote: null, uncertain: false, sourceId: 7, role: "participant", organizationId: 2 },
          { role: "host", organizationId: 1, sourceId: null, uncertain: false, uncertaintyNote: null },
        ],
      },
    });
    expect(isEmptyDiff(diffSnapshots("meeting", before, reordered))).toBe(true);
  });

  test("counts duplicate rows: two equal citations becoming one is one removal", () => {
    const twice = meeting({
      links: {
        citations: [
          { sourceId: 7, locator: null },
          { sourceId: 7, locator: null },
        ],
      },
    });
    const once = meeting({ links: { citations: [{ sourceId: 7, locator: null }] } });
    const diff = diffSnapshots("meeting", twice, once);
    expect(diff.links).toEqual([{ linkSet: "citations", added: [], removed: [{ sourceId: 7, locator: null }] }]);
  });

  test("a created record lists what was filled in and every link as added", () => {
    const diff = diffSnapshots("meeting", null, meeting());
    const fields = diff.fields.map((f) => f.field);
    expect(fields).toEqual(["titleEn", "kind", "startDate", "endDate", "city", "seriesId"]);
    expect(diff.fields.every((f) => f.before === null)).toBe(true);
    expect(diff.links.map((l) => [l.linkSet, l.added.length, l.removed.length])).toEqual([
      ["organizations", 2, 0],
      ["topics", 1, 0],
      ["citations", 1, 0],
    ]);
    expect(diff.slugChanged).toBeUndefined();
  });

  test("reports a new address and archiving", () => {
    const diff = diffSnapshots("meeting", meeting(), meeting({ slug: "tucson-2014", archived: true }));
    expect(diff.slugChanged).toEqual({ before: "2014-06-09-working-group-tucson", after: "tucson-2014" });
    expect(diff.archivedChanged).toEqual({ before: false, after: true });
    expect(isEmptyDiff(diff)).toBe(false);
  });

  test("ignores keys the kind does not store", () => {
    const diff = diffSnapshots("meeting", meeting(), meeting({ fields: { somethingElse: 1 } }));
    expect(isEmptyDiff(diff)).toBe(true);
  });
});

describe("references", () => {
  test("parentId points within its own kind; other keys point to a fixed kind", () => {
    expect(referenceTarget("organization", "parentId")).toBe("organization");
    expect(referenceTarget("program", "parentId")).toBe("program");
    expect(referenceTarget("meeting", "parentId")).toBeNull();
    expect(referenceTarget("meeting", "seriesId")).toBe("meeting_series");
    expect(referenceTarget("agreement", "toAgreementId")).toBe("agreement");
    expect(referenceTarget("agreement", "establishesProgramId")).toBe("program");
    expect(referenceTarget("meeting", "venue")).toBeNull();
  });

  test("collects every id of both snapshots, by kind", () => {
    const after = meeting({ links: { people: [{ personId: 9, role: "spoke", organizationId: 5, sourceId: null, uncertain: false }] } });
    const refs = collectReferences("meeting", [meeting(), after, null]);
    expect([...refs.get("organization")!].sort()).toEqual([1, 2, 5]);
    expect([...refs.get("person")!]).toEqual([9]);
    expect([...refs.get("source")!]).toEqual([7]);
    expect([...refs.get("topic")!]).toEqual([4]);
    expect([...refs.get("meeting_series")!]).toEqual([3]);
  });

  test("link columns follow the spec", () => {
    expect(linkColumns("meeting", "organizations")[0]).toBe("organizationId");
    expect(linkColumns("meeting", "nothing")).toEqual([]);
  });
});
