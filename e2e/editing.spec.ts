import { expect, test } from "@playwright/test";
import { adminPage, choosePasswordAndSignIn, createAccountLink, PASSWORD, signedInPage } from "./support/accounts";

const TUCSON = "/en/meetings/2014-06-09-working-group-tucson";

test.describe("program officers keep the directory right", () => {
  test("the first administrator sets up the site and invites a program officer, who edits their meeting's participants", async ({
    page,
    browser,
    baseURL,
  }) => {
    // Two accounts set up and signed in, an assignment and a save: a long journey on a busy machine.
    test.slow();
    // The README's command gives the first administrator a one-time link.
    await choosePasswordAndSignIn(page, createAccountLink("first-admin@example.org", "admin", baseURL!));
    await page.getByRole("link", { name: "Accounts" }).click();

    // Other journeys make accounts of their own on the same server: the invitation form is the one to use.
    const invite = page.getByRole("region", { name: /^Invite a program officer/ });
    await invite.getByLabel("Email address").fill("officer@arizona.example");
    await invite.getByLabel("Role").selectOption("editor");
    await page.getByRole("button", { name: "Invite" }).click();
    const link = await page.getByTestId("invitation-link").textContent();
    expect(link).toContain("/en/account/set-password?token=");

    // Assign the University of Arizona with the picker.
    const officer = page.getByRole("listitem", { name: "officer@arizona.example" });
    await officer.getByRole("combobox", { name: "Organization to assign" }).fill("university of ariz");
    await page.getByRole("option", { name: /^University of Arizona · UA$/ }).click();
    await officer.getByRole("button", { name: "Assign" }).first().click();
    await expect(page.getByRole("listitem", { name: "officer@arizona.example" })).toContainText("Can edit: University of Arizona");

    // The officer uses the link in their own browser.
    const officerContext = await browser.newContext({ baseURL });
    const officerPage = await officerContext.newPage();
    await choosePasswordAndSignIn(officerPage, link!);
    await expect(officerPage.getByText("Editor (program officer)")).toBeVisible();

    await officerPage.goto(TUCSON);
    await officerPage.getByRole("link", { name: "Edit", exact: true }).click();
    await expect(officerPage.getByRole("heading", { level: 1 })).toContainText("Edit Sixth working-group meeting");
    const organizations = officerPage.getByRole("group", { name: "Organizations" });
    const blank = organizations.getByRole("listitem").last();
    await blank.getByRole("combobox", { name: "Organization" }).fill("Colorado School");
    await officerPage.getByRole("option", { name: /^Colorado School of Mines/ }).click();
    await blank.getByLabel("Role").selectOption("participant");
    await officerPage.getByRole("button", { name: "Save" }).click();

    // The public sees the change at once.
    await expect(officerPage).toHaveURL(new RegExp(`${TUCSON}$`));
    const anonymous = await browser.newPage({ baseURL });
    await anonymous.goto(TUCSON);
    await expect(
      anonymous.getByRole("region", { name: "Participating organizations" }).getByRole("link", { name: /Colorado School of Mines/ }),
    ).toBeVisible();

    // The officer's own edits are listed on their account page.
    await officerPage.goto("/en/account");
    await expect(
      officerPage.getByRole("region", { name: "Your recent edits" }).getByRole("link", { name: /Sixth working-group meeting/ }),
    ).toBeVisible();
  });

  test("an editor outside the meeting's organizations is refused", async ({ browser, baseURL }) => {
    const page = await signedInPage(browser, baseURL!, "outsider@example.org", "editor", ["conacyt"]);
    const response = await page.goto("/en/meetings/2019-12-colloquium-mexico-city/edit");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not yours to edit");
    // Their own organization's page opens for editing.
    await page.goto("/en/organizations/conacyt/edit");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit National Council for Science and Technology");
  });

  test("editing asks anonymous visitors to sign in first, and comes back after", async ({ page }) => {
    await page.goto(`${TUCSON}/edit`);
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to edit Puentes");
  });

  test("invalid input is refused next to the field, and what was typed is kept", async ({ browser, baseURL }) => {
    const page = await signedInPage(browser, baseURL!, "careful-admin@example.org", "admin");
    await page.goto("/en/meetings/2014-05-21-official-launch/edit");
    await page.getByLabel("Start date").fill("2014-05-21");
    await page.getByLabel("End date").fill("2014-05-20");
    await page.getByLabel("Venue").fill("Palacio Nacional (typed)");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention" })).toBeVisible();
    const endDate = page.getByLabel("End date");
    await expect(endDate).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("The end date cannot be before the start date.")).toBeVisible();
    await expect(page.getByLabel("Venue")).toHaveValue("Palacio Nacional (typed)");
    // Nothing was saved.
    await page.goto("/en/meetings/2014-05-21-official-launch");
    await expect(page.getByRole("main")).not.toContainText("Palacio Nacional (typed)");
  });

  test("the record picker shows the answer for what was typed last, even when an earlier one arrives after it", async ({
    browser,
    baseURL,
  }) => {
    const page = await adminPage(browser, baseURL!);
    // The answer for "Ka" is held back until after the one for "Kao".
    let releaseEarlier = () => {};
    const earlierHeld = new Promise<void>((resolve) => (releaseEarlier = resolve));
    await page.route(/\/api\/lookup\?kind=person&q=Ka$/, async (route) => {
      await earlierHeld;
      await route.fulfill({ json: [{ id: 999_999, label: "A stale answer", detail: null }] }).catch(() => {});
    });
    await page.goto(`${TUCSON}/edit`);
    const picker = page
      .locator("li")
      .filter({ has: page.locator('input[type="hidden"][name^="links.people."][name$=".personId"]') })
      .last()
      .locator('input[role="combobox"]')
      .first();
    const earlierSent = page.waitForRequest(/\/api\/lookup\?kind=person&q=Ka$/);
    await picker.fill("Ka");
    await earlierSent;
    await picker.press("o");
    const listbox = page.getByRole("listbox");
    await expect(listbox.getByRole("option").first()).toContainText("John Kao");
    releaseEarlier();
    await expect(listbox).not.toHaveAttribute("aria-busy", "true");
    // Give the held answer time to land: it must change nothing.
    await page.waitForTimeout(500);
    await expect(listbox.getByRole("option").first()).toContainText("John Kao");
    await expect(listbox).not.toContainText("A stale answer");
    await page.context().close();
  });

  test("two editors on the same meeting: the second sees the first's change and merges, nothing is lost", async ({ browser, baseURL }) => {
    const first = await signedInPage(browser, baseURL!, "editor-one@example.org", "admin");
    const second = await signedInPage(browser, baseURL!, "editor-two@example.org", "admin");
    const edit = "/en/meetings/2016-02-25-high-level-meeting-mexico-city/edit";
    await first.goto(edit);
    await second.goto(edit);

    await first.getByLabel("Venue").fill("Secretaría de Relaciones Exteriores");
    await first.getByRole("button", { name: "Save" }).click();
    await expect(first).toHaveURL(/high-level-meeting-mexico-city$/);

    await second.getByLabel("Number of participants").fill("40");
    await second.getByRole("button", { name: "Save" }).click();
    const conflict = second.getByRole("region", { name: "Someone else saved this record while you were editing" });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole("row", { name: /Venue/ })).toContainText("Secretaría de Relaciones Exteriores");

    // Take their version, put the number back, save: both changes survive.
    await second.getByRole("button", { name: "Use their version of every field" }).click();
    await expect(second.getByLabel("Venue")).toHaveValue("Secretaría de Relaciones Exteriores");
    await second.getByLabel("Number of participants").fill("40");
    await second.getByRole("button", { name: "Save" }).click();
    await expect(second).toHaveURL(/high-level-meeting-mexico-city$/);
    await expect(second.getByRole("main")).toContainText("Secretaría de Relaciones Exteriores");
    await expect(second.getByRole("main")).toContainText("40 participants");
  });

  test("session cookies are httpOnly, SameSite=Lax and expire", async ({ browser, baseURL }) => {
    const page = await signedInPage(browser, baseURL!, "cookie-check@example.org", "editor");
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name.includes("session-token"));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");
    // Sessions expire: SESSION_MAX_AGE_HOURS, 8 by default.
    const hoursLeft = (session!.expires * 1000 - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(7.9);
    expect(hoursLeft).toBeLessThanOrEqual(8);
  });

  test("behind HTTPS the session cookie is also Secure, with the __Secure- prefix", async ({ browser, baseURL, playwright }) => {
    await (await signedInPage(browser, baseURL!, "behind-proxy@example.org", "editor")).context().close();
    // A TLS-terminating proxy in front of the app says so with X-Forwarded-Proto.
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-proto": "https" } });
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await api.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "behind-proxy@example.org", password: PASSWORD },
      maxRedirects: 0,
    });
    const session = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value)
      .find((v) => v.includes("session-token="));
    expect(session).toMatch(/^__Secure-authjs\.session-token=/);
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    await api.dispose();
  });

  test("signing out ends the session", async ({ browser, baseURL }) => {
    const page = await signedInPage(browser, baseURL!, "leaving@example.org", "editor");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/sign-in/);
  });
});

