/**
 * Auth.js: email and password (Credentials) and, when configured, one generic
 * OpenID Connect provider. Sessions are JWTs in an httpOnly cookie (SameSite=Lax,
 * Secure over HTTPS); they carry the user id and the account's session version,
 * which the data layer checks on every request (db/queries/users.ts), so
 * disabling an account or signing out everywhere takes effect at once.
 */
import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { findAccountForSso, verifySignIn } from "@/db/mutations/sign-in";
import { getStoredAuthSecret } from "@/db/queries/users";
import { readEnv } from "@/lib/env";
import { signInSchema } from "@/lib/validation/accounts";

export const OIDC_PROVIDER_ID = "oidc";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}

async function clientAddress(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}

function providers(env: ReturnType<typeof readEnv>): NextAuthConfig["providers"] {
  const list: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const user = await verifySignIn(getDb(), parsed.data.email, parsed.data.password, await clientAddress());
        if (!user) throw new CredentialsSignin();
        return { id: String(user.id), email: user.email, sessionVersion: user.sessionVersion };
      },
    }),
  ];
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    list.push({
      id: OIDC_PROVIDER_ID,
      name: env.OIDC_NAME,
      type: "oidc",
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      checks: ["pkce", "state", "nonce"],
      // With the code flow a provider may keep scope claims (email, email_verified) out of the
      // ID token and serve them from UserInfo only (OpenID Connect Core §5.4), as oidc-provider
      // does; Auth.js reads the ID token alone unless told otherwise. The ID token is still
      // validated, and UserInfo's `sub` must match it.
      idToken: false,
    });
  }
  return list;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = readEnv();
  return {
    secret: env.AUTH_SECRET ?? getStoredAuthSecret() ?? undefined,
    // Self-hosted: the host header is the site's own (PUBLIC_URL documents the public address).
    trustHost: true,
    session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE_HOURS * 3600 },
    pages: { signIn: "/en/sign-in", error: "/en/sign-in" },
    providers: providers(env),
    callbacks: {
      /** SSO maps to an invited account by verified email; no account, no entry. */
      async signIn({ account, profile, user }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const found = findAccountForSso(getDb(), String(profile?.email ?? ""), profile?.email_verified === true);
        if (!found) return false;
        user.id = String(found.id);
        user.sessionVersion = found.sessionVersion;
        return true;
      },
      jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.sv = user.sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: token.uid, sv: token.sv };
      },
    },
    events: {
      signOut() {},
    },
  };
});
