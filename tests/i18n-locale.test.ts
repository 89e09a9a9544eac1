/** Which language a first visit gets, the message references of the data layer, and Spanish formatting. */
import { describe, expect, test } from "vitest";
import { formatDateRange, formatPartialDate } from "@/lib/format/dates";
import { formatList, formatMessage, formatNumber } from "@/lib/i18n/format";
import { negotiateLocale } from "@/lib/i18n/locales";
import { inEnglish, msg, renderMessage } from "@/lib/i18n/message-ref";
import { languageAlternates, localizedPath, pathWithoutLocale } from "@/lib/i18n/metadata";

describe("locale negotiation", () => {
  test.each([
    ["es-MX,es;q=0.9,en;q=0.8", "es"],
    ["es", "es"],
    ["ES-419", "es"],
    ["en-US,en;q=0.9,es;q=0.8", "en"],
    ["fr-FR,fr;q=0.9,es;q=0.8,en;q=0.7", "es"],
    ["fr-FR,en;q=0.5,es;q=0.7", "es"],
    ["en;q=0.2,es;q=0.9", "es"],
    ["es;q=0,en", "en"],
    ["de-DE,fr;q=0.8", "en"],
    ["*", "en"],
  ])("Accept-Language %s gives %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  test.each([undefined, null, "", ";;;", "q=1", "12345", "es;q=abc", "\u0000\u00ff", "x".repeat(5000), ",,,;q=,"])(
    "junk or no header (case %#) gives English",
    (header) => {
      expect(negotiateLocale(header as string | null | undefined)).toBe("en");
    },
  );

  test("the switch's cookie wins over Accept-Language", () => {
    expect(negotiateLocale("es-MX,es;q=0.9", "en")).toBe("en");
    expect(negotiateLocale("en-US", "es")).toBe("es");
  });

  test("an unknown cookie value is ignored", () => {
    expect(negotiateLocale("es-MX", "fr")).toBe("es");
    expect(negotiateLocale("en-US", "")).toBe("en");
  });
});

describe("Spanish formatting", () => {
  test("dates and ranges come from Intl with es-MX", () => {
    expect(formatDateRange("2014-06-09", "2014-06-10", "es")).toBe("9–10 de junio de 2014");
    expect(formatPartialDate("2014-06-09", "es")).toBe("9 de junio de 2014");
    expect(formatPartialDate("2014-06", "es")).toBe("junio de 2014");
    expect(formatPartialDate("2013", "es")).toBe("2013");
    expect(formatDateRange("2014-06-28", "2014-07-02", "es")).toMatch(/^28 de junio\s–\s2 de julio de 2014$/);
  });

  test("numbers, lists and plurals follow Mexican Spanish", () => {
    expect(formatNumber(100000, "es")).toBe("100,000");
    expect(formatNumber(1234.5, "es")).toBe("1,234.5");
    expect(formatList(["UNAM", "CONACYT", "SEP"], "es")).toBe("UNAM, CONACYT y SEP");
    const meetings = "{count, plural, =0 {ninguna reunión} one {# reunión} other {# reuniones}}";
    expect(formatMessage(meetings, { count: 0 }, "es")).toBe("ninguna reunión");
    expect(formatMessage(meetings, { count: 1 }, "es")).toBe("1 reunión");
    expect(formatMessage(meetings, { count: 1500 }, "es")).toBe("1,500 reuniones");
  });
});

describe("message references", () => {
  test("render in the reader's language, values included", () => {
    const ref = msg("validation.required", { field: msg("validation.field.englishName") });
    expect(renderMessage(ref, "en")).toBe("Enter the English name.");
    expect(renderMessage(ref, "es")).toBe("Escriba el nombre en inglés.");
    expect(inEnglish(ref)).toBe("Enter the English name.");
  });

  test("lists read as lists in each language", () => {
    const ref = msg("errors.recordInUse", {
      label: "UNAM",
      references: [msg("errors.references.agreements", { count: 2 }), msg("errors.references.citations", { count: 1 })],
    });
    expect(renderMessage(ref, "en")).toContain("2 agreements and 1 citation");
    expect(renderMessage(ref, "es")).toContain("2 acuerdos y 1 cita");
  });

  test("plain text passes through unchanged", () => {
    expect(renderMessage("Just text {x}", "es")).toBe("Just text {x}");
  });
});

describe("language alternates", () => {
  test("the same page in each language, the query left out", () => {
    expect(pathWithoutLocale("/es/organizations/unam?x=1")).toBe("/organizations/unam");
    expect(pathWithoutLocale("/en")).toBe("");
    expect(localizedPath("en", "/es/meetings/a")).toBe("/en/meetings/a");
    expect(languageAlternates("es", "/es/organizations/unam")).toEqual({
      canonical: "/es/organizations/unam",
      languages: { en: "/en/organizations/unam", es: "/es/organizations/unam", "x-default": "/en/organizations/unam" },
    });
  });
});
