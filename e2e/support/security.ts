/**
 * What the browser refused under the page's Content-Security-Policy: a page of
 * ours should never ask for anything its own policy forbids (a Next.js script
 * without the nonce would leave the page unhydrated).
 */
import type { Page } from "@playwright/test";

declare global {
  interface Window {
    __policyViolations?: string[];
  }
}

/** Starts recording; call before the page opens. */
export async function recordPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.__policyViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__policyViolations!.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return () => page.evaluate(() => window.__policyViolations ?? []);
}

export { nonceOf } from "../../lib/security/headers";
