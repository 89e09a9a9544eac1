/**
 * A real OpenID Connect provider for the single sign-on journeys (the
 * `oidc-provider` package, certified, not a mock), standing in for a
 * university's identity provider. Playwright starts it as a web server:
 *
 *   node --import tsx e2e/support/oidc-provider.ts
 *
 * It keeps its state in memory and uses the package's development login and
 * consent pages (type an account id, any password, then "Continue"), which is
 * all a browser needs to drive it. It runs until SIGTERM.
 */
import http from "node:http";
import path from "node:path";
import type { Account, Configuration } from "oidc-provider";

export const SSO_PORT = Number(process.env.E2E_OIDC_PORT ?? 3101);
export const SSO_ISSUER = `http://localhost:${SSO_PORT}`;
export const SSO_CLIENT_ID = "puentes-e2e";
export const SSO_CLIENT_SECRET = "puentes-e2e-client-secret-not-for-production";
/** OIDC_NAME for the app under test: its button reads "Or sign in with University sign-on". */
export const SSO_NAME = "University sign-on";

/** The accounts the provider knows, by id (the address itself), with whether it vouches for the address. */
export const SSO_ACCOUNTS = {
  officer: { email: "sso-officer@university.example", emailVerified: true },
  unverified: { email: "unverified@university.example", emailVerified: false },
  stranger: { email: "stranger@university.example", emailVerified: true },
} as const;

function findAccount(id: string): Account | undefined {
  const known = Object.values(SSO_ACCOUNTS).find((a) => a.email === id);
  if (!known) return undefined;
  return {
    accountId: id,
    claims: () => ({ sub: id, email: known.email, email_verified: known.emailVerified, name: known.email.split("@")[0] }),
  };
}

function configuration(appPort: number): Configuration {
  return {
    clients: [
      {
        client_id: SSO_CLIENT_ID,
        client_secret: SSO_CLIENT_SECRET,
        redirect_uris: [`http://localhost:${appPort}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        // What Auth.js sends when the provider names no method.
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    findAccount: (_ctx, id) => findAccount(id),
    features: { devInteractions: { enabled: true } },
    // Explicit lifetimes (seconds) keep the package's "default ttl" notices out of the test log.
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    // Signs the provider's own cookies; ID tokens are signed with the package's built-in development keys.
    cookies: { keys: ["puentes-e2e-oidc-cookie-key"] },
  };
}

async function main(): Promise<void> {
  // Loaded here, not at the top, so playwright.config.ts can import the constants above without it.
  const { default: Provider } = await import("oidc-provider");
  const appPort = Number(process.env.E2E_PORT ?? 3100);
  const provider = new Provider(SSO_ISSUER, configuration(appPort));
  const server = http.createServer(provider.callback());
  server.listen(SSO_PORT, "127.0.0.1", () => console.log(`[e2e] OpenID provider at ${SSO_ISSUER}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}

if (import.meta.filename === path.resolve(process.argv[1] ?? "")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
