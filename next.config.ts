import type { NextConfig } from "next";
import { readEnv } from "./lib/env";

// Fail the build or the server start early on a bad environment.
readEnv();

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // The root layout lives under app/[locale], so unmatched URLs need a global 404.
    globalNotFound: true,
    // forbidden(): a 403 page when a signed-in editor opens a record outside their scope.
    authInterrupts: true,
  },
};

export default nextConfig;
