import { expect, type Locator, type Page } from "@playwright/test";

/** What every Puentes page has: a title, the main navigation, breadcrumbs and named sections. */
export class SitePage {
  constructor(readonly page: Page) {}

  async open(path: string) {
    const response = await this.page.goto(path);
    expect(response?.status(), `status of ${path}`).toBe(200);
    return this;
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  nav(): Locator {
    return this.page.getByRole("navigation", { name: "Main" });
  }

  breadcrumbs(): Locator {
    return this.page.getByRole("navigation", { name: "Breadcrumb" });
  }

  /** A titled section (Section component: a region named by its h2). */
  section(name: string | RegExp): Locator {
    return this.page.getByRole("region", { name });
  }

  async expectMetadata() {
    await expect(this.page).toHaveTitle(/Puentes/);
    const description = await this.page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length ?? 0).toBeGreaterThan(10);
  }
}

/** The GET filter form of list pages. */
export class FilterForm {
  constructor(readonly page: Page) {}

  async choose(label: string, option: string | RegExp) {
    const select = this.page.getByLabel(label, { exact: true });
    const options = await select.locator("option").allTextContents();
    const match = options.find((o) => (typeof option === "string" ? o.startsWith(option) : option.test(o)));
    if (!match) throw new Error(`No option ${option} in ${label}: ${options.join(", ")}`);
    await select.selectOption({ label: match });
  }

  async apply() {
    await this.page.getByRole("button", { name: "Apply filters" }).click();
  }
}
