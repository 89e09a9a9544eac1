/**
 * Runs before every journey: one change made by an administrator, as on any site
 * in use, so the recent changes list and a record's history have rows to check
 * (axe-core, layouts, the keyboard) whichever journeys ran first, or alone. The
 * administrator's session is kept for the journeys that need one (adminPage).
 */
import { expect, test as setup } from "@playwright/test";
import { routes } from "../lib/routes";
import { ADMIN_STATE, signedInPage } from "./support/accounts";
import { CHANGED_RECORD } from "./support/records";

setup("an administrator has made a change", async ({ browser, baseURL }) => {
  const page = await signedInPage(browser, baseURL!, "first-change@example.org", "admin");
  await page.goto(routes.edit("en", "person", CHANGED_RECORD.person));
  await page.locator('[name="fields.honorific"]').fill("Amb.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(new RegExp(`${routes.person("en", CHANGED_RECORD.person)}$`));
  await page.goto(routes.recentChanges("en"));
  await expect(page.getByRole("main").getByRole("table")).toContainText("Roberta Jacobson");
  await page.context().storageState({ path: ADMIN_STATE });
});
