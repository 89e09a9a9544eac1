import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "./connection";
import { migrationsFolder } from "./paths";

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: migrationsFolder() });
}
