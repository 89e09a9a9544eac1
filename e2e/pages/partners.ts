import { expect, type Locator, type Page } from "@playwright/test";

/** The partner finder: its form, its ranked suggestions and their evidence. */
export class PartnersPage {
  constructor(readonly page: Page) {}

  async open(query = "") {
    const response = await this.page.goto(`/en/partners${query}`);
    expect(response?.status()).toBe(200);
    return this;
  }

  form(): Locator {
    return this.page.getByRole("form", { name: "Find partners" });
  }

  async search(fields: { institution?: string; country?: string; topic?: string; state?: string }) {
    const form = this.form();
    if (fields.institution !== undefined) {
      const field = form.getByLabel("Your institution");
      await field.fill(fields.institution);
      // On to the next field, as a keyboard user would: that closes the suggestions list.
      await field.press("Tab");
    }
    if (fields.country !== undefined) await form.getByLabel("Or just your country").selectOption({ label: fields.country });
    if (fields.topic !== undefined) await form.getByLabel("Topic you work on").selectOption({ label: fields.topic });
    if (fields.state !== undefined) await form.getByLabel("Partner's state (optional)").selectOption({ label: fields.state });
    await form.getByRole("button", { name: "Find partners" }).click();
  }

  results(): Locator {
    return this.page.getByRole("list", { name: "Suggested partners" });
  }

  /** One suggestion, found by the partner's name. */
  suggestion(name: string | RegExp): Locator {
    return this.results()
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("link", { name }) })
      .first();
  }

  warning(): Locator {
    return this.page.getByRole("note");
  }
}
