import { expect, type Locator, type Page } from "@playwright/test";

/** The spreadsheet import: its upload form, then the preview (or result) of one file. */
export class ImportPages {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/en/import");
    await expect(this.page.getByRole("heading", { level: 1, name: "Import a spreadsheet" })).toBeVisible();
  }

  async upload(file: { name: string; bytes: Buffer }, options: { kind?: RegExp; source?: RegExp } = {}) {
    if (options.kind) await this.page.getByRole("radio", { name: options.kind }).check();
    if (options.source) {
      const select = this.page.getByLabel("Source for the rows");
      const labels = await select.locator("option").allTextContents();
      const label = labels.find((l) => options.source!.test(l));
      if (!label) throw new Error(`No source ${options.source} among ${labels.join(", ")}`);
      await select.selectOption({ label });
    }
    await this.page.getByLabel("CSV file").setInputFiles({ name: file.name, mimeType: "text/csv", buffer: file.bytes });
    await this.page.getByRole("button", { name: "Check the file and preview" }).click();
  }

  /** The file's refusal, next to the file field. */
  fileError(): Locator {
    return this.page.locator("#import-file-error");
  }

  rows(): Locator {
    return this.page.getByRole("table", { name: "Rows of the file" });
  }

  /** A row of the table by the number the spreadsheet gives it. */
  row(line: number): Locator {
    return this.rows()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: String(line), exact: true }) });
  }

  async confirm() {
    await this.page.getByRole("button", { name: /^Import: / }).click();
  }
}

export const csvFile = (name: string, lines: string[]) => ({ name, bytes: Buffer.from(lines.join("\r\n") + "\r\n", "utf8") });
