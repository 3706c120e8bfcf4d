import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

const base: Options = {
  allErrors: true,
  removeAdditional: false,
  useDefaults: true,
  strict: false,
  // TypeBox adds its own keywords (e.g. ~kind) that ajv should ignore.
};

/**
 * JSON bodies are validated as they are (no type coercion: "5" is not a number);
 * query strings, params and headers arrive as text and are coerced.
 */
export function installValidation(app: FastifyInstance): void {
  const strictAjv = addFormats.default(new Ajv({ ...base, coerceTypes: false }));
  const coercingAjv = addFormats.default(new Ajv({ ...base, coerceTypes: 'array' }));
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strictAjv : coercingAjv).compile(schema),
  );
}
