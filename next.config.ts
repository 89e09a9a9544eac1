import type { NextConfig } from "next";
import { readEnv } from "./lib/env";
import { IMPORT_REQUEST_BYTES } from "./lib/import/limits";
import { NOTHING_POLICY, SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from "./lib/security/headers";

// Fail the build or the server start early on a bad environment.
readEnv();

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // Pages get their Content-Security-Policy, with a nonce, from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: NOTHING_POLICY }] },
      { source: "/_next/:path*", headers: [{ key: "Content-Security-Policy", value: NOTHING_POLICY }] },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [STRICT_TRANSPORT_SECURITY] },
    ];
  },
  experimental: {
    // The root layout lives under app/[locale], so unmatched URLs need a global 404.
    globalNotFound: true,
    // forbidden(): a 403 page when a signed-in editor opens a record outside their scope.
    authInterrupts: true,
    // Spreadsheet imports upload their file to a server action (lib/import/limits.ts; proxy.ts answers larger ones).
    serverActions: { bodySizeLimit: IMPORT_REQUEST_BYTES },
  },
};

export default nextConfig;
