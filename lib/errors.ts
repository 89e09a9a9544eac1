/**
 * The one error type the app raises on purpose. Its code decides the HTTP status
 * and whether the message may be shown to the user; anything else (a database
 * error, a bug) is logged and answered with a generic message.
 */
import { inEnglish, msg, renderMessage } from "@/lib/i18n/message-ref";
import type { Locale } from "@/lib/i18n/locales";

export const ERROR_CODES = {
  bad_request: { status: 400, expose: true },
  unauthorized: { status: 401, expose: true },
  forbidden: { status: 403, expose: true },
  not_found: { status: 404, expose: true },
  conflict: { status: 409, expose: true },
  record_in_use: { status: 409, expose: true },
  internal: { status: 500, expose: false },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  /** The message as raised: a message reference (lib/i18n/message-ref.ts) or plain text. */
  readonly messageRef: string;

  /** `message` is best a `msg(...)` reference, so the reader gets it in their language; `.message` is its English text. */
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(inEnglish(message));
    this.messageRef = message;
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  /** What a user may read: the message for expected errors, a generic line otherwise. */
  get publicMessage(): string {
    return this.publicMessageIn("en");
  }

  publicMessageIn(locale: Locale): string {
    return renderMessage(ERROR_CODES[this.code].expose ? this.messageRef : msg("errors.internal"), locale);
  }
}
