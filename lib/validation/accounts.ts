import { z } from "zod";
import { USER_ROLES } from "@/db/schema";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { msg } from "@/lib/i18n/message-ref";

export const emailField = z
  .string({ error: msg("validation.emailRequired") })
  .trim()
  .toLowerCase()
  .max(254, msg("validation.emailTooLong"))
  .pipe(z.email(msg("validation.emailFormat")));

export const passwordField = z
  .string({ error: msg("validation.passwordRequired") })
  .min(MIN_PASSWORD_LENGTH, msg("validation.passwordTooShort", { min: MIN_PASSWORD_LENGTH }))
  .max(200, msg("validation.atMost", { max: 200 }));

export const signInSchema = z.object({
  email: emailField,
  password: z
    .string()
    .min(1, msg("validation.passwordRequired"))
    .max(200, msg("validation.atMost", { max: 200 })),
});

export const setPasswordSchema = z
  .object({ token: z.string().min(20).max(200), password: passwordField, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: msg("validation.passwordsDiffer") });

export const inviteSchema = z.object({
  email: emailField,
  role: z.enum(USER_ROLES, { error: msg("validation.chooseRole") }),
  name: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .trim()
      .max(200, msg("validation.atMost", { max: 200 }))
      .optional(),
  ),
});
