/**
 * Errors the app expects and shows to users. Anything else is logged and answered with a generic
 * message (never a stack trace or a driver message).
 */
export const ERROR_STATUS = {
  /** Malformed path, query or body encoding (shared/API.md). */
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  /** Answered with an `Allow` header. */
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  /** A JSON body that is not `application/json`. */
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION_FAILED: 422,
  TRANSITION_NOT_ALLOWED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  /** The database cannot be reached; answered with `Retry-After`. */
  SERVICE_UNAVAILABLE: 503,
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
