import { inEnglish } from "@/lib/i18n/message-ref";
import { describe, expect, test } from "vitest";
import { buildQuery, MAX_PARAM_LENGTH, oneOf, parseSearchParams, slugSchema, yearSchema } from "@/lib/search-params";

const schemas = { country: oneOf(["US", "MX", "US-MX"] as const), organization: slugSchema, year: yearSchema };

describe("parseSearchParams", () => {
  test("keeps valid values and defaults to page 1", () => {
    const r = parseSearchParams({ country: "MX", organization: "university-of-arizona", year: "2014" }, schemas);
    expect(r.values).toEqual({ country: "MX", organization: "university-of-arizona", year: 2014 });
    expect(r.page).toBe(1);
    expect(r.ignored).toEqual([]);
  });

  test.each([
    ["-1", "must be 1 or more"],
    ["0", "must be 1 or more"],
    ["abc", "must be a whole number"],
    ["1.5", "must be a whole number"],
    ["1e9", "must be at most"],
    ["99999999999", "must be at most"],
  ])("refuses page=%s and says why", (page, reason) => {
    const r = parseSearchParams({ page }, schemas);
    expect(r.page).toBe(1);
    expect(r.ignored).toHaveLength(1);
    expect(r.ignored[0]!.name).toBe("page");
    expect(inEnglish(r.ignored[0]!.reason)).toContain(reason);
  });

  test("drops unknown filter values, keeps the others", () => {
    const r = parseSearchParams({ country: "XX", year: "2014", page: "2" }, schemas);
    expect(r.values).toEqual({ year: 2014 });
    expect(r.page).toBe(2);
    expect(r.ignored.map((i) => i.name)).toEqual(["country"]);
  });

  test("refuses over-long values without echoing them whole", () => {
    const long = "a".repeat(MAX_PARAM_LENGTH + 1);
    const r = parseSearchParams({ organization: long }, schemas);
    expect(r.values.organization).toBeUndefined();
    expect(inEnglish(r.ignored[0]!.reason)).toContain(`longer than ${MAX_PARAM_LENGTH}`);
    expect(r.ignored[0]!.value.length).toBeLessThan(50);
  });

  test("refuses slugs with markup or SQL in them", () => {
    for (const bad of ["<script>", "a' OR 1=1 --", "UPPER", "a--b", "ü"]) {
      expect(parseSearchParams({ organization: bad }, schemas).values.organization).toBeUndefined();
    }
  });

  test("uses the first of repeated values and says so", () => {
    const r = parseSearchParams({ country: ["US", "MX"] }, schemas);
    expect(r.values.country).toBe("US");
    expect(inEnglish(r.ignored[0]!.reason)).toContain("more than once");
  });

  test("ignores parameters it does not know and empty ones", () => {
    const r = parseSearchParams({ utm_source: "x", country: "" }, schemas);
    expect(r.values).toEqual({});
    expect(r.ignored).toEqual([]);
  });
});

describe("buildQuery", () => {
  test("drops empty values and page 1", () => {
    expect(buildQuery({ country: "MX", kind: undefined, state: "", page: 1 })).toBe("?country=MX");
    expect(buildQuery({ page: 1 })).toBe("");
    expect(buildQuery({ topic: "a b", page: 3 })).toBe("?topic=a+b&page=3");
  });
});