test.describe("every change is recorded", () => {
  test("an editor restores an earlier version from the history page, and the public sees it", async ({ browser, baseURL }) => {
    const page = await signedInPage(browser, baseURL!, "historian@example.org", "admin");
    const topic = "/en/topics/social-sciences";
    await page.goto(`${topic}/edit`);
    const original = await page.getByLabel("Description (English)").inputValue();
    await page.getByLabel("Description (English)").fill("A wrong description, saved by mistake.");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("main")).toContainText("A wrong description, saved by mistake.");

    await page.getByRole("link", { name: "History" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("History");
    // The change is shown field by field.
    await expect(page.getByRole("main")).toContainText("A wrong description, saved by mistake.");
    await page.getByRole("button", { name: "Restore this version" }).first().click();
    await expect(page.getByRole("main").getByText("Restored", { exact: true }).first()).toBeVisible();

    await page.goto(topic);
    await expect(page.getByRole("main")).not.toContainText("A wrong description, saved by mistake.");
    if (original) await expect(page.getByRole("main")).toContainText(original.slice(0, 40));

    // Anyone can read the history and the site-wide list of changes.
    const visitor = await browser.newPage({ baseURL });
    await visitor.goto(`${topic}/history`);
    await expect(visitor.getByRole("main")).toContainText(/Restored/);
    await expect(visitor.getByRole("button", { name: "Restore this version" })).toHaveCount(0);
    await visitor.goto("/en/recent-changes");
    await expect(visitor.getByRole("main").getByRole("link", { name: "Social sciences" }).first()).toBeVisible();
    const feed = await visitor.request.get("/api/feeds/recent-changes");
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await feed.text()).toContain("Social sciences");
  });
});

test.describe("server actions are only for this site's own pages", () => {
  test("a form posted from another origin is refused and signs nobody in", async ({ page, playwright, baseURL }) => {
    createAccountLink("cross-origin@example.org", "editor", baseURL!);
    // The sign-in form as a browser without JavaScript would post it, hidden action fields included.
    const html = await (await page.request.get("/en/sign-in")).text();
    const hidden = [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((m) => [m[1]!, m[2] ?? ""] as const);
    expect(hidden.some(([name]) => name.startsWith("$ACTION"))).toBe(true);
    const form: Record<string, string> = Object.fromEntries(hidden);
    form.email = "cross-origin@example.org";
    form.password = "whatever it is";

    const foreign = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: "http://evil.example" } });
    const response = await foreign.post("/en/sign-in", { multipart: form, maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
  });
});
