import path from "node:path";

/** One constant for drizzle-kit (drizzle.config.ts) and the migrator, so they never drift. */
export const MIGRATIONS_FOLDER = "db/migrations";

export function migrationsFolder(): string {
  return path.resolve(process.cwd(), MIGRATIONS_FOLDER);
}
