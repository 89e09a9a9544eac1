/**
 * Every environment variable Puentes reads, validated once. Defaults give the
 * embedded set-up: one SQLite file under ./data, created on first start.
 * next.config.ts imports this, so a bad value stops the build and the server early.
 */
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The live database. Created, migrated and seeded with the forum's data on first start. */
  DATABASE_PATH: z.string().min(1).default("data/puentes.db"),
  /** Where `npm run db:synthetic` writes; never the live database. */
  SYNTHETIC_DATABASE_PATH: z.string().min(1).default("data/synthetic.db"),
  /** `forum` seeds a new database with the forum's real data; `none` leaves it empty. */
  DATABASE_SEED: z.enum(["forum", "none"]).default("forum"),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}\nSee .env.example for the variables and their defaults.`);
  }
  return parsed.data;
}
