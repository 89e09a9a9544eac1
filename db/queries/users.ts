import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Actor } from "@/db/authorize";
import { appMeta, organizations, programs, revisions, userAssignments, users } from "@/db/schema";

/**
 * The acting user for a session: only while the account is enabled and the
 * session's version is the account's current one (bumped on sign-out
 * everywhere, role change or disabling), so revoking a session takes effect on
 * the next request even though the session lives in a cookie.
 */
export function getActorForSession(userId: number, sessionVersion: number): Actor | null {
  const user = getDb()
    .select({ id: users.id, email: users.email, role: users.role })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.sessionVersion, sessionVersion), isNull(users.disabledAt)))
    .get();
  return user ?? null;
}

export function listUsers() {
  const db = getDb();
  const rows = db.select().from(users).orderBy(users.email).all();
  const assignments = db
    .select({ id: userAssignments.id, userId: userAssignments.userId, organization: organizations.nameEn, program: programs.nameEn })
    .from(userAssignments)
    .leftJoin(organizations, eq(organizations.id, userAssignments.organizationId))
    .leftJoin(programs, eq(programs.id, userAssignments.programId))
    .all();
  return rows.map(({ passwordHash, ...u }) => ({
    ...u,
    hasPassword: passwordHash !== null,
    assignments: assignments.filter((a) => a.userId === u.id).map((a) => ({ id: a.id, label: a.organization ?? a.program ?? "?" })),
  }));
}

export function listRevisionsByUser(userId: number, limit = 100) {
  return getDb().select().from(revisions).where(eq(revisions.userId, userId)).orderBy(desc(revisions.id)).limit(limit).all();
}

/** The secret that signs session cookies when AUTH_SECRET is not set (made once, at first start). */
export function getStoredAuthSecret(): string | null {
  return getDb().select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, "auth_secret")).get()?.value ?? null;
}
