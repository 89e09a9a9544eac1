/**
 * Single sign-on, end to end, against a real OpenID Connect provider.
 *
 * playwright.config.ts starts e2e/support/oidc-provider.ts (the `oidc-provider`
 * package on localhost:3101) beside the app and gives the app OIDC_ISSUER,
 * OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_NAME for it. Each test clicks the
 * sign-on button, signs in on the provider's own development login page
 * (account id and any password, then consent), and follows the redirects back
 * through Auth.js's callback. Puentes lets in only an invited, enabled account
 * whose address the provider says it verified.
 */
import { expect, test, type Page } from "@playwright/test";
import { createAccountLink } from "./support/accounts";
import { SSO_ACCOUNTS, SSO_ISSUER, SSO_NAME } from "./support/oidc-provider";

async function signInThroughProvider(page: Page, email: string) {
  await page.goto("/en/sign-in");
  await page.getByRole("button", { name: `Or sign in with ${SSO_NAME}` }).click();
  await page.waitForURL(`${SSO_ISSUER}/**`);
  // The provider's development pages label their fields with placeholders only.
  await page.getByRole("textbox", { name: "Enter any login" }).fill(email);
  await page.getByPlaceholder("and password").fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

async function expectRefused(page: Page) {
  await expect(page).toHaveURL(/\/en\/sign-in\?error=AccessDenied/);
  await expect(page.getByText(/^Single sign-on did not find an invited account/)).toBeVisible();
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/sign-in/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to edit Puentes" })).toBeVisible();
}

test("an invited account signs in with the institution's single sign-on", async ({ page, baseURL }) => {
  const { email } = SSO_ACCOUNTS.officer;
  createAccountLink(email, "editor", baseURL!);
  await signInThroughProvider(page, email);
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
});

test("refuses single sign-on for an address with no invited account", async ({ page }) => {
  await signInThroughProvider(page, SSO_ACCOUNTS.stranger.email);
  await expectRefused(page);
});

test("refuses single sign-on when the provider has not verified the address", async ({ page, baseURL }) => {
  const { email } = SSO_ACCOUNTS.unverified;
  createAccountLink(email, "editor", baseURL!);
  await signInThroughProvider(page, email);
  await expectRefused(page);
});
