/**
 * Every environment variable Puentes reads, validated once. Defaults give the
 * embedded set-up: one SQLite file under ./data, created on first start.
 * next.config.ts imports this, so a bad value stops the build and the server early.
 */
import { z } from "zod";

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** The live database. Created, migrated and seeded with the forum's data on first start. */
    DATABASE_PATH: z.string().min(1).default("data/puentes.db"),
    /** Where `npm run db:synthetic` writes; never the live database. */
    SYNTHETIC_DATABASE_PATH: z.string().min(1).default("data/synthetic.db"),
    /** `forum` seeds a new database with the forum's real data; `none` leaves it empty. */
    DATABASE_SEED: z.enum(["forum", "none"]).default("forum"),
    /** Where people reach the site; used in invitation links and feeds. */
    PUBLIC_URL: z.url().optional(),
    /** Signs session cookies. Without it, a random secret is made on first start and kept in the database. */
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    /** Hours a session lasts without activity. */
    SESSION_MAX_AGE_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(8),
    /** Hours an invitation or set-password link stays valid. */
    INVITATION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(72),
    /** Single sign-on through an OpenID Connect provider: all three or none. */
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_NAME: z.string().min(1).default("institutional sign-on"),
  })
  .refine((e) => [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET].filter(Boolean).length % 3 === 0, {
    path: ["OIDC_ISSUER"],
    message: "set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together",
  });

export type Env = z.infer<typeof envSchema>;

export function publicUrl(env: Env): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${problems}\nSee .env.example for the variables and their defaults.`);
  }
  return parsed.data;
}
