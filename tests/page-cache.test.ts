/**
 * The page cache's rules (lib/page-cache/): which requests share an answer, how
 * long an answer is kept, the fresh nonce each answer gets and its gzip. The
 * cache in use, in front of Next.js (lib/server/front-server.ts), is tested end
 * to end in e2e/page-cache.spec.ts.
 */
import zlib from "node:zlib";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { FILL_HEADER, pageCacheKey } from "@/lib/page-cache/keys";
import { bodyWithNonce, PageCache, toCachedAnswer } from "@/lib/page-cache/store";
import { recordTags } from "@/lib/page-cache/tags";
import { acceptsGzip } from "@/lib/server/front-server";

function request(url: string, headers: Record<string, string> = {}, method = "GET") {
  const lower = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { method, url, header: (name: string) => lower.get(name) };
}

describe("which requests share an answer", () => {
  test("public pages and API reads of readers who are not signed in", () => {
    for (const path of [
      "/en",
      "/es/",
      "/en/organizations",
      "/en/organizations/uabc",
      "/es/search?q=materiales&country=MX",
      "/en/organizations/uabc/history",
      "/en/map",
      "/api/v1/organizations?page=2",
      "/api/search/suggestions?q=uni",
    ]) {
      expect(pageCacheKey(request(path)), path).not.toBeNull();
    }
  });

  test("never editor or account pages, sign-in, health, lookups, other methods or signed-in readers", () => {
    for (const path of [
      "/en/organizations/uabc/edit",
      "/en/meetings/new",
      "/en/sign-in",
      "/en/account",
      "/en/import",
      "/en/translations",
      "/api/health",
      "/api/lookup?q=x",
      "/api/auth/session",
      "/organizations",
      "/fr/organizations",
      "/en/organizations/../sign-in",
      "/en/organizations/%2E%2E/import",
      "/en//organizations",
    ]) {
      expect(pageCacheKey(request(path)), path).toBeNull();
    }
    expect(pageCacheKey(request("/en/organizations", {}, "POST"))).toBeNull();
    expect(pageCacheKey(request("/en/organizations", { cookie: "theme=x; authjs.session-token=abc" }))).toBeNull();
    expect(pageCacheKey(request("/en/organizations", { cookie: "__Secure-authjs.session-token.0=abc" }))).toBeNull();
    expect(pageCacheKey(request("/en/organizations", { [FILL_HEADER]: "fill" }))).toBeNull();
    expect(pageCacheKey(request("/api/v1/topics", { "if-none-match": '"abc"' }))).toBeNull();
    expect(pageCacheKey(request("/api/v1/exports/organizations.csv"))).toBeNull();
    expect(pageCacheKey(request("/en/organizations", { cookie: "puentes-locale=es" }))).not.toBeNull();
  });

  test("the address and a client navigation's headers make the key", () => {
    const page = pageCacheKey(request("/en/organizations?page=2"));
    expect(pageCacheKey(request("/en/organizations?page=3"))).not.toBe(page);
    expect(pageCacheKey(request("/en/organizations?page=2", { rsc: "1" }))).not.toBe(page);
    expect(pageCacheKey(request("/en/organizations?page=2", { "accept-language": "es" }))).toBe(page);
  });
});

