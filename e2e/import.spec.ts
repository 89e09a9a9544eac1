import { expect, test } from "@playwright/test";
import { signedInPage } from "./support/accounts";
import { csvFile, ImportPages } from "./pages/import";

const SEED_SOURCE = /^The U\.S\.-Mexico Binational Working Group Meets in Arizona/;

test.describe("a program officer imports a spreadsheet", () => {
  test("uploads institutions, sees what will be created and changed, confirms, and finds them", async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const page = await signedInPage(browser, baseURL!, "importer@example.org", "admin");
    await page.getByRole("link", { name: "Import a spreadsheet" }).click();
    const imports = new ImportPages(page);
    await expect(page.getByRole("heading", { level: 1, name: "Import a spreadsheet" })).toBeVisible();

    await imports.upload(
      csvFile("institutions.csv", [
        "name_en,name_es,kind,country,state,city,website",
        "Sonora Institute of Technology,Instituto Tecnológico de Sonora,university,MX,Sonora,Ciudad Obregón,www.itson.mx",
        "National Council for Science and Technology,,government_agency,MX,,Mexico City,",
      ]),
      { kind: /^Organizations$/, source: SEED_SOURCE },
    );

    await expect(page.getByRole("heading", { level: 1, name: "Preview of institutions.csv" })).toBeVisible();
    await expect(page.getByText("Nothing has been written yet")).toBeVisible();
    await expect(imports.row(2)).toContainText("Create");
    await expect(imports.row(2)).toContainText("Sonora Institute of Technology");
    const update = imports.row(3);
    await expect(update).toContainText("Update");
    await expect(update).toContainText("Matched by name.");
    // The change, field by field: the city was empty and becomes Mexico City.
    const city = update.getByRole("row", { name: /City/ });
    await expect(city.getByRole("cell").first()).toHaveText("(empty)");
    await expect(city.getByRole("cell").last()).toHaveText("Mexico City");
    // Nothing is in the directory yet.
    const other = await browser.newPage({ baseURL });
    await other.goto("/en/search?q=tecnologico+de+sonora");
    await expect(other.getByRole("link", { name: "Sonora Institute of Technology" })).toHaveCount(0);

    await imports.confirm();
    await expect(page.getByRole("heading", { level: 1, name: "Imported: institutions.csv" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("status")).toContainText("1 record created · 1 record updated");

    // The public finds the new institution by its Spanish name, accents aside, and its history names the import.
    await other.goto("/en/search?q=tecnologico+de+sonora");
    await other.getByRole("link", { name: "Sonora Institute of Technology" }).first().click();
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Sonora Institute of Technology");
    await other.getByRole("link", { name: "History of this record" }).click();
    await expect(other.getByRole("main")).toContainText("Imported from institutions.csv");
    await other.goto("/en/organizations/conacyt");
    await expect(other.getByRole("main")).toContainText("Mexico City");
  });

  test("a file without the required columns, or in the wrong encoding, is refused with what to do, and changes nothing", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const page = await signedInPage(browser, baseURL!, "careful-importer@example.org", "admin");
    const imports = new ImportPages(page);
    await imports.open();

    await imports.upload(csvFile("names.csv", ["name,kind", "Universidad de Guanajuato,university"]), { source: SEED_SOURCE });
    await expect(page.getByRole("alert").filter({ hasText: "This file cannot be imported." })).toBeVisible();
    await expect(imports.fileError()).toHaveText(
      "The file lacks the columns “name_en” and “country”. Download the template to see every column.",
    );
    await expect(page.getByLabel("CSV file")).toHaveAttribute("aria-invalid", "true");

    // Excel's "Unicode Text" is UTF-16.
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("name_en\tkind\tcountry\r\nUniversidad de Guanajuato\tuniversity\tMX\r\n", "utf16le"),
    ]);
    await imports.upload({ name: "unicode.txt", bytes: utf16 });
    await expect(imports.fileError()).toContainText("This file is saved as “Unicode Text” (UTF-16)");
    await expect(imports.fileError()).toContainText("CSV UTF-8");

    // Excel's plain "CSV" on Windows: read as Windows-1252, accents intact, and the preview says so.
    const cp1252 = Buffer.from("name_en;kind;country\r\nUniversidad Autónoma de Nuevo León;university;MX\r\n", "latin1");
    await imports.upload({ name: "excel.csv", bytes: cp1252 });
    await expect(page.getByRole("note").filter({ hasText: "read as Windows-1252" })).toBeVisible();
    await expect(imports.row(2)).toContainText("Universidad Autónoma de Nuevo León");

    // None of it reached the directory.
    await page.goto("/en/search?q=guanajuato");
    await expect(page.getByText("Nothing matches")).toBeVisible();
    await page.goto("/en/search?q=nuevo+leon+autonoma");
    await expect(page.getByRole("link", { name: "Universidad Autónoma de Nuevo León" })).toHaveCount(0);
  });

  test("without JavaScript, the upload, the errors in the preview and the confirmation are plain forms", async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    // Signed in as usual, then the same session in a browser that runs no script.
    const signedIn = await signedInPage(browser, baseURL!, "no-script-officer@example.org", "editor");
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await signedIn.context().storageState() });
    const page = await context.newPage();
    const imports = new ImportPages(page);
    await imports.open();

    // A meeting with its participants; one participant is not in the directory.
    const header = "title_en,kind,start_date,city,country,hosts,participants,source";
    await imports.upload(
      csvFile("meetings.csv", [
        header,
        "Border universities workshop,seminar,2018-04,Hermosillo,MX,CETYS,CONACYT | Nowhere College,sre-2014-06-16-working-group-arizona",
      ]),
      { kind: /^Meetings/ },
    );
    await expect(page.getByRole("alert").filter({ hasText: "1 row has errors" })).toBeVisible();
    await expect(imports.row(2)).toContainText("No organization in Puentes matches “Nowhere College”");
    await expect(page.getByRole("button", { name: /^Import: / })).toHaveCount(0);

    await imports.open();
    await imports.upload(
      csvFile("meetings.csv", [
        header,
        "Border universities workshop,seminar,2018-04,Hermosillo,MX,CETYS,CONACYT,sre-2014-06-16-working-group-arizona",
      ]),
      { kind: /^Meetings/ },
    );
    await expect(imports.row(2)).toContainText("Create");
    await imports.confirm();
    await expect(page.getByRole("heading", { level: 1, name: "Imported: meetings.csv" })).toBeVisible();
    await imports.row(2).getByRole("link", { name: "Border universities workshop" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Border universities workshop");
    await expect(page.getByRole("main")).toContainText("CETYS");
  });

  test("templates download as CSV, and an upload over the size limit is answered with a 413 that says what to do", async ({ request }) => {
    const template = await request.get("/api/import/templates/organizations.csv");
    expect(template.status()).toBe(200);
    expect(template.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const [header, example] = (await template.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(header!.split(",").slice(0, 3)).toEqual(["name_en", "name_es", "acronym_en"]);
    expect(example).toContain("University of Arizona");
    expect((await request.get("/api/import/templates/people.csv")).status()).toBe(404);

    const oversized = await request.post("/en/import", {
      multipart: { file: { name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(9 * 1024 * 1024, "a") } },
    });
    expect(oversized.status()).toBe(413);
    expect(await oversized.text()).toContain("at most 8 MB can be imported at once");
  });
});
