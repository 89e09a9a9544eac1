/**
 * GET /robots.txt: public pages and the public feeds are open to crawlers; signing
 * in, accounts, editing pages and the rest of the API are not. Points at the
 * sitemap index.
 */
import type { MetadataRoute } from "next";
import { publicUrl, readEnv } from "@/lib/env";
import { LOCALES } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";

// PUBLIC_URL is read when the server runs, not baked in at build.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  // "$" ends a pattern: /en/*/new$ is the new-record page, not /en/organizations/new-mexico-state-university.
  const signedInAreas = LOCALES.flatMap((l) => [`/${l}/sign-in`, `/${l}/account`, `/${l}/admin/`, `/${l}/*/new$`, `/${l}/*/edit$`]);
  return {
    rules: [
      {
        userAgent: "*",
        allow: ["/", "/api/feeds/", "/api/calendar/"],
        disallow: ["/api/", ...signedInAreas],
      },
    ],
    sitemap: `${publicUrl(readEnv())}${routes.sitemapIndex()}`,
  };
}
