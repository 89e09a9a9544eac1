/**
 * The partner finder: who is suggested to a researcher, in what order and why,
 * first on the forum's real data, then on small cases built for one rule each.
 */
import { inEnglish } from "@/lib/i18n/message-ref";
import { beforeAll, describe, expect, test } from "vitest";
import type { Db } from "@/db/connection";
import {
  countPartnersByTopic,
  findPartners,
  PARTNER_WEIGHTS,
  PARTNERS_PAGE_SIZE,
  resolveInstitution,
  UNCERTAIN_FACTOR,
  type PartnerResults,
  type PartnerSuggestion,
} from "@/db/queries/partners";
import {
  agreementParties,
  agreements,
  meetingOrganizations,
  meetings,
  meetingTopics,
  organizations,
  programOrganizations,
  programs,
  programTopics,
  topics,
} from "@/db/schema";
import { prepareDatabase } from "@/db/setup";
import { AppError } from "@/lib/errors";
import { getI18n } from "@/lib/i18n/server";
import { explainSuggestion } from "@/lib/partners/explain";
import { runPartnerSearch } from "@/lib/partners/run";
import { parsePartnerParams } from "@/lib/validation/partners";

const MATERIALS = "materials-and-advanced-manufacturing";
const i18n = getI18n("en");

let db: Db;

beforeAll(() => {
  db = prepareDatabase(process.env.DATABASE_PATH!, "forum").db;
});

function slugs(results: PartnerResults): string[] {
  return results.suggestions.map((s) => s.organization.slug);
}

function suggestion(results: PartnerResults, slug: string): PartnerSuggestion {
  const found = results.suggestions.find((s) => s.organization.slug === slug);
  if (!found) throw new Error(`${slug} is not suggested (got ${slugs(results).join(", ")})`);
  return found;
}

function explain(results: PartnerResults, slug: string): string {
  return explainSuggestion(suggestion(results, slug), i18n, results.institution);
}

function expectAppError(fn: () => unknown, code: string, param: string) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect((error as AppError).details).toEqual({ param });
    return;
  }
  throw new Error("expected an error");
}

