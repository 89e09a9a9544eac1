/**
 * Accounts for the journeys, made the way an administrator makes them: the
 * `npm run user:create` command (against the e2e server's database file), then
 * the one-time link in the browser.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, type Browser, type Page } from "@playwright/test";

export const E2E_DATABASE = path.resolve(import.meta.dirname, "../../test-results/e2e.db");
export const PASSWORD = "correct horse battery staple";
/** The cookies of the administrator e2e/lived-in.setup.ts signs in before the journeys. */
export const ADMIN_STATE = path.resolve(import.meta.dirname, "../../test-results/admin-state.json");

export function createAccountLink(email: string, role: "admin" | "editor", baseURL: string): string {
  const output = execFileSync(process.execPath, ["--import", "tsx", "scripts/user-create.ts", "--email", email, "--role", role], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, DATABASE_PATH: E2E_DATABASE, PUBLIC_URL: baseURL },
    encoding: "utf8",
  });
  const link = output.trim().split("\n").at(-1)!;
  expect(link).toContain("/en/account/set-password?token=");
  return link;
}

export async function choosePasswordAndSignIn(page: Page, link: string) {
  await page.goto(link);
  await page.getByLabel("New password").fill(PASSWORD);
  await page.getByLabel("The same password again").fill(PASSWORD);
  await page.getByRole("button", { name: /Save password/ }).click();
  await expect(page.getByText("Your password is saved")).toBeVisible();
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
}

/** A signed-in page for a new account; `assign` gives an editor organizations by slug (set-up shortcut, straight in the database). */
export async function signedInPage(
  browser: Browser,
  baseURL: string,
  email: string,
  role: "admin" | "editor",
  assign: string[] = [],
): Promise<Page> {
  const link = createAccountLink(email, role, baseURL);
  if (assign.length) {
    const db = new Database(E2E_DATABASE);
    try {
      const user = db.prepare("SELECT id FROM users WHERE email = ?").get(email) as { id: number };
      for (const slug of assign) {
        db.prepare("INSERT INTO user_assignments (user_id, organization_id) SELECT ?, id FROM organizations WHERE slug = ?").run(
          user.id,
          slug,
        );
      }
    } finally {
      db.close();
    }
  }
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await choosePasswordAndSignIn(page, link);
  return page;
}

/**
 * A page signed in as the administrator the set-up made, for journeys that need an
 * administrator but not an account of their own: a sign-in is two password hashes,
 * seconds a journey on a busy machine.
 */
export async function adminPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: ADMIN_STATE });
  return context.newPage();
}
