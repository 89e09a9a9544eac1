import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, resolveChromiumPath } from "./e2e/support/chromium";
import { SSO_CLIENT_ID, SSO_CLIENT_SECRET, SSO_ISSUER, SSO_NAME, SSO_PORT } from "./e2e/support/oidc-provider";

/** Its own port, so the tests never meet a `npm start` or `next dev` left running on 3000. */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

const browserOptions = {
  ...devices["Desktop Chrome"],
  launchOptions: { executablePath: resolveChromiumPath(), args: chromiumArgs },
};

export default defineConfig({
  testDir: "e2e",
  // Artifacts go in a folder of their own: Playwright empties its outputDir at the
  // start of a run, and test-results/ also holds the e2e database and Vitest's report.
  outputDir: "test-results/playwright",
  forbidOnly: !!process.env.CI,
  // A test that passes only on a retry is a bug to fix, not to hide, in CI as locally.
  retries: 0,
  workers: 2,
  // Journeys that sign two editors in (two password hashes each) and save run past
  // Playwright's 30 s on two busy cores; an assertion still gives up after its own 5 s.
  timeout: 60_000,
  reporter: [
    ["list"],
    ["html", { open: "never" }],
    // Read by scripts/test.ts for the closing "N passed, N failed" line.
    ["json", { outputFile: "test-results/playwright.json" }],
  ],
  use: {
    baseURL,
    trace: "retain-on-failure",
  },
  projects: [
    // One change made first, so lists of changes are never empty (e2e/lived-in.setup.ts).
    { name: "setup", testMatch: /\.setup\.ts$/, use: browserOptions },
    { name: "chromium", dependencies: ["setup"], use: browserOptions },
  ],
  webServer: [
    {
      // node --import tsx rather than `npx tsx`: works whether or not node_modules/.bin is on PATH.
      command: `"${process.execPath}" --import tsx e2e/support/serve.ts`,
      url: baseURL,
      env: {
        E2E_PORT: String(port),
        // The app offers single sign-on through the provider below (e2e/sso.spec.ts).
        OIDC_ISSUER: SSO_ISSUER,
        OIDC_CLIENT_ID: SSO_CLIENT_ID,
        OIDC_CLIENT_SECRET: SSO_CLIENT_SECRET,
        OIDC_NAME: SSO_NAME,
      },
      reuseExistingServer: false,
      timeout: 120_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // A real OpenID Connect provider standing in for a university's.
      command: `"${process.execPath}" --import tsx e2e/support/oidc-provider.ts`,
      url: `${SSO_ISSUER}/.well-known/openid-configuration`,
      env: { E2E_OIDC_PORT: String(SSO_PORT), E2E_PORT: String(port) },
      reuseExistingServer: false,
      timeout: 30_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
