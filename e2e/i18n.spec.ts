import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE, signedInPage } from "./support/accounts";

const SPANISH = { locale: "es-MX", extraHTTPHeaders: { "Accept-Language": "es-MX,es;q=0.9,en;q=0.5" } };

test.describe("Puentes in Spanish", () => {
  test("a Spanish-speaking browser lands on /es and reads the home page and a meeting in Spanish", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, ...SPANISH });
    const page = await context.newPage();

    await page.goto("/");
    await expect(page).toHaveURL(/\/es$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Colaboración México–Estados Unidos en educación superior, innovación e investigación",
    );
    await expect(page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Reuniones" })).toBeVisible();

    // An address without a language follows the browser too.
    await page.goto("/meetings/2014-06-09-working-group-tucson");
    await expect(page).toHaveURL(/\/es\/meetings\/2014-06-09-working-group-tucson$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Sexta reunión de grupo de trabajo: investigación conjunta e innovación",
    );
    await expect(page.getByText("9–10 de junio de 2014").first()).toBeVisible();
    await expect(page).toHaveTitle(/Sexta reunión/);
    await context.close();
  });

  test("the switch keeps the reader on the same organization and query, and the choice is remembered", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, ...SPANISH });
    const page = await context.newPage();
    await page.goto("/es/organizations/national-science-foundation?desde=prueba");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Fundación Nacional de Ciencias");

    // Both versions of the page are linked in the head, with a default for other languages.
    const alternate = (lang: string) => page.locator(`head link[rel="alternate"][hreflang="${lang}"]`);
    await expect(alternate("en")).toHaveAttribute("href", /\/en\/organizations\/national-science-foundation$/);
    await expect(alternate("es")).toHaveAttribute("href", /\/es\/organizations\/national-science-foundation$/);
    await expect(alternate("x-default")).toHaveAttribute("href", /\/en\/organizations\/national-science-foundation$/);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", /\/es\/organizations\/national-science-foundation$/);

    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/organizations\/national-science-foundation\?desde=prueba$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("National Science Foundation");

    // The explicit choice wins over the browser's Spanish from now on.
    await page.goto("/topics");
    await expect(page).toHaveURL(/\/en\/topics$/);
    await context.close();
  });

  test("a record missing its Spanish text shows the English one, marked and in its language", async ({ browser, baseURL }) => {
    const db = new Database(E2E_DATABASE);
    try {
      db.prepare("UPDATE organizations SET description_es = NULL WHERE slug = 'steward-observatory'").run();
    } finally {
      db.close();
    }
    const context = await browser.newContext({ baseURL, ...SPANISH });
    const page = await context.newPage();
    await page.goto("/es/organizations/steward-observatory");
    const marker = page.getByText("Aún sin traducir; se muestra en inglés.");
    await expect(marker).toBeVisible();
    await expect(page.locator('main [lang="en"]').first()).toBeVisible();
    await context.close();
  });

  test("an editor marks a field 'needs review', finds the record in the needs-translation list, and the history shows it", async ({
    browser,
    baseURL,
  }) => {
    test.slow(); // signs in, edits, lists and reads the history: several page loads
    const page = await signedInPage(browser, baseURL!, "translator@example.org", "admin");
    await page.goto("/es/account");
    await page.getByRole("link", { name: "Registros por traducir" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Por traducir" })).toBeVisible();

    await page.goto("/es/organizations/ua-miraval-institute/edit");
    const description = page.getByRole("group", { name: "Descripción" });
    await expect(description.getByLabel("Descripción (inglés)")).toHaveAttribute("lang", "en");
    await expect(description.getByLabel("Descripción (español)")).toHaveAttribute("lang", "es");
    await description.getByLabel("Estado del texto en español").selectOption({ label: "Requiere revisión" });
    await page.getByRole("button", { name: "Guardar" }).click();
    await expect(page).toHaveURL(/\/es\/organizations\/ua-miraval-institute$/);

    await page.goto("/es/translations");
    await page.getByLabel("Tipo de registro").selectOption({ label: "Organización" });
    await page.getByLabel("Idioma faltante").selectOption({ label: "Falta en español" });
    await page.getByRole("button", { name: "Aplicar filtros" }).click();
    await expect(page).toHaveURL(/kind=organization/);
    const item = page.getByRole("listitem").filter({ hasText: "Instituto Miraval" });
    await expect(item).toContainText("Descripción (español): requiere revisión");
    await item.getByRole("link", { name: /^Editar / }).click();
    await expect(page).toHaveURL(/\/es\/organizations\/ua-miraval-institute\/edit$/);

    await page.goto("/es/organizations/ua-miraval-institute/history");
    await expect(page.getByText("Descripción en español: estado de la traducción").first()).toBeVisible();
    await expect(page.getByText("Requiere revisión").first()).toBeVisible();
  });
});
