/**
 * Security headers. Every HTML page gets a Content-Security-Policy with a fresh
 * nonce (proxy.ts): Next.js streams its hydration data in inline scripts, and
 * without a nonce the only way to let them run is 'unsafe-inline', which would
 * let injected scripts run too. Next.js reads the nonce from the request's
 * policy and puts it on its own scripts. Kept pages (lib/page-cache/) get a
 * fresh nonce in place of the one they were rendered with on every answer.
 *
 * Everything else (API answers, files) gets a policy that allows nothing, and
 * every response the headers below.
 */

export interface PolicyOptions {
  nonce: string;
  /** Over HTTPS: ask browsers to fetch everything over HTTPS too. */
  https: boolean;
  /** `next dev` evaluates code for its overlay and fast refresh. */
  development: boolean;
  /** Origins a sign-in form may be sent on to (formActionOrigins). */
  formActions?: readonly string[];
}

/** A sign-in form's answer may send the browser on to the institutional sign-on's issuer. */
export function formActionOrigins({ OIDC_ISSUER }: { OIDC_ISSUER?: string | undefined }): string[] {
  return OIDC_ISSUER ? [new URL(OIDC_ISSUER).origin] : [];
}

export function pagePolicy({ nonce, https, development, formActions = [] }: PolicyOptions): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonce-bearing ones load (Next.js chunks) may run; nothing else.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Styles may be inline (React's style attributes); a style cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${["'self'", ...formActions].join(" ")}`,
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** For API answers and files: nothing may run, nothing may frame them. */
export const NOTHING_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** On every response (next.config.ts). */
export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=(), browsing-topics=()",
  },
];

/** Two years, subdomains included: sent only on responses that came over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };

/** The nonce a Content-Security-Policy allows scripts with. */
export function nonceOf(policy: string | null | undefined): string | null {
  return /'nonce-([^']+)'/.exec(policy ?? "")?.[1] ?? null;
}

/** A nonce for one response: 128 random bits. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
