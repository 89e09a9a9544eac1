import "server-only";
import { getDb } from "@/db/client";
import { migrationStatus, type MigrationStatus } from "@/db/status";

/** The live database's schema against this code's migrations; throws when the database cannot be read. */
export function databaseMigrationStatus(): MigrationStatus {
  return migrationStatus(getDb());
}
