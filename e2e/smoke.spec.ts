import { expect, test } from "@playwright/test";

test("opens the English home page from the bare address", async ({ page }) => {
  const response = await page.goto("/");

  await expect(page).toHaveURL(/\/en\/?$/);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
