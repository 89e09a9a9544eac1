import { defineConfig } from "drizzle-kit";
import { MIGRATIONS_FOLDER } from "./db/paths";
import { readEnv } from "./lib/env";

export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema.ts",
  out: `./${MIGRATIONS_FOLDER}`,
  casing: "snake_case",
  dbCredentials: { url: readEnv().DATABASE_PATH },
  strict: true,
});
