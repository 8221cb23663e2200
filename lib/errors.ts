/**
 * Errors the app expects and shows to users. Anything else is logged and answered with a generic
 * message (never a stack trace or a driver message).
 */
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION_FAILED: 422,
  TRANSITION_NOT_ALLOWED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A field-level problem; `message` is an encoded message key (lib/validation/messages.ts). */
export interface ErrorDetail {
  path: string;
  message: string;
  /** The stable code of the unmet rule (shared/API.md `details[].code`), where there is one. */
  code?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** i18n key under "errors." for the summary message. */
    readonly messageKey: string = code,
    readonly details: ErrorDetail[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = () => new AppError("NOT_FOUND");
export const forbidden = () => new AppError("FORBIDDEN");
export const unauthenticated = () => new AppError("UNAUTHENTICATED");
export const conflict = (messageKey: string, details: ErrorDetail[] = []) => new AppError("CONFLICT", messageKey, details);
export const validationFailed = (details: ErrorDetail[]) => new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", details);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