describe("the forum's data", () => {
  test("a researcher at UABC interested in materials gets U.S. partners from CANFSA first, each explained", () => {
    const results = findPartners({ institution: "uabc", topic: MATERIALS });
    expect(results.mode).toBe("institution");
    expect(results.fromCountry).toBe("MX");
    expect(results.partnerCountry).toBe("US");
    expect(results.suggestions.every((s) => s.organization.country === "US")).toBe(true);
    // CANFSA's lead and site come before the organizations that only attended the Tucson meeting.
    expect(slugs(results).slice(0, 3).sort()).toEqual(
      ["colorado-school-of-mines", "mines-metallurgical-and-materials-engineering", "university-of-north-texas"].sort(),
    );
    expect(slugs(results)).toContain("university-of-arizona");
    // UABC's own CANFSA link is uncertain (FUMEC), so the shared program counts half and says so.
    const mines = suggestion(results, "colorado-school-of-mines");
    expect(mines.score).toBe(PARTNER_WEIGHTS.program_in_topic + PARTNER_WEIGHTS.shared_program * UNCERTAIN_FACTOR);
    expect(explain(results, "colorado-school-of-mines")).toBe("Took part in CANFSA (uncertain) with UABC");
    expect(explain(results, "university-of-arizona")).toBe("Attended the working group of June 2014");
    const shared = mines.evidence.find((e) => e.type === "shared_program");
    expect(shared).toMatchObject({ kind: "program", uncertain: true, with: [expect.objectContaining({ slug: "uabc" })] });
  });

  test("a CETYS researcher (a certain CANFSA partner) sees the shared program first in the explanation", () => {
    const results = findPartners({ institution: "cetys", topic: MATERIALS });
    expect(explain(results, "colorado-school-of-mines")).toBe("Took part in CANFSA with CETYS");
    expect(suggestion(results, "colorado-school-of-mines").score).toBe(8);
    // Honeywell's CANFSA role is uncertain: the same program weighs half and ranks it below the lead and the site.
    const honeywell = suggestion(results, "honeywell-aerospace");
    expect(honeywell.score).toBe(4);
    expect(slugs(results).indexOf("honeywell-aerospace")).toBeGreaterThan(slugs(results).indexOf("university-of-north-texas"));
    expect(honeywell.evidence.every((e) => e.uncertain)).toBe(true);
  });

  test("from the U.S. side, Colorado School of Mines finds CETYS before UABC, whose evidence is uncertain", () => {
    const results = findPartners({ institution: "colorado-school-of-mines", topic: MATERIALS });
    expect(results.partnerCountry).toBe("MX");
    expect(slugs(results).slice(0, 2)).toEqual(["cetys", "uabc"]);
    expect(suggestion(results, "cetys").score).toBeGreaterThan(suggestion(results, "uabc").score);
    // The institution itself is named, not also its department that hosts CANFSA.
    expect(explain(results, "cetys")).toBe("Took part in CANFSA with Colorado School of Mines");
  });

  test("a researcher's institution counts with its units: UNAM reaches San Pedro Mártir through its Institute of Astronomy", () => {
    const results = findPartners({ institution: "unam", topic: "astrophysics" });
    const steward = suggestion(results, "steward-observatory");
    expect(steward.evidence[0]).toMatchObject({
      type: "shared_program",
      with: [expect.objectContaining({ slug: "unam-instituto-de-astronomia" })],
    });
    expect(explain(results, "steward-observatory")).toBe("Took part in San Pedro Mártir Telescope with Institute of Astronomy (UNAM)");
  });

  test("shared meetings and agreements count: the State Department for the SRE", () => {
    const results = findPartners({ institution: "sre", topic: "health" });
    expect(slugs(results)[0]).toBe("us-department-of-state");
    const state = suggestion(results, "us-department-of-state");
    expect(state.evidence.map((e) => e.type)).toEqual(expect.arrayContaining(["shared_agreement", "shared_meeting", "meeting_on_topic"]));
    expect(explain(results, "national-science-foundation")).toBe("Attended the working group of June 2014 with SRE");
  });

  test("country-only mode ranks by the partners' own work on the topic", () => {
    const results = findPartners({ country: "MX", topic: MATERIALS });
    expect(results.mode).toBe("country");
    expect(results.institution).toBeNull();
    expect(results.suggestions.flatMap((s) => s.evidence).every((e) => !e.type.startsWith("shared_"))).toBe(true);
    expect(suggestion(results, "colorado-school-of-mines").score).toBe(PARTNER_WEIGHTS.program_in_topic);
    expect(suggestion(results, "honeywell-aerospace").score).toBe(PARTNER_WEIGHTS.program_in_topic * UNCERTAIN_FACTOR);
    expect(explain(results, "university-of-north-texas")).toBe("Takes part in CANFSA");
  });

  test("the state filter keeps partners of that state only", () => {
    expect(slugs(findPartners({ country: "MX", topic: MATERIALS, state: "US-TX" }))).toEqual(["university-of-north-texas"]);
    expect(slugs(findPartners({ country: "MX", topic: MATERIALS, state: "US-AZ" })).sort()).toEqual([
      "ua-office-of-global-initiatives",
      "university-of-arizona",
    ]);
    expect(findPartners({ country: "MX", topic: MATERIALS, state: "US-WY" }).total).toBe(0);
  });

  test("a state of the researcher's own country, an unknown topic or institution are refused with the parameter named", () => {
    expectAppError(() => findPartners({ country: "MX", topic: MATERIALS, state: "MX-BCN" }), "bad_request", "state");
    expectAppError(() => findPartners({ country: "MX", topic: "basket-weaving" }), "not_found", "topic");
    expectAppError(() => findPartners({ institution: "no-such-university", topic: MATERIALS }), "not_found", "institution");
    expectAppError(() => findPartners({ topic: MATERIALS }), "bad_request", "institution");
    // FUMEC is binational: which side the researcher is on must be said.
    expectAppError(() => findPartners({ institution: "fumec", topic: MATERIALS }), "bad_request", "country");
    expect(findPartners({ institution: "fumec", country: "US", topic: MATERIALS }).partnerCountry).toBe("MX");
  });

  test("what a researcher types resolves through the search index, with choices when it is ambiguous", () => {
    expect(resolveInstitution("UNAM")).toMatchObject({ status: "resolved", organization: { slug: "unam" } });
    expect(resolveInstitution("Universidad Autónoma de Baja California")).toMatchObject({
      status: "resolved",
      organization: { slug: "uabc" },
    });
    expect(resolveInstitution("uabc")).toMatchObject({ status: "resolved", organization: { slug: "uabc" } });
    const arizona = resolveInstitution("Arizona");
    expect(arizona.status).toBe("ambiguous");
    if (arizona.status === "ambiguous") expect(arizona.choices.map((c) => c.slug)).toContain("university-of-arizona");
    expect(resolveInstitution("Xylophone Institute")).toEqual({ status: "none" });
  });

  test("the empty state's alternatives: topics that have partners in the other country", () => {
    const byTopic = countPartnersByTopic("US", null);
    expect(byTopic.length).toBeGreaterThan(0);
    expect(byTopic.map((t) => t.slug)).toContain(MATERIALS);
    const partners = byTopic.map((t) => t.partners);
    expect(partners).toEqual([...partners].sort((a, b) => b - a));
    const search = runPartnerSearch({ country: "MX", topic: MATERIALS, state: "US-WY" });
    expect(search.status).toBe("ok");
    if (search.status === "ok") {
      expect(search.results.total).toBe(0);
      expect(search.alternatives?.withoutState).toBe(9);
    }
  });
});

