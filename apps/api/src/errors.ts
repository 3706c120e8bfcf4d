import type { FieldError } from '@bangfu/shared/common';

/** Domain errors: services throw these, the one error handler turns them into problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
    /** RFC 9457 extension members with the specifics in structured form (e.g. `cap`, `escalation`); each must be in the Problem schema. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail ?? title);
  }
}

export class ValidationError extends AppError {
  constructor(detail: string, errors: FieldError[]) {
    super(400, 'VALIDATION_FAILED', 'Validation failed', detail, errors);
  }
  static field(field: string, message: string): ValidationError {
    return new ValidationError(message, [{ field, message }]);
  }
}

export class UnauthorizedError extends AppError {
  constructor(detail = 'Authentication required', code = 'UNAUTHENTICATED') {
    super(401, code, 'Unauthorized', detail, undefined, { 'www-authenticate': 'Bearer' });
  }
}

export class ForbiddenError extends AppError {
  constructor(detail = 'You may not do this') {
    super(403, 'FORBIDDEN', 'Forbidden', detail);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, field?: string) {
    super(404, 'NOT_FOUND', 'Not found', `${what} not found`, field ? [{ field, message: `${what} not found` }] : undefined);
  }
}

export class ConflictError extends AppError {
  constructor(detail: string, code = 'CONFLICT', field?: string) {
    super(409, code, 'Conflict', detail, field ? [{ field, message: detail }] : undefined);
  }
}

/** Well-formed input that breaks a business rule. */
export class RuleViolationError extends AppError {
  constructor(detail: string, code = 'RULE_VIOLATION', field?: string, extensions?: Record<string, unknown>) {
    super(422, code, 'Unprocessable', detail, field ? [{ field, message: detail }] : undefined, undefined, extensions);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(detail: string, retryAfterSeconds: number) {
    super(429, 'TOO_MANY_REQUESTS', 'Too many requests', detail, undefined, {
      'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))),
    });
  }
}
