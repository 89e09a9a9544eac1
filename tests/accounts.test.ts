/**
 * Accounts against a real database: one-time links, password sign-in with
 * throttling, and session revocation.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/db/authorize";
import type { Db } from "@/db/connection";
import { THROTTLE, verifySignIn } from "@/db/mutations/sign-in";
import { changeUserRole, createUserWithLink, hashToken, inviteUser, setPasswordWithToken, setUserDisabled } from "@/db/mutations/users";
import { getActorForSession } from "@/db/queries/users";
import { authTokens, users } from "@/db/schema";
import { prepareDatabase } from "@/db/setup";
import { AppError } from "@/lib/errors";

let db: Db;
let admin: Actor;
const PASSWORD = "correct horse battery staple";

async function accountWithPassword(email: string, role: "admin" | "editor" = "editor") {
  const invitation = createUserWithLink(db, { email, role }, 72);
  await setPasswordWithToken(db, invitation.token, PASSWORD);
  return db.select().from(users).where(eq(users.email, email)).get()!;
}

async function rejects(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === code);
}

beforeAll(async () => {
  db = prepareDatabase(process.env.DATABASE_PATH!, "none").db;
  const row = await accountWithPassword("admin@example.org", "admin");
  admin = { id: row.id, email: row.email, role: row.role };
});

describe("one-time links", () => {
  test("set a password once; the same link then fails", async () => {
    const invitation = createUserWithLink(db, { email: "Once@Example.org", role: "editor" }, 72);
    expect(invitation.email).toBe("once@example.org");
    expect(
      db
        .select()
        .from(authTokens)
        .where(eq(authTokens.tokenHash, hashToken(invitation.token)))
        .get(),
    ).toBeDefined();
    await setPasswordWithToken(db, invitation.token, PASSWORD);
    await rejects(setPasswordWithToken(db, invitation.token, PASSWORD), "bad_request");
  });

  test("an expired link is refused", async () => {
    const invitation = createUserWithLink(db, { email: "late@example.org", role: "editor" }, 72);
    db.update(authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(authTokens.tokenHash, hashToken(invitation.token)))
      .run();
    await rejects(setPasswordWithToken(db, invitation.token, PASSWORD), "bad_request");
  });

  test("a short password is refused and the link stays usable", async () => {
    const invitation = createUserWithLink(db, { email: "short@example.org", role: "editor" }, 72);
    await rejects(setPasswordWithToken(db, invitation.token, "short"), "bad_request");
    await setPasswordWithToken(db, invitation.token, PASSWORD);
  });

  test("only the hash of a token is stored", () => {
    const invitation = createUserWithLink(db, { email: "hash@example.org", role: "editor" }, 72);
    const stored = db
      .select({ h: authTokens.tokenHash })
      .from(authTokens)
      .all()
      .map((r) => r.h);
    expect(stored).not.toContain(invitation.token);
  });

  test("only administrators invite, and an active account cannot be invited again", () => {
    const editor: Actor = { id: admin.id + 1000, email: "x@example.org", role: "editor" };
    expect(() => inviteUser(db, editor, { email: "new@example.org", role: "editor" }, 72)).toThrow(AppError);
    expect(db.select().from(users).where(eq(users.email, "new@example.org")).get()).toBeUndefined();
    expect(() => inviteUser(db, admin, { email: "admin@example.org", role: "editor" }, 72)).toThrow(/already has an account/);
  });
});

describe("password sign-in", () => {
  test("the right password signs in; a wrong one and an unknown account get the same null", async () => {
    await accountWithPassword("right@example.org");
    expect((await verifySignIn(db, "Right@Example.org", PASSWORD, "10.0.0.1"))?.email).toBe("right@example.org");
    expect(await verifySignIn(db, "right@example.org", "wrong password!", "10.0.0.1")).toBeNull();
    expect(await verifySignIn(db, "nobody@example.org", PASSWORD, "10.0.0.1")).toBeNull();
  });

  test("after too many failures even the right password is refused, with the same answer", async () => {
    await accountWithPassword("target@example.org");
    for (let i = 0; i < THROTTLE.maxPerAccount; i++)
      expect(await verifySignIn(db, "target@example.org", `guess ${i}`, `10.0.1.${i}`)).toBeNull();
    expect(await verifySignIn(db, "target@example.org", PASSWORD, "10.0.2.1")).toBeNull();
  });

  test("one address guessing many accounts is slowed too", async () => {
    await accountWithPassword("victim@example.org");
    for (let i = 0; i < THROTTLE.maxPerAddress; i++) await verifySignIn(db, `spray${i}@example.org`, "guess", "10.9.9.9");
    expect(await verifySignIn(db, "victim@example.org", PASSWORD, "10.9.9.9")).toBeNull();
    expect((await verifySignIn(db, "victim@example.org", PASSWORD, "10.9.9.10"))?.email).toBe("victim@example.org");
  });

  test("a disabled account cannot sign in, and its sessions end", async () => {
    const row = await accountWithPassword("leaving@example.org");
    expect(getActorForSession(row.id, row.sessionVersion)).not.toBeNull();
    setUserDisabled(db, admin, row.id, true);
    expect(getActorForSession(row.id, row.sessionVersion)).toBeNull();
    expect(await verifySignIn(db, "leaving@example.org", PASSWORD, "10.0.3.1")).toBeNull();
  });

  test("a role change ends the sessions made under the old role", async () => {
    const row = await accountWithPassword("promoted@example.org");
    changeUserRole(db, admin, row.id, "admin");
    expect(getActorForSession(row.id, row.sessionVersion)).toBeNull();
    const after = db.select().from(users).where(eq(users.id, row.id)).get()!;
    expect(getActorForSession(row.id, after.sessionVersion)?.role).toBe("admin");
  });
});