describe("query-string input", () => {
  test("each parameter is checked on its own, and the errors name it", () => {
    const { errors } = parsePartnerParams({ country: "CA", topic: "Materials!", state: "XX-YY", page: "0" });
    expect(errors.map((e) => e.name).sort()).toEqual(["country", "page", "state", "topic"]);
    expect(parsePartnerParams({ institution: "x".repeat(201), topic: MATERIALS }).errors[0]?.name).toBe("institution");
    const repeated = parsePartnerParams({ topic: [MATERIALS, "health"], country: "MX" }).errors[0];
    expect(repeated?.name).toBe("topic");
    expect(inEnglish(repeated!.reason)).toBe("was given more than once");
    expect(parsePartnerParams({ institution: "UNAM" }).errors[0]?.name).toBe("topic");
    expect(parsePartnerParams({}).empty).toBe(true);
  });

  test("the search tells an unknown institution, an ambiguous one and an unknown topic apart", () => {
    expect(runPartnerSearch({ institution: "Xylophone Institute", topic: MATERIALS }).status).toBe("unknown_institution");
    expect(runPartnerSearch({ institution: "Arizona", topic: MATERIALS }).status).toBe("ambiguous");
    const unknownTopic = runPartnerSearch({ country: "MX", topic: "basket-weaving" });
    expect(unknownTopic).toMatchObject({ status: "invalid", errors: [{ name: "topic" }] });
    // A topic alone (the link from a topic page) is a prefilled form, not an error.
    expect(runPartnerSearch({ topic: MATERIALS }).status).toBe("form");
  });
});

