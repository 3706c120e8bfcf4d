import type { FieldError, Problem } from '@bangfu/shared/common';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors';

const slug = (code: string) => code.toLowerCase().replace(/_/g, '-');

function send(reply: FastifyReply, request: FastifyRequest, problem: Omit<Problem, 'type' | 'requestId' | 'instance'>) {
  const body: Problem = {
    type: `urn:bangfu:problem:${slug(problem.code)}`,
    ...problem,
    instance: request.url.split('?')[0],
    requestId: String(request.id),
  };
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(body);
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function fieldErrors(context: string | undefined, validation: AjvError[]): FieldError[] {
  const part = context ?? 'body';
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const v of validation) {
    let pointer = v.instancePath;
    if (v.keyword === 'required') pointer += `/${String(v.params.missingProperty)}`;
    if (v.keyword === 'additionalProperties') pointer += `/${String(v.params.additionalProperty)}`;
    const field = `/${part}${pointer}`;
    let message = v.message ?? v.keyword;
    if (v.keyword === 'additionalProperties') message = 'is not a known field';
    if (v.keyword === 'enum') message = `must be one of: ${(v.params.allowedValues as unknown[]).join(', ')}`;
    const key = `${field} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field, message });
  }
  return out;
}

/** The one error handler: every failure leaves as RFC 9457 problem+json. 5xx bodies reveal nothing. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return send(reply, request, {
        ...error.extensions,
        code: error.code,
        title: error.title,
        status: error.status,
        detail: error.message,
        ...(error.errors ? { errors: error.errors } : {}),
      });
    }
    const fe = error as FastifyError & { validationContext?: string };
    if (fe.validation) {
      const errors = fieldErrors(fe.validationContext, fe.validation as unknown as AjvError[]);
      return send(reply, request, {
        code: 'VALIDATION_FAILED',
        title: 'Validation failed',
        status: 400,
        detail: errors.map((e) => `${e.field} ${e.message}`).join('; '),
        errors,
      });
    }
    const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code = fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
        ? 'MALFORMED_BODY'
        : fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413
          ? 'BODY_TOO_LARGE'
          : fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
            ? 'UNSUPPORTED_MEDIA_TYPE'
            : status === 404
              ? 'NOT_FOUND'
              : 'BAD_REQUEST';
      return send(reply, request, {
        code,
        title: code === 'MALFORMED_BODY' ? 'Malformed request body' : 'Bad request',
        status,
        detail: fe.message,
        ...(code === 'MALFORMED_BODY' ? { errors: [{ field: '/body', message: fe.message }] } : {}),
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, {
      code: 'INTERNAL',
      title: 'Internal Server Error',
      status: 500,
      detail: 'Something went wrong on our side. Quote the request id when you report it.',
    });
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, request, {
      code: 'NOT_FOUND',
      title: 'Not found',
      status: 404,
      detail: `No route ${request.method} ${request.url.split('?')[0]}`,
    }),
  );
}
