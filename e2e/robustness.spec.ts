import { expect, test } from "@playwright/test";

test.describe("addresses that do not exist or make no sense", () => {
  for (const path of [
    "/en/organizations/no-such-organization",
    "/en/programs/no-such-program",
    "/en/meetings/no-such-meeting",
    "/en/agreements/no-such-agreement",
    "/en/people/no-such-person",
    "/en/topics/no-such-topic",
    "/en/sources/no-such-source",
    "/en/no-such-page",
    "/xx/organizations",
  ]) {
    test(`${path} is a real 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
    });
  }

  test("malformed query strings are ignored and named, never a server error", async ({ page }) => {
    const long = "x".repeat(5000);
    const cases = [
      ["/en/organizations?page=-1&country=XX&kind=%3Cscript%3Ealert(1)%3C%2Fscript%3E", ["page", "country", "kind"]],
      ["/en/organizations?page=abc&state=ZZ-99&topic=nope", ["page", "state", "topic"]],
      [`/en/meetings?year=abc&organization=${long}`, ["year", "organization"]],
      ["/en/meetings?organization=no-such-org&kind=party", ["organization", "kind"]],
      ["/en/programs?page=1e9&kind=", ["page"]],
      ["/en/agreements?kind=treaty&page=99999999999", ["kind", "page"]],
      ["/en/people?page=0", ["page"]],
      ["/en/sources?page=%00", ["page"]],
    ] as const;
    for (const [path, names] of cases) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const notice = page.getByRole("note").filter({ hasText: "Some parts of the address were ignored" });
      await expect(notice, path).toBeVisible();
      for (const name of names) await expect(notice, `${path} names ${name}`).toContainText(`“${name}”`);
    }
    // The payload was shown as text, never run or inserted as markup.
    await page.goto("/en/organizations?kind=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    await expect(page.locator("main script")).toHaveCount(0);
    await expect(page.getByRole("note")).toContainText("<script>alert(1)</script>");
  });

  test("a page past the end shows no results and a way back", async ({ page }) => {
    await page.goto("/en/organizations?page=500");
    await expect(page.getByRole("main")).toContainText("Page 500 of");
    await expect(page.getByRole("link", { name: /Previous/ })).toBeVisible();
  });

  test("pages without a language are sent to the English ones", async ({ page }) => {
    await page.goto("/organizations?country=MX");
    await expect(page).toHaveURL(/\/en\/organizations\?country=MX$/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("browsing and filtering still work", async ({ page }) => {
    await page.goto("/en/organizations");
    await page.getByLabel("Country", { exact: true }).selectOption({ index: 2 });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/country=/);
    await expect(page.getByRole("status")).toHaveText(/\d+ results?/);
    await page.getByRole("list", { name: "Results" }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "Sources" })).toBeVisible();
  });
});