describe("built cases", () => {
  let topicSlug: string;

  beforeAll(() => {
    const [topic] = db.insert(topics).values({ slug: "built-topic", nameEn: "Built topic", nameEs: "Tema construido" }).returning().all();
    topicSlug = topic!.slug;
    const org = (slug: string, country: "US" | "MX" | "US-MX", extra: Partial<typeof organizations.$inferInsert> = {}) =>
      db
        .insert(organizations)
        .values({ slug, nameEn: extra.nameEn ?? slug, kind: "university", country, ...extra })
        .returning()
        .get().id;
    const inst = org("built-institution", "MX");
    const unit = org("built-unit", "MX", { parentId: inst });
    const shared = org("built-shared", "US", { state: "US-NM" });
    const plain = org("built-plain", "US", { nameEn: "Built plain" });
    const uncertain = org("built-uncertain", "US", { nameEn: "Built uncertain" });
    const meetingOnly = org("built-meeting-only", "US");
    const notOnTopic = org("built-not-on-topic", "US");
    const agreed = org("built-agreed", "US");
    const archived = org("built-archived", "US", { archivedAt: new Date() });
    const binational = org("built-binational", "US-MX");
    const sameCountry = org("built-same-country", "MX");
    const archivedProgramOnly = org("built-archived-program-only", "US");
    const tieB = org("built-tie-b", "US", { nameEn: "beta tie" });
    const tieA = org("built-tie-a", "US", { nameEn: "Alpha tie" });

    const program = (slug: string, extra: Partial<typeof programs.$inferInsert> = {}) =>
      db
        .insert(programs)
        .values({ slug, nameEn: slug, kind: "research_project", ...extra })
        .returning()
        .get().id;
    const p1 = program("built-p1");
    const p2 = program("built-p2");
    const p3 = program("built-p3", { archivedAt: new Date() });
    for (const p of [p1, p2, p3]) db.insert(programTopics).values({ programId: p, topicId: topic!.id }).run();
    db.insert(programOrganizations)
      .values([
        { programId: p1, organizationId: unit, role: "lead" },
        { programId: p1, organizationId: shared, role: "partner" },
        { programId: p2, organizationId: plain, role: "partner" },
        { programId: p2, organizationId: uncertain, role: "partner", uncertain: true, uncertaintyNote: "built" },
        { programId: p2, organizationId: archived, role: "partner" },
        { programId: p2, organizationId: binational, role: "partner" },
        { programId: p2, organizationId: sameCountry, role: "partner" },
        { programId: p3, organizationId: archivedProgramOnly, role: "partner" },
      ])
      .run();

    const meeting = (slug: string) =>
      db.insert(meetings).values({ slug, titleEn: slug, kind: "seminar", startDate: "2020-03" }).returning().get().id;
    const m1 = meeting("built-m1");
    const m2 = meeting("built-m2");
    db.insert(meetingTopics).values({ meetingId: m2, topicId: topic!.id }).run();
    db.insert(meetingOrganizations)
      .values([
        { meetingId: m1, organizationId: inst, role: "participant" },
        { meetingId: m1, organizationId: notOnTopic, role: "participant" },
        ...[meetingOnly, agreed, tieA, tieB].map((organizationId) => ({ meetingId: m2, organizationId, role: "participant" as const })),
      ])
      .run();
    const agreement = db
      .insert(agreements)
      .values({ slug: "built-a1", titleEn: "built-a1", kind: "letter_of_intent" })
      .returning()
      .get().id;
    db.insert(agreementParties)
      .values([
        { agreementId: agreement, organizationId: inst },
        { agreementId: agreement, organizationId: agreed },
      ])
      .run();
  });

  test("ranks by the weights, keeps only partners with evidence on the topic, in the other country, not archived", () => {
    const results = findPartners({ institution: "built-institution", topic: topicSlug });
    expect(results.suggestions.map((s) => [s.organization.slug, s.score])).toEqual([
      ["built-shared", PARTNER_WEIGHTS.shared_program + PARTNER_WEIGHTS.program_in_topic],
      ["built-agreed", PARTNER_WEIGHTS.shared_agreement + PARTNER_WEIGHTS.meeting_on_topic],
      ["built-plain", PARTNER_WEIGHTS.program_in_topic],
      ["built-uncertain", PARTNER_WEIGHTS.program_in_topic * UNCERTAIN_FACTOR],
      // Equal scores: alphabetical regardless of case, then by slug.
      ["built-tie-a", PARTNER_WEIGHTS.meeting_on_topic],
      ["built-tie-b", PARTNER_WEIGHTS.meeting_on_topic],
      ["built-meeting-only", PARTNER_WEIGHTS.meeting_on_topic],
    ]);
    // Shared through the institution's unit, and said so.
    expect(explain(results, "built-shared")).toBe("Took part in built-p1 with built-unit");
    expect(explain(results, "built-agreed")).toBe("Is a party to built-a1 with built-institution; attended the seminar of March 2020");
    expect(suggestion(results, "built-uncertain").evidence[0]).toMatchObject({ uncertain: true, weight: 1.5 });
  });

  test("the same query gives the same order every time", () => {
    const first = slugs(findPartners({ country: "MX", topic: topicSlug }));
    for (let i = 0; i < 3; i++) expect(slugs(findPartners({ country: "MX", topic: topicSlug }))).toEqual(first);
  });

  test("pages hold PARTNERS_PAGE_SIZE suggestions and do not overlap; a page past the end shows the last", () => {
    const topic = db.insert(topics).values({ slug: "built-paging", nameEn: "Paging", nameEs: "Paginación" }).returning().get();
    const meetingId = db.insert(meetings).values({ slug: "built-paging-meeting", titleEn: "Paging", kind: "seminar" }).returning().get().id;
    db.insert(meetingTopics).values({ meetingId, topicId: topic.id }).run();
    const count = PARTNERS_PAGE_SIZE + 3;
    for (let i = 0; i < count; i++) {
      const id = db
        .insert(organizations)
        .values({ slug: `built-paging-${i}`, nameEn: `Paging ${String(i).padStart(2, "0")}`, kind: "company", country: "US" })
        .returning()
        .get().id;
      db.insert(meetingOrganizations).values({ meetingId, organizationId: id, role: "participant" }).run();
    }
    const first = findPartners({ country: "MX", topic: "built-paging" });
    const second = findPartners({ country: "MX", topic: "built-paging", page: 2 });
    expect(first.total).toBe(count);
    expect(first.pageCount).toBe(2);
    expect(first.suggestions).toHaveLength(PARTNERS_PAGE_SIZE);
    expect(second.suggestions).toHaveLength(3);
    expect(new Set([...slugs(first), ...slugs(second)]).size).toBe(count);
    expect(slugs(first)[0]).toBe("built-paging-0");
    expect(findPartners({ country: "MX", topic: "built-paging", page: 99 }).page).toBe(2);
  });
});
