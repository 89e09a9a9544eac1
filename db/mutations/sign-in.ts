/**
 * Password sign-in with brute-force slowing. Failures are counted per account
 * and per address; past the limit the key is locked for a while, and a locked
 * attempt gets exactly the answer a wrong password gets (no hint that the
 * account exists or is locked). Every attempt is logged.
 */
import { eq } from "drizzle-orm";
import type { Actor } from "@/db/authorize";
import type { Db } from "@/db/connection";
import { signInThrottle, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { logEvent } from "@/lib/log";

export const THROTTLE = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  maxPerAccount: 5,
  maxPerAddress: 30,
} as const;

export interface SignedInUser extends Actor {
  sessionVersion: number;
}

function isLocked(db: Db, key: string, now: number): boolean {
  const row = db.select().from(signInThrottle).where(eq(signInThrottle.key, key)).get();
  return row?.lockedUntil !== null && row?.lockedUntil !== undefined && row.lockedUntil.getTime() > now;
}

function recordFailure(db: Db, key: string, max: number, now: number): void {
  db.transaction(
    (tx) => {
      const row = tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).get();
      const fresh = !row || now - row.windowStartedAt.getTime() > THROTTLE.windowMs;
      const failures = fresh ? 1 : row.failures + 1;
      const lockedUntil = failures >= max ? new Date(now + THROTTLE.lockMs) : null;
      tx.insert(signInThrottle)
        .values({ key, failures, windowStartedAt: fresh ? new Date(now) : row.windowStartedAt, lockedUntil })
        .onConflictDoUpdate({
          target: signInThrottle.key,
          set: { failures, windowStartedAt: fresh ? new Date(now) : row.windowStartedAt, lockedUntil },
        })
        .run();
    },
    { behavior: "immediate" },
  );
}

export async function verifySignIn(db: Db, emailInput: string, password: string, address: string): Promise<SignedInUser | null> {
  const email = emailInput.trim().toLowerCase();
  const now = Date.now();
  const accountKey = `email:${email}`;
  const addressKey = `ip:${address}`;
  const locked = isLocked(db, accountKey, now) || isLocked(db, addressKey, now);
  const user = locked ? undefined : db.select().from(users).where(eq(users.email, email)).get();
  const usable = user && !user.disabledAt ? user : undefined;
  // Always pay for one verification, so timing tells nothing either.
  const ok = (await verifyPassword(usable?.passwordHash ?? null, password)) && !locked && usable !== undefined;

  if (!ok || !usable) {
    recordFailure(db, accountKey, THROTTLE.maxPerAccount, now);
    recordFailure(db, addressKey, THROTTLE.maxPerAddress, now);
    logEvent(locked ? "sign_in_throttled" : "sign_in_failed", { email, address });
    return null;
  }
  db.delete(signInThrottle).where(eq(signInThrottle.key, accountKey)).run();
  db.update(users)
    .set({ lastSignInAt: new Date(now) })
    .where(eq(users.id, usable.id))
    .run();
  logEvent("sign_in", { email, address, userId: usable.id, method: "password" });
  return { id: usable.id, email: usable.email, role: usable.role, sessionVersion: usable.sessionVersion };
}

/** Single sign-on: the provider vouched for the address; it must belong to an invited, enabled account. */
export function findAccountForSso(db: Db, emailInput: string, emailVerified: boolean): SignedInUser | null {
  const email = emailInput.trim().toLowerCase();
  const user = emailVerified ? db.select().from(users).where(eq(users.email, email)).get() : undefined;
  if (!user || user.disabledAt) {
    logEvent("sign_in_failed", { email, method: "oidc", reason: emailVerified ? "no invited account" : "email not verified" });
    return null;
  }
  db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id)).run();
  logEvent("sign_in", { email, userId: user.id, method: "oidc" });
  return { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}
