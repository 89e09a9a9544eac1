/**
 * The physical limit `npm run bench` compares pages with: the same pages' bytes,
 * captured once from Next.js, served from memory by plain `node:http`, nothing
 * computed per request (gzipped once, for readers who take gzip). Usage:
 * static-limit-server.ts PORT PAGES.json, where the file maps paths to { type, body }.
 */
import fs from "node:fs";
import http from "node:http";
import zlib from "node:zlib";

const [port, pagesFile] = process.argv.slice(2);
const pages = new Map(
  Object.entries(JSON.parse(fs.readFileSync(pagesFile!, "utf8")) as Record<string, { type: string; body: string }>).map(([path, page]) => [
    path,
    { type: page.type, body: Buffer.from(page.body), gzipped: zlib.gzipSync(page.body) },
  ]),
);

http
  .createServer((request, response) => {
    const page = pages.get(request.url ?? "");
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    if (/\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
      response
        .writeHead(200, { "Content-Type": page.type, "Content-Encoding": "gzip", "Content-Length": page.gzipped.length })
        .end(page.gzipped);
      return;
    }
    response.writeHead(200, { "Content-Type": page.type, "Content-Length": page.body.length }).end(page.body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log(`static limit on ${port}`));
