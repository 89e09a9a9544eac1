/**
 * GET /sitemap.xml: the sitemap index (sitemaps.org), one entry per file that
 * app/sitemaps/sitemap.ts serves. Next writes the files but not their index.
 */
import { countSitemapRecords } from "@/db/queries/sitemap";
import { publicUrl, readEnv } from "@/lib/env";
import { escapeXml } from "@/lib/history/atom";
import { routes } from "@/lib/routes";
import { planSitemaps } from "@/lib/sitemap";

export const dynamic = "force-dynamic";

export function GET(): Response {
  const baseUrl = publicUrl(readEnv());
  const files = planSitemaps(countSitemapRecords()).map(
    ({ id }) => `  <sitemap>\n    <loc>${escapeXml(`${baseUrl}${routes.sitemap(id)}`)}</loc>\n  </sitemap>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${files.join("\n")}
</sitemapindex>
`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
