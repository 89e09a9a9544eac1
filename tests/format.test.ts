import { describe, expect, test } from "vitest";
import { formatDateRange, formatPartialDate, isPartialDate, yearOf } from "@/lib/format/dates";
import { formatMessage } from "@/lib/i18n/format";
import { localize } from "@/lib/i18n/localize";

/** ICU puts thin spaces around the dash of a range; readers see "June 9 – 10". */
const plain = (s: string | null) => s?.replace(/[\u2009\u202f]/g, " ");

describe("partial dates", () => {
  test("show only the precision the source gives", () => {
    expect(formatPartialDate("2013", "en")).toBe("2013");
    expect(formatPartialDate("2013-05", "en")).toBe("May 2013");
    expect(formatPartialDate("2014-05-21", "en")).toBe("May 21, 2014");
  });

  test("ranges collapse shared parts", () => {
    expect(plain(formatDateRange("2014-06-09", "2014-06-10", "en"))).toBe("June 9 – 10, 2014");
    expect(plain(formatDateRange("2014-12-30", "2015-01-02", "en"))).toBe("December 30, 2014 – January 2, 2015");
    expect(formatDateRange("2014-06-09", null, "en")).toBe("June 9, 2014");
    expect(formatDateRange(null, null, "en")).toBeNull();
  });

  test("validates the calendar", () => {
    expect(isPartialDate("2014-02-29")).toBe(false);
    expect(isPartialDate("2016-02-29")).toBe(true);
    expect(isPartialDate("2014-13")).toBe(false);
    expect(isPartialDate("14-06-09")).toBe(false);
    expect(yearOf("2014-06-09")).toBe(2014);
    expect(yearOf(null)).toBeNull();
  });
});

describe("messages", () => {
  test("plurals follow the language's rules", () => {
    const template = "{count, plural, =0 {No results} one {# result} other {# results}}";
    expect(formatMessage(template, { count: 0 }, "en")).toBe("No results");
    expect(formatMessage(template, { count: 1 }, "en")).toBe("1 result");
    expect(formatMessage(template, { count: 12345 }, "en")).toBe("12,345 results");
  });

  test("fills placeholders and leaves unknown ones visible", () => {
    expect(formatMessage("Meeting {number} of {name}", { number: 6, name: "the series" }, "en")).toBe("Meeting 6 of the series");
    expect(formatMessage("Hello {who}", {}, "en")).toBe("Hello {who}");
  });
});

describe("bilingual text", () => {
  test("falls back to the other language and says so", () => {
    expect(localize({ en: "Health", es: "Salud" }, "en")).toEqual({ text: "Health", lang: "en", isFallback: false });
    expect(localize({ en: null, es: "Secretaría de Salud" }, "en")).toEqual({ text: "Secretaría de Salud", lang: "es", isFallback: true });
    expect(localize({ en: null, es: null }, "en")).toBeNull();
  });
});
