/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, a quote or a line break, quotes doubled), for spreadsheets:
 * files start with a UTF-8 byte order mark so Excel reads accents right, and text
 * that a spreadsheet would run as a formula is defused.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** Excel ignores the declared encoding of a CSV file but honours this mark. */
export const CSV_BOM = "\uFEFF";

/**
 * Cells starting with one of these are formulas to Excel, LibreOffice and Google
 * Sheets ("=HYPERLINK(…)", "+cmd|…", "@SUM(…)"), and tab or CR can hide such a start
 * (OWASP's CSV injection advice). An apostrophe makes the cell plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // Numbers and booleans are data, never formulas: -110.9 must stay a number.
  let text = typeof value === "string" ? value : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
