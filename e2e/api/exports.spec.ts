/**
 * Downloads of whole lists over real HTTP: CSV read back with a real CSV parser
 * (accents, quoting, a name an editor typed as a spreadsheet formula), JSON equal
 * to the API list with the same filters, file names that say what was filtered.
 */
import { parse } from "csv-parse/sync";
import { expect, test, type APIRequestContext } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DATABASE } from "../support/accounts";
import { fetchDocument, schemaValidator } from "../support/openapi";

/** Every item of an API list, page after page (what a client without the export would do). */
async function wholeList(request: APIRequestContext, path: string): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let page = 1; page < 100; page++) {
    const body = await (await request.get(`${path}${path.includes("?") ? "&" : "?"}pageSize=100&page=${page}`)).json();
    items.push(...body.data);
    if (!body.links.next) return items;
  }
  throw new Error(`${path}: more pages than expected`);
}

function readCsv(bytes: Buffer): Record<string, string>[] {
  return parse(bytes, { bom: true, columns: true, skip_empty_lines: true });
}

test.describe("downloads of the lists", () => {
  test("the organizations CSV is UTF-8 with a byte order mark, every filtered record, accents intact", async ({ request }) => {
    const response = await request.get("/api/v1/exports/organizations.csv?country=MX");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="puentes-organizations-country-MX.csv"');
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("\r\n");

    const rows = readCsv(bytes);
    const list = (await wholeList(request, "/api/v1/organizations?country=MX")) as { slug: string }[];
    expect(rows.map((r) => r.slug)).toEqual(list.map((o) => o.slug));
    const uabc = rows.find((r) => r.slug === "uabc")!;
    expect(uabc.name_es).toBe("Universidad Autónoma de Baja California");
    expect(uabc.country).toBe("MX");
    expect(uabc.state).toBe("MX-BCN");
    expect(new URL(uabc.api_url!).pathname).toBe("/api/v1/organizations/uabc");
    expect(new URL(uabc.page_en!).pathname).toBe("/en/organizations/uabc");
  });

  test("a name typed as a spreadsheet formula is exported as text", async ({ request }) => {
    const formula = '=HYPERLINK("https://example.org/steal","Centro de Investigación, prueba")';
    // Written straight into the test server's database (as accounts.ts assigns editors): an account made
    // here would show on the accounts page that editing.spec.ts expects to hold its first administrator alone.
    const db = new Database(E2E_DATABASE);
    try {
      const now = Date.now();
      db.prepare(
        "INSERT INTO organizations (slug, name_en, kind, country, created_at, updated_at) VALUES ('formula-test', ?, 'other', 'US-MX', ?, ?)",
      ).run(formula, now, now);
    } finally {
      db.close();
    }

    const csv = await request.get("/api/v1/exports/organizations.csv?country=US-MX&kind=other");
    const text = (await csv.body()).toString("utf8");
    // Quoted (it holds quotes and a comma), with the quotes doubled, and the formula defused by an apostrophe.
    expect(text).toContain(`"'=HYPERLINK(""https://example.org/steal"",""Centro de Investigación, prueba"")"`);
    const row = readCsv(await csv.body()).find((r) => r.name_en?.includes("HYPERLINK"))!;
    expect(row.name_en).toBe(`'${formula}`);
    // JSON keeps the name as typed: only spreadsheets run formulas.
    const json = await (await request.get("/api/v1/exports/organizations.json?country=US-MX&kind=other")).json();
    expect(json.data.map((o: { name: { en: string } }) => o.name.en)).toContain(formula);
  });

  test("JSON exports equal the filtered API lists and match the document's schema", async ({ request }) => {
    const validator = schemaValidator(await fetchDocument(request));
    for (const [file, list] of [
      ["organizations.json?country=MX", "/api/v1/organizations?country=MX"],
      ["organizations.json?topic=astrophysics", "/api/v1/organizations?topic=astrophysics"],
      ["meetings.json?year=2014", "/api/v1/meetings?year=2014"],
      ["participations.json?meeting=2017-03-14-roundtable-washington", "/api/v1/participations?meeting=2017-03-14-roundtable-washington"],
      ["participations.json?country=MX&role=participant", "/api/v1/participations?country=MX&role=participant"],
    ] as const) {
      const response = await request.get(`/api/v1/exports/${file}`);
      expect(response.status(), file).toBe(200);
      const body = await response.json();
      validator.expectValid(`/exports/${file.split("?")[0]}`, 200, "application/json", body);
      const items = await wholeList(request, list);
      expect(items.length, file).toBeGreaterThan(0);
      expect(body.data, file).toEqual(items);
      expect(body.meta.total).toBe(items.length);
    }
  });

  test("participations say who took part where, in what role, on what source", async ({ request }) => {
    const response = await request.get("/api/v1/exports/participations.csv?meeting=2017-03-14-roundtable-washington");
    expect(response.headers()["content-disposition"]).toContain(
      'filename="puentes-participations-meeting-2017-03-14-roundtable-washington.csv"',
    );
    const rows = readCsv(await response.body());
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect(row.meeting_slug).toBe("2017-03-14-roundtable-washington");
      expect(["host", "organizer", "participant"]).toContain(row.role);
      expect(["true", "false"]).toContain(row.uncertain);
    }
    expect(rows.some((r) => r.source_url?.startsWith("http"))).toBe(true);
    expect(rows.some((r) => r.organization_name_es?.includes("México"))).toBe(true);
  });
});
