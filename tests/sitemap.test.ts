/**
 * The sitemap's plan (how many files, each within the 50,000-address limit in
 * every language) and its entries for the forum's seed in a real SQLite file:
 * every public record page once per language, none of the hidden ones.
 */
import { and, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import type { Db } from "@/db/connection";
import { countSitemapRecords, SITEMAP_KINDS, type SitemapKind } from "@/db/queries/sitemap";
import { organizations, people } from "@/db/schema";
import { prepareDatabase } from "@/db/setup";
import { LOCALES } from "@/lib/i18n/locales";
import { MAX_URLS_PER_SITEMAP, planSitemaps, sitemapEntries, sitemapPlanItem } from "@/lib/sitemap";

const BASE = "https://puentes.example.org";
let db: Db;

beforeAll(() => {
  db = prepareDatabase(process.env.DATABASE_PATH!, "forum").db;
});

function counts(values: Partial<Record<SitemapKind, number>>): Record<SitemapKind, number> {
  return Object.fromEntries(SITEMAP_KINDS.map((k) => [k, values[k] ?? 0])) as Record<SitemapKind, number>;
}

describe("planSitemaps", () => {
  test("splits 100,000 organizations so that no file passes 50,000 addresses in two languages", () => {
    const plan = planSitemaps(counts({ organization: 100_000, meeting: 10_000, person: 3 }), 2);
    expect(plan.map((p) => p.id)).toEqual([
      "pages",
      "organizations-0",
      "organizations-1",
      "organizations-2",
      "organizations-3",
      "meetings-0",
      "people-0",
    ]);
    for (const item of plan) if ("limit" in item) expect(item.limit * 2).toBeLessThanOrEqual(MAX_URLS_PER_SITEMAP);
    expect(plan[4]).toMatchObject({ kind: "organization", offset: 75_000, limit: 25_000 });
  });

  test("a file's name alone says which records it holds, as the plan does", () => {
    for (const item of planSitemaps(counts({ organization: 120_000, meeting: 10, source: 1 })))
      expect(sitemapPlanItem(item.id)).toEqual(item);
    for (const bad of ["organizations", "organizations-01", "organizations--1", "widgets-0", "organizations-1.xml", "pages-0"]) {
      expect(sitemapPlanItem(bad), bad).toBeNull();
    }
  });

  test("in one language a file holds 50,000 records; a kind with none has no file", () => {
    expect(planSitemaps(counts({ organization: 50_001 }), 1).map((p) => p.id)).toEqual(["pages", "organizations-0", "organizations-1"]);
    expect(planSitemaps(counts({}), 1).map((p) => p.id)).toEqual(["pages"]);
  });
});

describe("the forum's sitemap", () => {
  const all = () => {
    const c = countSitemapRecords();
    return planSitemaps(c).flatMap((item) => sitemapEntries(item, BASE));
  };

  test("lists every public record page once in each language, with its alternates and last change", () => {
    const entries = all();
    const urls = entries.map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const locale of LOCALES) {
      expect(urls).toContain(`${BASE}/${locale}`);
      expect(urls).toContain(`${BASE}/${locale}/meetings`);
      expect(urls).toContain(`${BASE}/${locale}/organizations/university-of-arizona`);
      expect(urls).toContain(`${BASE}/${locale}/meetings/2014-06-09-working-group-tucson`);
      expect(urls).toContain(`${BASE}/${locale}/topics/astrophysics`);
    }
    const ua = entries.find((e) => e.url === `${BASE}/${LOCALES[0]}/organizations/university-of-arizona`)!;
    const uaRow = db.select().from(organizations).where(eq(organizations.slug, "university-of-arizona")).get()!;
    expect(ua.lastModified).toEqual(uaRow.updatedAt);
    expect(ua.alternates?.languages).toEqual(
      Object.fromEntries(LOCALES.map((l) => [l, `${BASE}/${l}/organizations/university-of-arizona`])),
    );
    // Editing and history pages are not listed.
    expect(urls.some((u) => /\/(edit|history|new)$/.test(u))).toBe(false);
  });

  test("leaves out archived records and people who are not public", () => {
    // A person no public source names (test data), shown only to signed-in editors.
    db.insert(people).values({ slug: "private-person", name: "Private Person", sortName: "Person, Private", isPublic: false }).run();
    const hidden = db.select({ slug: people.slug }).from(people).where(eq(people.isPublic, false)).all();
    expect(hidden.map((p) => p.slug)).toContain("private-person");
    db.update(organizations).set({ archivedAt: new Date() }).where(eq(organizations.slug, "inadem")).run();
    const urls = all().map((e) => e.url);
    expect(urls.some((u) => u.endsWith("/organizations/inadem"))).toBe(false);
    for (const { slug } of hidden) expect(urls.some((u) => u.endsWith(`/people/${slug}`))).toBe(false);
    const live = db.select({ slug: organizations.slug }).from(organizations).where(isNull(organizations.archivedAt)).all();
    expect(urls.filter((u) => u.includes("/organizations/"))).toHaveLength(live.length * LOCALES.length);
    const publicPeople = db
      .select()
      .from(people)
      .where(and(eq(people.isPublic, true), isNull(people.archivedAt)))
      .all();
    expect(urls.filter((u) => u.includes("/people/"))).toHaveLength(publicPeople.length * LOCALES.length);
  });
});
