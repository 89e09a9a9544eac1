/**
 * The test file's own database (tests/support/temp-database.ts) migrated and
 * seeded with the forum's data, and an administrator to make changes with.
 */
import type { Actor } from "@/db/authorize";
import type { Db } from "@/db/connection";
import { users } from "@/db/schema";
import { prepareDatabase } from "@/db/setup";

export function forumDatabaseWithAdmin(email: string): { db: Db; admin: Actor } {
  const db = prepareDatabase(process.env.DATABASE_PATH!, "forum").db;
  const [user] = db.insert(users).values({ email, role: "admin" }).returning().all();
  return { db, admin: { id: user!.id, email: user!.email, role: user!.role } };
}
