/**
 * Reading uploaded CSV files: what spreadsheets actually write (quotes, line
 * breaks in cells, CRLF, semicolons, a byte-order mark, Windows-1252) is read
 * as the spreadsheet showed it, and what is not a CSV file is refused by name.
 */
import { describe, expect, test } from "vitest";
import { readCsv, type CsvTable } from "@/lib/import/csv";

const utf8 = (text: string) => new TextEncoder().encode(text);

function table(bytes: Uint8Array): CsvTable {
  const result = readCsv(bytes);
  if (!result.ok) throw new Error(`refused: ${result.problem.code}`);
  return result.value;
}

function problem(bytes: Uint8Array): string {
  const result = readCsv(bytes);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.problem.code;
}

/** Windows-1252 bytes for Latin-1 text (the two agree on these letters). */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe("RFC 4180 fields", () => {
  test("quoted fields keep commas, doubled quotes and line breaks, and rows are counted as the spreadsheet shows them", () => {
    const t = table(
      utf8('name_en,description_en\r\n"Colegio de la Frontera Norte, A.C.","Says ""hello""\r\non two lines"\r\nCETYS,plain\r\n'),
    );
    expect(t.header).toEqual(["name_en", "description_en"]);
    expect(t.records).toEqual([
      { row: 2, cells: ["Colegio de la Frontera Norte, A.C.", 'Says "hello"\r\non two lines'] },
      { row: 3, cells: ["CETYS", "plain"] },
    ]);
    expect(t.delimiter).toBe(",");
  });

  test("LF and lone CR line ends, a last row without a line break, and empty quoted fields", () => {
    const t = table(utf8('a,b\nx,""\ry,z'));
    expect(t.records.map((r) => r.cells)).toEqual([
      ["x", ""],
      ["y", "z"],
    ]);
  });

  test("blank rows are skipped but keep their row numbers", () => {
    const t = table(utf8("a,b\n1,2\n,\n\n3,4\n"));
    expect(t.records.map((r) => r.row)).toEqual([2, 5]);
  });

  test("a quote that is never closed is named with the row it starts in", () => {
    const result = readCsv(utf8('a,b\n1,2\n3,"open\n4,5\n'));
    expect(result).toEqual({ ok: false, problem: { code: "unclosed_quote", row: 3 } });
  });

  test("empty columns at the right of the header are dropped", () => {
    expect(table(utf8("a,b,,\n1,2,,\n")).header).toEqual(["a", "b"]);
  });
});

describe("delimiters and encodings", () => {
  test("semicolons, as Excel writes them in Mexico, with commas inside cells", () => {
    const t = table(utf8("name_en;city\nUniversidad Autónoma de Baja California;Mexicali, B.C.\n"));
    expect(t.delimiter).toBe(";");
    expect(t.records[0]!.cells).toEqual(["Universidad Autónoma de Baja California", "Mexicali, B.C."]);
  });

  test("a UTF-8 byte-order mark is not part of the first column's name", () => {
    const t = table(utf8("\uFEFFname_en,kind\nUNAM,university\n"));
    expect(t.header[0]).toBe("name_en");
    expect(t.encoding).toBe("utf-8");
  });

  test("Windows-1252 bytes (Excel's plain CSV) are read as such, and the table says so", () => {
    const t = table(cp1252("name_en;name_es\nAutonomous University of Nuevo León;Universidad Autónoma de Nuevo León\n"));
    expect(t.encoding).toBe("windows-1252");
    expect(t.records[0]!.cells[1]).toBe("Universidad Autónoma de Nuevo León");
    // The euro sign and curly quotes live in 0x80–0x9F in Windows-1252, unlike Latin-1.
    expect(table(Uint8Array.from([0x61, 0x0a, 0x93, 0x80, 0x94, 0x0a])).records[0]!.cells[0]).toBe("“€”");
  });

  test("UTF-16 (Excel's “Unicode text”), with or without its mark, is refused", () => {
    const text = "name_en\tkind\nUNAM\tuniversity\n";
    const le = new Uint8Array(text.length * 2);
    [...text].forEach((c, i) => (le[i * 2] = c.charCodeAt(0)));
    expect(problem(Uint8Array.from([0xff, 0xfe, ...le]))).toBe("utf16");
    expect(problem(le)).toBe("utf16");
  });

  test("workbooks and binary garbage are refused, not read as text", () => {
    expect(problem(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toBe("workbook");
    expect(problem(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe("workbook");
    expect(problem(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))).toBe("binary");
    // Bytes Windows-1252 leaves undefined: neither UTF-8 nor Windows-1252.
    expect(problem(Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0x81, 0x8d, 0x2c, 0x9d]))).toBe("binary");
    // A byte-order mark promising UTF-8 that the bytes break.
    expect(problem(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0xe9, 0x0a]))).toBe("binary");
  });

  test("an empty file, or one of blank lines, is refused as empty", () => {
    expect(problem(new Uint8Array())).toBe("empty");
    expect(problem(utf8("\r\n \r\n"))).toBe("empty");
  });
});
