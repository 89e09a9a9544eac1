import { z } from "zod";
import { USER_ROLES } from "@/db/schema";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export const emailField = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter an email address like name@university.edu."));

export const passwordField = z
  .string({ error: "Enter a password." })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, "Use at most 200 characters.");

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Enter your password.").max(200, "Use at most 200 characters."),
});

export const setPasswordSchema = z
  .object({ token: z.string().min(20).max(200), password: passwordField, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords are not the same." });

export const inviteSchema = z.object({
  email: emailField,
  role: z.enum(USER_ROLES, { error: "Choose a role." }),
  name: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(200, "Use at most 200 characters.").optional()),
});
