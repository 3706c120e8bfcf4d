import type { Problem } from '@bangfu/shared/common';

/** A failed API call: carries the RFC 9457 problem body the server sent (or one made up for network errors). */
export class ApiError extends Error {
  readonly problem: Problem;
  /** Seconds from the Retry-After header (429), if any. */
  readonly retryAfter: number | null;

  constructor(problem: Problem, retryAfter: number | null = null) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
