/**
 * `npm run user:create -- --email someone@example.org [--role admin|editor] [--name "…"]`
 * Creates an account (the first administrator, typically) and prints a one-time
 * link to set its password. No password is ever set or shown here.
 */
import { parseArgs } from "node:util";
import { createUserWithLink } from "../db/mutations/users";
import { prepareDatabase } from "../db/setup";
import { publicUrl, readEnv } from "../lib/env";
import { AppError } from "../lib/errors";
import { routes } from "../lib/routes";
import { emailField } from "../lib/validation/accounts";
import { USER_ROLES, type UserRole } from "../lib/vocabulary";

export function parseUserArguments(args: string[]): { email: string; role: UserRole; name?: string } {
  const { values } = parseArgs({
    args,
    options: { email: { type: "string" }, role: { type: "string", default: "admin" }, name: { type: "string" } },
    strict: true,
  });
  const email = emailField.safeParse(values.email ?? "");
  if (!email.success) throw new Error(`--email: ${email.error.issues[0]!.message}`);
  if (!(USER_ROLES as readonly string[]).includes(values.role!)) throw new Error(`--role must be one of ${USER_ROLES.join(", ")}`);
  return { email: email.data, role: values.role as UserRole, name: values.name };
}

function main() {
  let input;
  try {
    input = parseUserArguments(process.argv.slice(2));
  } catch (error) {
    console.error(
      `${(error as Error).message}\nusage: npm run user:create -- --email someone@example.org [--role admin|editor] [--name "Full Name"]`,
    );
    process.exit(2);
  }
  const env = readEnv();
  const { db } = prepareDatabase(env.DATABASE_PATH, env.DATABASE_SEED);
  try {
    const invitation = createUserWithLink(db, input, env.INVITATION_TTL_HOURS);
    console.log(
      `Account ${invitation.email} (${input.role}) is ready. Open this link once to choose its password (valid until ${invitation.expiresAt.toISOString()}):`,
    );
    console.log(`${publicUrl(env)}${routes.setPassword("en", invitation.token)}`);
  } catch (error) {
    console.error(error instanceof AppError ? error.message : error);
    process.exitCode = 1;
  } finally {
    db.$client.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
