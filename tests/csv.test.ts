import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { CSV_BOM, csvCell, csvRow } from "@/lib/csv";

describe("csvCell", () => {
  test("leaves plain text, numbers and booleans as they are", () => {
    expect(csvCell("Universidad Autónoma de Baja California")).toBe("Universidad Autónoma de Baja California");
    expect(csvCell(2014)).toBe("2014");
    expect(csvCell(-110.92648)).toBe("-110.92648");
    expect(csvCell(true)).toBe("true");
  });

  test("writes nothing for missing values", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  test("quotes fields with commas, quotes or line breaks, doubling the quotes", () => {
    expect(csvCell("Tucson, Arizona")).toBe('"Tucson, Arizona"');
    expect(csvCell('The "Proyecta 100,000" proposal')).toBe('"The ""Proyecta 100,000"" proposal"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("carriage\r\nreturn")).toBe('"carriage\r\nreturn"');
  });

  test.each(['=HYPERLINK("http://evil")', "+1+2", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"])(
    "prefixes text a spreadsheet would run as a formula: %j",
    (value) => {
      const cell = csvCell(value);
      expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
      expect(cell).toContain(value.replace(/"/g, '""'));
    },
  );

  test("does not prefix a formula character that is not at the start", () => {
    expect(csvCell("U.S.–Mexico = partners")).toBe("U.S.–Mexico = partners");
    expect(csvCell("a-b")).toBe("a-b");
  });
});

describe("csvRow", () => {
  test("ends rows with CRLF and a parser reads back the same values", () => {
    const rows = [
      ["slug", "name_en", "name_es", "note"],
      ["unam", "National Autonomous University of Mexico", "Universidad Nacional Autónoma de México", 'Said "yes", then\r\nleft'],
      ["x", "=1+1", "@cmd", null],
    ];
    const text = CSV_BOM + rows.map(csvRow).join("");
    expect(text.endsWith("\r\n")).toBe(true);
    const parsed: string[][] = parse(text, { bom: true });
    expect(parsed).toEqual([
      ["slug", "name_en", "name_es", "note"],
      ["unam", "National Autonomous University of Mexico", "Universidad Nacional Autónoma de México", 'Said "yes", then\r\nleft'],
      ["x", "'=1+1", "'@cmd", ""],
    ]);
  });

  test("starts files with the UTF-8 byte order mark", () => {
    expect(Buffer.from(CSV_BOM, "utf8")).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
