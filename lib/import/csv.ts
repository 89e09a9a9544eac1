/**
 * Reads the bytes of an uploaded spreadsheet saved as CSV: RFC 4180 quoting
 * (quoted fields with embedded delimiters, quotes and line breaks; CRLF, LF or
 * CR line ends), a comma or a semicolon between fields (Excel in Mexico and
 * much of Europe writes semicolons), UTF-8 with or without a byte-order mark.
 *
 * A file that is not valid UTF-8 is read as Windows-1252, which is what Excel
 * on Windows writes when one chooses plain "CSV": refusing it would fail most
 * first uploads, and nothing is written before the editor has seen every value
 * in the preview, which says how the file was read so garbled accents are
 * caught there. Files that are neither (UTF-16 "Unicode text", workbooks,
 * anything binary) are refused with what to do instead.
 */

export type CsvEncoding = "utf-8" | "windows-1252";
export type CsvDelimiter = "," | ";";

export type CsvProblem =
  | { code: "empty" }
  /** An .xlsx, .xls or .ods workbook rather than a CSV export of it. */
  | { code: "workbook" }
  /** Excel's "Unicode text": UTF-16. */
  | { code: "utf16" }
  /** Control characters no text file has, or bytes no known encoding gives. */
  | { code: "binary" }
  | { code: "unclosed_quote"; row: number };

export interface CsvRecord {
  /** The row number a spreadsheet shows for this record (the header is row 1). */
  row: number;
  cells: string[];
}

export interface CsvTable {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  header: string[];
  /** Data records, blank ones left out (their row numbers are skipped, as in the spreadsheet). */
  records: CsvRecord[];
}

export type CsvResult<T> = { ok: true; value: T } | { ok: false; problem: CsvProblem };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // .xlsx and .ods are zip archives
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // .xls
/** Bytes Windows-1252 leaves undefined: a file holding them is in some other encoding. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** C0 controls other than tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function decodeCsv(bytes: Uint8Array): CsvResult<{ text: string; encoding: CsvEncoding }> {
  if (bytes.length === 0) return { ok: false, problem: { code: "empty" } };
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) return { ok: false, problem: { code: "workbook" } };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksLikeUtf16(bytes))
    return { ok: false, problem: { code: "utf16" } };
  const hasBom = startsWith(bytes, UTF8_BOM);
  let text: string;
  let encoding: CsvEncoding = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // A byte-order mark promises UTF-8: a file that breaks the promise is damaged, not Windows-1252.
    if (hasBom || bytes.some((b) => UNDEFINED_IN_1252.has(b))) return { ok: false, problem: { code: "binary" } };
    text = decodeWindows1252(bytes);
    encoding = "windows-1252";
  }
  // Old DOS tools end files with Ctrl-Z.
  text = text.replace(/\u001a$/, "");
  if (text.trim() === "") return { ok: false, problem: { code: "empty" } };
  if (CONTROL.test(text)) return { ok: false, problem: { code: "binary" } };
  return { ok: true, value: { text, encoding } };
}

/**
 * Windows-1252 is Latin-1 but for 0x80–0x9F, where it puts “curly quotes”, the
 * euro sign, dashes and a few letters. Node's TextDecoder reads that label as
 * Latin-1, turning them into invisible control characters, so the table is here.
 */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return text;
}

/** UTF-16 without a byte-order mark: NUL in every other byte of the first few hundred. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let zeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros++;
  return sample.length >= 4 && zeros >= sample.length / 3;
}

/** The delimiter the header uses most, outside quotes (a comma when it has neither). */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c === ",") commas++;
    else if (!quoted && c === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/** Splits text into records of fields. Row numbers count records, not lines: a quoted line break stays in its cell. */
export function parseCsv(text: string, delimiter: CsvDelimiter): CsvResult<string[][]> {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '"' && field === "") {
      // A quoted field: runs to the next quote not doubled.
      const startRow = records.length + 1;
      i++;
      let closed = false;
      let chunkStart = i;
      while (i < n) {
        const q = text.indexOf('"', i);
        if (q === -1) break;
        if (text[q + 1] === '"') {
          field += text.slice(chunkStart, q + 1);
          i = q + 2;
          chunkStart = i;
          continue;
        }
        field += text.slice(chunkStart, q);
        i = q + 1;
        closed = true;
        break;
      }
      if (!closed) return { ok: false, problem: { code: "unclosed_quote", row: startRow } };
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      continue;
    }
    if (c === delimiter) {
      endField();
      i++;
    } else if (c === "\r" || c === "\n") {
      endRecord();
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  // The last record, unless the text ended with its line break.
  if (field !== "" || record.length > 0) endRecord();
  return { ok: true, value: records };
}

export function readCsv(bytes: Uint8Array): CsvResult<CsvTable> {
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded.value;
  const delimiter = detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  if (!parsed.ok) return parsed;
  const [headerCells = [], ...rest] = parsed.value;
  const header = [...headerCells];
  // Spreadsheets often add empty columns at the right of the header.
  while (header.length > 0 && header.at(-1)!.trim() === "") header.pop();
  const records: CsvRecord[] = [];
  rest.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === "")) return;
    records.push({ row: index + 2, cells });
  });
  return { ok: true, value: { encoding, delimiter, header, records } };
}
