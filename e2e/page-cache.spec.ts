/**
 * The page cache (lib/page-cache/, in front of Next.js in
 * lib/server/front-server.ts) as readers meet it: a reader who
 * is not signed in gets a kept page, each time with a nonce of its own; an
 * editor's save shows to them on the very next request, on every page that shows
 * the record; signed-in readers and editor pages are never served from it.
 */
import http from "node:http";
import zlib from "node:zlib";
import { expect, test } from "@playwright/test";
import { routes } from "../lib/routes";
import { adminPage } from "./support/accounts";
import { nonceOf } from "./support/security";

/** A person no other journey reads or changes. */
const PERSON = "robert-templin";

test("a public page is kept for readers who are not signed in, with a fresh nonce on every answer", async ({ request }) => {
  const path = routes.organization("es", "unam");
  await request.get(path);
  const first = await request.get(path);
  const second = await request.get(path);
  for (const response of [first, second]) expect(response.headers()["x-puentes-cache"]).toBe("hit");
  const nonces = [first, second].map((r) => nonceOf(r.headers()["content-security-policy"]));
  expect(nonces[0]).toBeTruthy();
  expect(nonces[1]).not.toBe(nonces[0]);
  const html = await second.text();
  expect(html).not.toContain(nonces[0]!);
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g))
    if (!tag.includes("application/ld+json")) expect(tag).toContain(`nonce="${nonces[1]}"`);
  expect(second.headers()["x-content-type-options"]).toBe("nosniff");
  // The API too.
  await request.get("/api/v1/topics");
  expect((await request.get("/api/v1/topics")).headers()["x-puentes-cache"]).toBe("hit");
});

test("a kept page goes gzipped to readers who take gzip, with the fresh nonce inside", async ({ baseURL, request }) => {
  const path = routes.meeting("en", "2014-05-21-official-launch");
  expect((await request.get(path)).ok()).toBe(true);
  const answer = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(new URL(path, baseURL), { headers: { "accept-encoding": "br, gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
  expect(answer.headers["x-puentes-cache"]).toBe("hit");
  expect(answer.headers["content-encoding"]).toBe("gzip");
  expect(answer.headers["vary"]).toMatch(/Accept-Encoding/i);
  expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
  const html = zlib.gunzipSync(answer.body).toString();
  const nonce = nonceOf(String(answer.headers["content-security-policy"]));
  expect(html).toContain(`nonce="${nonce}"`);
  expect(html).toContain("</html>");
});

test("an editor's save shows to readers on the very next request, on every page that shows it; other pages stay kept", async ({
  browser,
  baseURL,
  request,
}) => {
  const editor = await adminPage(browser, baseURL!);
  await editor.goto(routes.edit("en", "person", PERSON));

  const personPage = await (await request.get(routes.person("en", PERSON))).text();
  const meeting = /\/en\/meetings\/([a-z0-9-]+)/.exec(personPage)?.[1];
  expect(meeting, "a meeting the person took part in").toBeTruthy();
  const showing = [
    routes.person("en", PERSON),
    routes.person("es", PERSON),
    `/api/v1/people/${PERSON}`,
    routes.meeting("en", meeting!),
    routes.meeting("es", meeting!),
    `${routes.search("en")}?q=templin`,
  ];
  const unrelated = routes.organization("en", "unam");
  expect(await (await request.get(unrelated)).text()).not.toContain(`/people/${PERSON}`);
  for (const path of [...showing, unrelated]) {
    await request.get(path);
    expect((await request.get(path)).headers()["x-puentes-cache"], path).toBe("hit");
  }

  await editor.locator('[name="fields.honorific"]').fill("Rev.");
  await editor.getByRole("main").locator('form button[type="submit"]').last().click();
  await expect(editor).toHaveURL(new RegExp(`${routes.person("en", PERSON)}$`));
  // The editor, signed in, is never served from the cache.
  const signedIn = await editor.request.get(routes.person("en", PERSON));
  expect(signedIn.headers()["x-puentes-cache"]).toBeUndefined();
  await editor.context().close();

  for (const path of showing) expect((await request.get(path)).headers()["x-puentes-cache"], path).toBe("miss");
  for (const path of showing.slice(0, 3)) expect(await (await request.get(path)).text(), path).toContain("Rev.");
  // A page that does not show the person was not rendered again.
  expect((await request.get(unrelated)).headers()["x-puentes-cache"]).toBe("hit");
});

test("editor pages, the sign-in page and the health check are never kept", async ({ request }) => {
  for (const path of [routes.signIn("en"), routes.edit("en", "person", PERSON), "/api/health"]) {
    await request.get(path, { maxRedirects: 0 });
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()["x-puentes-cache"], path).toBeUndefined();
  }
});
