import { expect, test } from "@playwright/test";
import { FilterForm, SitePage } from "./pages/site";

test.describe("a developer and a researcher take the data elsewhere", () => {
  test("the footer leads to the API page, which documents each endpoint with a working example", async ({ page, request }) => {
    const site = await new SitePage(page).open("/en");
    await page.getByRole("contentinfo").getByRole("link", { name: "Open data and API" }).click();
    await expect(site.heading()).toHaveText("Open data and API");
    await site.expectMetadata();

    const document = page.getByRole("region", { name: "OpenAPI document" }).getByRole("link", { name: /\/api\/v1\/openapi\.json$/ });
    expect((await request.get(new URL((await document.getAttribute("href"))!).pathname)).status()).toBe(200);

    const endpoint = page.getByRole("region", { name: "List organizations" });
    await expect(endpoint).toContainText("GET/organizations");
    const parameters = endpoint.getByRole("table", { name: "Parameters" });
    await expect(parameters.getByRole("row", { name: /^country query US, MX, US-MX no/ })).toBeVisible();
    await expect(parameters.getByRole("row", { name: /^pageSize query a whole number from 1 to 100/ })).toBeVisible();

    // The example request is a live address, and the sample shows what it answers.
    const example = endpoint.getByRole("link", { name: /\/api\/v1\/organizations\?country=MX&pageSize=2$/ });
    const href = new URL((await example.getAttribute("href"))!);
    const answer = await (await request.get(href.pathname + href.search)).json();
    await endpoint.getByText("Sample response").click();
    await expect(endpoint.locator("pre")).toContainText(`"slug": "${answer.data[0].slug}"`);

    for (const name of ["One meeting", "List participations", "Search", "Download organizations (CSV)"]) {
      await expect(page.getByRole("region", { name, exact: true })).toBeVisible();
    }
  });

  test("the organizations list downloads what it shows, with its filters", async ({ page }) => {
    await new SitePage(page).open("/en/organizations");
    const filters = new FilterForm(page);
    await filters.choose("Country", "Mexico");
    await filters.apply();
    await expect(page).toHaveURL(/country=MX/);

    const csv = page.getByRole("link", { name: "Organizations as CSV" });
    await expect(csv).toHaveAttribute("href", "/api/v1/exports/organizations.csv?country=MX");
    await expect(page.getByRole("link", { name: "Organizations as JSON" })).toHaveAttribute(
      "href",
      "/api/v1/exports/organizations.json?country=MX",
    );
    const [download] = await Promise.all([page.waitForEvent("download"), csv.click()]);
    expect(download.suggestedFilename()).toBe("puentes-organizations-country-MX.csv");
    const text = await (await download.createReadStream()).toArray();
    const content = Buffer.concat(text).toString("utf8");
    expect(content).toContain("Universidad Autónoma de Baja California");
    expect(content).not.toContain(",US,");
  });

  test("a meeting's page and the meetings list offer their participants", async ({ page, request }) => {
    await new SitePage(page).open("/en/meetings/2017-03-14-roundtable-washington");
    const participants = page.getByRole("region", { name: "Participating organizations" });
    const csv = participants.getByRole("link", { name: "Participations as CSV" });
    await expect(csv).toHaveAttribute("href", "/api/v1/exports/participations.csv?meeting=2017-03-14-roundtable-washington");
    const rows = (await (await request.get((await csv.getAttribute("href"))!)).text()).trim().split("\r\n");
    expect(rows[0]).toContain("meeting_slug,meeting_title_en");
    expect(rows.length).toBeGreaterThan(2);

    await new SitePage(page).open("/en/meetings?country=US&year=2014");
    await expect(page.getByRole("link", { name: "Meetings as CSV" })).toHaveAttribute(
      "href",
      "/api/v1/exports/meetings.csv?country=US&year=2014",
    );
    await expect(page.getByRole("link", { name: "Participations as JSON" })).toHaveAttribute(
      "href",
      "/api/v1/exports/participations.json?country=US&year=2014",
    );
  });
});

test("the API page and the download links speak Spanish on the Spanish site", async ({ page }) => {
  const site = await new SitePage(page).open("/es/api");
  await expect(site.heading()).toHaveText("Datos abiertos y API");
  const endpoint = page.getByRole("region", { name: "Listar organizaciones" });
  await expect(
    endpoint.getByRole("table", { name: "Parámetros" }).getByRole("row", { name: /^country consulta US, MX, US-MX no/ }),
  ).toBeVisible();

  await new SitePage(page).open("/es/organizations?country=MX");
  await expect(page.getByRole("link", { name: "Organizaciones en CSV" })).toHaveAttribute(
    "href",
    "/api/v1/exports/organizations.csv?country=MX",
  );
});
