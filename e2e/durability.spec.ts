/**
 * Nothing an editor saved is lost: the server killed outright in the middle of
 * saves, stopped politely while answering, and twenty editors saving at once.
 * Each journey runs its own production server on its own database file, which
 * it kills and restarts; the shared server of the other specs is never touched.
 */
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { PASSWORD } from "./support/accounts";
import { removeDatabase, spawnServer, waitUntilHealthy, type ServerProcess } from "./support/server-process";

const port = Number(process.env.E2E_PORT ?? 3100) + 7;
const database = path.resolve(import.meta.dirname, "../test-results/durability.db");

test.describe.configure({ mode: "serial" });
// Generous: each journey starts its own server, and the twenty editors sign in and load
// their forms at once, which takes minutes on a loaded two-core machine.
test.setTimeout(480_000);

let server: ServerProcess | undefined;

test.afterEach(async () => {
  if (server && server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill("SIGKILL");
    await server.exited;
  }
  server = undefined;
});

async function freshServer(): Promise<ServerProcess> {
  removeDatabase(database);
  server = spawnServer(port, database);
  await waitUntilHealthy(server);
  return server;
}

function withDatabase<T>(read: (db: Database.Database) => T): T {
  const db = new Database(database);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Administrators made straight in the database (a set-up shortcut: accounts are not what these journeys test). */
async function createAdmins(emails: string[]): Promise<void> {
  const hash = await hashPassword(PASSWORD);
  withDatabase((db) => {
    const insert = db.prepare(
      "INSERT INTO users (email, role, password_hash, created_at, updated_at) VALUES (?, 'admin', ?, unixepoch(), unixepoch())",
    );
    for (const email of emails) insert.run(email, hash);
  });
}

/** `javaScript: false` keeps twenty pages light on a small machine: the forms work before hydration. */
async function signIn(browser: Browser, baseURL: string, email: string, javaScript = true): Promise<Page> {
  const page = await (await browser.newContext({ baseURL, javaScriptEnabled: javaScript })).newPage();
  await page.goto("/en/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible({ timeout: 180_000 });
  return page;
}

const organizationSlugs = () => withDatabase((db) => db.prepare("SELECT slug FROM organizations ORDER BY id").pluck().all() as string[]);
const cityOf = (slug: string) =>
  withDatabase((db) => db.prepare("SELECT city FROM organizations WHERE slug = ?").pluck().get(slug) as string | null);

/** Opens the organization's form and types a city; `save` then submits and resolves once the save is acknowledged. */
async function prepareSave(page: Page, slug: string, city: string) {
  await page.goto(`/en/organizations/${slug}/edit`);
  await page.getByLabel("City").fill(city);
  return {
    save: async (): Promise<"saved" | "conflict"> => {
      await page.getByRole("button", { name: "Save" }).click();
      const saved = page.waitForURL(new RegExp(`/en/organizations/${slug}$`), { timeout: 180_000 }).then(() => "saved" as const);
      const conflict = page
        .getByRole("region", { name: "Someone else saved this record while you were editing" })
        .waitFor({ timeout: 180_000 })
        .then(() => "conflict" as const);
      // The wait that loses the race may fail later (its page closed after the kill): that is no error.
      for (const wait of [saved, conflict]) wait.catch(() => undefined);
      return Promise.race([saved, conflict]);
    },
  };
}

test("the server killed with SIGKILL in the middle of saves: the file is sound and every acknowledged save is there", async ({
  browser,
}) => {
  const running = await freshServer();
  const editors = ["kill-one@example.org", "kill-two@example.org", "kill-three@example.org"];
  await createAdmins(editors);
  const slugs = organizationSlugs().slice(0, editors.length);
  // Without JavaScript, as the twenty editors below: each save reloads the form, which hydrated
  // took most of this journey's minutes on a busy machine; what is under test is the server.
  const pages = await Promise.all(editors.map((email) => signIn(browser, running.baseURL, email, false)));

  const acknowledged = new Map<string, number>();
  let killed = false;
  const streams = pages.map(async (page, n) => {
    const slug = slugs[n]!;
    for (let i = 1; !killed; i++) {
      try {
        const { save } = await prepareSave(page, slug, `Saved ${i}`);
        if ((await save()) === "saved") acknowledged.set(slug, i);
      } catch (error) {
        if (killed) return; // the save in flight when the server died
        throw error;
      }
      const total = [...acknowledged.values()].reduce((a, b) => a + b, 0);
      if (total >= 8 && !killed) {
        killed = true;
        running.child.kill("SIGKILL");
        // A save in flight now never lands on a page: closing the browsers ends its wait at once.
        await Promise.all(pages.map((p) => p.context().close()));
      }
    }
  });
  await Promise.all(streams);
  expect(await running.exited).toBe(137);

  expect(withDatabase((db) => db.pragma("integrity_check", { simple: true }))).toBe("ok");
  for (const [slug, last] of acknowledged) {
    // The save in flight at the kill may or may not have landed; every acknowledged one has.
    const saved = Number(/^Saved (\d+)$/.exec(cityOf(slug) ?? "")?.[1] ?? 0);
    expect(saved, `${slug}: last acknowledged save was ${last}`).toBeGreaterThanOrEqual(last);
  }

  server = spawnServer(port, database);
  await waitUntilHealthy(server);
  const [slug, last] = [...acknowledged][0]!;
  const response = await fetch(`${server.baseURL}/en/organizations/${slug}`);
  expect(await response.text()).toMatch(new RegExp(`Saved (${last}|${last + 1})`));
});

test("SIGTERM lets a request in flight finish before the server exits", async () => {
  const running = await freshServer();
  const url = new URL("/api/auth/callback/credentials", running.baseURL);
  // A request whose body is still arriving when the signal comes.
  const http = await import("node:http");
  const answered = new Promise<number>((resolve, reject) => {
    const request = http.request(url, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
    request.write("email=someone%40example.org&");
    setTimeout(() => {
      running.child.kill("SIGTERM");
      setTimeout(() => request.end("password=x"), 500);
    }, 300);
  });
  const status = await answered;
  expect(status).toBeGreaterThanOrEqual(200);
  expect(status).toBeLessThan(500);
  expect(await running.exited).toBe(143);
  expect(withDatabase((db) => db.pragma("integrity_check", { simple: true }))).toBe("ok");
});

test("twenty editors saving at once: no database-busy error, no lost update, a conflict page for the same record", async ({ browser }) => {
  const running = await freshServer();
  const emails = Array.from({ length: 20 }, (_, i) => `busy-editor-${i + 1}@example.org`);
  await createAdmins(emails);
  const slugs = organizationSlugs();
  const shared = slugs[0]!;
  // Ten editors on ten different organizations, ten on the same one.
  const plan = emails.map((email, i) => ({ email, slug: i < 10 ? slugs[i + 1]! : shared, city: `City of editor ${i + 1}` }));
  const pages = await Promise.all(plan.map((p) => signIn(browser, running.baseURL, p.email, false)));
  const prepared = await Promise.all(plan.map((p, i) => prepareSave(pages[i]!, p.slug, p.city)));

  const outcomes = await Promise.all(prepared.map((p) => p.save()));

  plan.slice(0, 10).forEach((p, i) => {
    expect(outcomes[i], p.slug).toBe("saved");
    expect(cityOf(p.slug)).toBe(p.city);
  });
  const sameRecord = outcomes.slice(10);
  expect(sameRecord.filter((o) => o === "saved")).toHaveLength(1);
  expect(sameRecord.filter((o) => o === "conflict")).toHaveLength(9);
  const winner = plan[10 + sameRecord.indexOf("saved")]!;
  expect(cityOf(shared)).toBe(winner.city);
  expect(running.output()).not.toMatch(/SQLITE_BUSY|database is locked/i);
  await Promise.all(pages.map((p) => p.context().close()));
});

test("/api/health says the database is reachable and its migrations are current", async () => {
  const running = await freshServer();
  const response = await fetch(`${running.baseURL}/api/health`);
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = (await response.json()) as {
    status: string;
    database: { reachable: boolean; migrations: { current: boolean; applied: number; expected: number } };
  };
  expect(body.status).toBe("ok");
  expect(body.database.reachable).toBe(true);
  expect(body.database.migrations.current).toBe(true);
  expect(body.database.migrations.applied).toBe(body.database.migrations.expected);

  // A database from newer code (a migration this build does not know) is reported, not served as healthy.
  withDatabase((db) => db.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', ?)").run(Date.now() + 1e10));
  const degraded = await fetch(`${running.baseURL}/api/health`);
  expect(degraded.status).toBe(503);
  expect(((await degraded.json()) as { status: string }).status).toBe("degraded");
});
