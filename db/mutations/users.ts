/**
 * Accounts: the first administrator (from the command line), invitations and
 * one-time set-password links, roles, assignments and disabling. Only a hash of
 * each one-time token is stored; the token itself is shown once, to pass on.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { authorizeAdmin, type Actor } from "@/db/authorize";
import type { Db, DbExecutor } from "@/db/connection";
import { authTokens, organizations, programs, userAssignments, users, type UserRole } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { emailField, passwordField } from "@/lib/validation/accounts";
import { msg } from "@/lib/i18n/message-ref";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function issueToken(
  db: DbExecutor,
  userId: number,
  kind: "invitation" | "password_reset",
  ttlHours: number,
  createdById: number | null,
): string {
  const token = randomBytes(32).toString("base64url");
  db.insert(authTokens)
    .values({ tokenHash: hashToken(token), kind, userId, createdById, expiresAt: new Date(Date.now() + ttlHours * 3_600_000) })
    .run();
  return token;
}

export interface Invitation {
  userId: number;
  email: string;
  token: string;
  expiresAt: Date;
}

/** Creates the account (or finds it) and a one-time link to set its password. */
function inviteInTransaction(
  tx: DbExecutor,
  input: { email: string; role: UserRole; name?: string },
  ttlHours: number,
  createdById: number | null,
): Invitation {
  const email = emailField.parse(input.email);
  const existing = tx.select().from(users).where(eq(users.email, email)).get();
  if (existing?.passwordHash) throw new AppError("conflict", msg("errors.alreadyHasAccount", { email }));
  const user =
    existing ??
    tx
      .insert(users)
      .values({ email, role: input.role, name: input.name ?? null })
      .returning()
      .get();
  if (existing) tx.update(users).set({ role: input.role }).where(eq(users.id, existing.id)).run();
  const token = issueToken(tx, user.id, "invitation", ttlHours, createdById);
  return { userId: user.id, email, token, expiresAt: new Date(Date.now() + ttlHours * 3_600_000) };
}

/** For `npm run user:create`: no actor, since there may be no account yet. */
export function createUserWithLink(db: Db, input: { email: string; role: UserRole; name?: string }, ttlHours: number): Invitation {
  return db.transaction((tx) => inviteInTransaction(tx, input, ttlHours, null), { behavior: "immediate" });
}

export function inviteUser(
  db: Db,
  actor: Actor | null,
  input: { email: string; role: UserRole; name?: string },
  ttlHours: number,
): Invitation {
  authorizeAdmin(actor);
  return db.transaction((tx) => inviteInTransaction(tx, input, ttlHours, actor.id), { behavior: "immediate" });
}

/** Uses a one-time link: sets the password and spends the token (and any other open link of the account). */
export async function setPasswordWithToken(db: Db, token: string, password: string): Promise<{ userId: number; email: string }> {
  const valid = passwordField.safeParse(password);
  if (!valid.success) throw new AppError("bad_request", valid.error.issues[0]!.message);
  const passwordHash = await hashPassword(password);
  return db.transaction(
    (tx) => {
      const row = tx
        .select({ tokenId: authTokens.id, userId: users.id, email: users.email, disabledAt: users.disabledAt })
        .from(authTokens)
        .innerJoin(users, eq(users.id, authTokens.userId))
        .where(and(eq(authTokens.tokenHash, hashToken(token)), isNull(authTokens.usedAt), gt(authTokens.expiresAt, new Date())))
        .get();
      if (!row || row.disabledAt) throw new AppError("bad_request", msg("errors.linkExpired"));
      tx.update(authTokens)
        .set({ usedAt: new Date() })
        .where(and(eq(authTokens.userId, row.userId), isNull(authTokens.usedAt)))
        .run();
      tx.update(users)
        .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
        .where(eq(users.id, row.userId))
        .run();
      return { userId: row.userId, email: row.email };
    },
    { behavior: "immediate" },
  );
}

export function changeUserRole(db: Db, actor: Actor | null, userId: number, role: UserRole): void {
  authorizeAdmin(actor);
  if (userId === actor.id) throw new AppError("bad_request", msg("errors.ownRole"));
  db.transaction((tx) => {
    const changed = tx
      .update(users)
      .set({ role, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .run();
    if (changed.changes === 0) throw new AppError("not_found", msg("errors.noAccount"));
  });
}

/** Disabling revokes every session at once (the session version no longer matches). */
export function setUserDisabled(db: Db, actor: Actor | null, userId: number, disabled: boolean): void {
  authorizeAdmin(actor);
  if (userId === actor.id) throw new AppError("bad_request", msg("errors.ownAccount"));
  const changed = db
    .update(users)
    .set({ disabledAt: disabled ? new Date() : null, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .run();
  if (changed.changes === 0) throw new AppError("not_found", msg("errors.noAccount"));
}

export function assignToUser(db: Db, actor: Actor | null, userId: number, target: { organizationId?: number; programId?: number }): void {
  authorizeAdmin(actor);
  db.transaction((tx) => {
    if (!tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get())
      throw new AppError("not_found", msg("errors.noAccount"));
    if (
      target.organizationId &&
      !tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, target.organizationId)).get()
    )
      throw new AppError("bad_request", msg("errors.noOrganization"));
    if (target.programId && !tx.select({ id: programs.id }).from(programs).where(eq(programs.id, target.programId)).get())
      throw new AppError("bad_request", msg("errors.noProgram"));
    tx.insert(userAssignments)
      .values({ userId, organizationId: target.organizationId ?? null, programId: target.programId ?? null })
      .onConflictDoNothing()
      .run();
  });
}

export function unassignFromUser(db: Db, actor: Actor | null, assignmentId: number): void {
  authorizeAdmin(actor);
  db.delete(userAssignments).where(eq(userAssignments.id, assignmentId)).run();
}

/** Sign out everywhere. */
export function revokeSessions(db: Db, userId: number): void {
  db.update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .run();
}