describe("keeping answers", () => {
  const answer = (body: string) => toCachedAnswer(200, new Headers(), Buffer.from(body), null);

  test("until the data version changes, and an answer rendered before a change is not kept", () => {
    const cache = new PageCache(1_000_000);
    cache.advance(1, null);
    expect(cache.get("a", 1)).toBeUndefined();
    cache.set("a", 1, answer("A"));
    expect(cache.get("a", 1)!.parts[0]!.toString()).toBe("A");
    cache.advance(2, "everything");
    expect(cache.get("a", 2)).toBeUndefined();
    cache.set("b", 1, answer("B"));
    expect(cache.get("b", 2)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  test("a change to some records drops the answers that show them and those that may show any record, nothing else", () => {
    const tagged = (tags: string[] | null) => toCachedAnswer(200, new Headers(), Buffer.from("x"), null, tags && new Set(tags));
    const cache = new PageCache(1_000_000);
    cache.advance(1, null);
    cache.set("unam", 1, tagged(["organizations/unam", "meetings/launch"]));
    cache.set("uabc", 1, tagged(["organizations/uabc"]));
    cache.set("search", 1, tagged(null));
    cache.advance(2, new Set(["meetings/launch"]));
    expect(cache.has("unam")).toBe(false);
    expect(cache.has("search")).toBe(false);
    expect(cache.get("uabc", 2)).toBeDefined();
    // A look that saw nothing new keeps everything.
    cache.set("search", 2, tagged(null));
    cache.advance(2, null);
    expect(cache.size).toBe(2);
  });

  test("the least recently used go first past the size limit", () => {
    const cache = new PageCache(2 * (8 + answer("").deflated[0]!.length) + 10); // two answers of 8 bytes, not three
    cache.advance(1, null);
    cache.set("a", 1, answer("x".repeat(8)));
    cache.set("b", 1, answer("y".repeat(8)));
    expect(cache.get("a", 1)).toBeDefined();
    cache.set("c", 1, answer("z".repeat(8)));
    expect(cache.get("b", 1)).toBeUndefined();
    expect(cache.get("a", 1)).toBeDefined();
    expect(cache.get("c", 1)).toBeDefined();
    cache.set("d", 1, answer("w".repeat(100)));
    expect(cache.get("d", 1)).toBeUndefined();
  });

  test("only answers every reader may see: 200 and no cookie set; transport headers are dropped", () => {
    const headers = new Headers({ "content-type": "text/html", "content-length": "3", "content-encoding": "gzip" });
    const abc = Buffer.from("abc");
    const ok = toCachedAnswer(200, headers, abc, null);
    expect(ok.shareable).toBe(true);
    expect(ok.headers).toEqual([["content-type", "text/html"]]);
    expect(toCachedAnswer(404, headers, abc, null).shareable).toBe(false);
    expect(toCachedAnswer(200, new Headers({ "set-cookie": "a=b" }), abc, null).shareable).toBe(false);
  });

  test("each answer carries a fresh nonce wherever the old one was", () => {
    const kept = toCachedAnswer(
      200,
      new Headers({ "content-type": "text/html" }),
      Buffer.from('<script nonce="OLD">é</script><script nonce="OLD" src="/x.js"></script>'),
      "OLD",
    );
    expect(bodyWithNonce(kept, "NEW", false).toString()).toBe('<script nonce="NEW">é</script><script nonce="NEW" src="/x.js"></script>');
    expect(bodyWithNonce(kept, "AGAIN", false).toString()).toContain('nonce="AGAIN"');
    const plain = toCachedAnswer(200, new Headers(), Buffer.from("{}"), null);
    expect(bodyWithNonce(plain, "X", false).toString()).toBe("{}");
  });

  test("gzip: the kept pieces and a fresh nonce make one valid gzip stream of the page with that nonce", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary", maxLength: 300 }), { minLength: 1, maxLength: 8 }),
        fc.stringMatching(/^[A-Za-z0-9+/]{22}==$/),
        (pieces, fresh) => {
          const old = "OLDNONCE0123456789abcd==";
          // The old nonce stands exactly between the pieces.
          fc.pre(pieces.join(old).split(old).length === pieces.length);
          const kept = toCachedAnswer(200, new Headers(), Buffer.from(pieces.join(old)), old);
          const gzipped = bodyWithNonce(kept, fresh, true);
          expect(zlib.gunzipSync(gzipped).toString()).toBe(pieces.join(fresh));
          expect(gzipped.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
        },
      ),
      { numRuns: 100 },
    );
  });

  test("gzip only for readers who take it", () => {
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("br")).toBe(false);
  });
});

describe("what a kept answer shows", () => {
  const body = Buffer.from(
    '<a href="/en/meetings/launch">Launch</a><a href="/en/people/ana-perez">Ana</a>' +
      '<script nonce="n">self.__next_f.push([1,"{\\"href\\":\\"/en/programs/la-red\\"}"])</script><a href="/en/search?q=x">',
  );

  test("a record's page: the record and the records it links to, in the page and in the router's payload", () => {
    expect(recordTags("/en/organizations/unam", body)).toEqual(
      new Set(["organizations/unam", "meetings/launch", "people/ana-perez", "programs/la-red"]),
    );
    expect(recordTags("/es/organizations/unam/history?page=2", Buffer.from(""))).toEqual(new Set(["organizations/unam"]));
  });

  test("lists, search, the home page and the API may show any record", () => {
    for (const url of [
      "/en",
      "/en/organizations",
      "/en/organizations?page=2",
      "/en/search?q=x",
      "/en/meetings/new",
      "/api/v1/organizations/unam",
    ]) {
      expect(recordTags(url, body), url).toBeNull();
    }
  });
});
