import { Type, type Static, type TSchema, type TSchemaOptions, type TUnsafe } from 'typebox';

/** A record id: a UUID. */
export const Id = Type.String({ format: 'uuid', description: 'Record id (UUID)' });
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });
export type IdParams = Static<typeof IdParams>;

/** ISO-8601 timestamp in UTC. */
export const Timestamp = Type.String({ format: 'date-time' });

/** Keywords that hold for one JSON type only, so `{ type: [t, 'null'], ...them }` still lets null through. */
const SINGLE_TYPE_KEYWORDS = new Set([
  'type', 'enum', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'multipleOf', 'title', 'description', 'examples',
]);

/**
 * The schema, or null. A schema of one scalar type becomes a type list (`{ type: ['string', 'null'] }`,
 * an enum gains null among its values): validators read it as the anyOf it stands for, and
 * fast-json-stringify writes it with one typeof test where an anyOf makes it try each branch in turn (a
 * third of the time a 50-file page takes to serialise, docs/benchmarks.md). Objects, arrays and anything
 * with other keywords (const, default) keep the anyOf.
 */
export const Nullable = <T extends TSchema>(schema: T): TUnsafe<Static<T> | null> => {
  const json = schema as unknown as Record<string, unknown>;
  const type = json.type;
  const scalar = typeof type === 'string' && type !== 'object' && type !== 'array' && type !== 'null';
  if (scalar && Object.keys(json).every((k) => SINGLE_TYPE_KEYWORDS.has(k))) {
    const values = json.enum as unknown[] | undefined;
    return Type.Unsafe<Static<T> | null>({ ...json, type: [type, 'null'], ...(values ? { enum: [...values, null] } : {}) });
  }
  return Type.Unsafe<Static<T> | null>(Type.Union([schema, Type.Null()]));
};

/**
 * One of the given strings. Typed (`type: 'string'` beside the enum) so fast-json-stringify writes it as
 * a string instead of falling back to JSON.stringify for a schema without a type.
 */
export const StringEnum = <Values extends string[]>(values: readonly [...Values], options: TSchemaOptions = {}) =>
  Type.Enum(values, { ...options, type: 'string' });

/** RFC 9457 problem details, the body of every 4xx and 5xx answer. */
export const FieldError = Type.Object({
  field: Type.String({ description: 'JSON pointer of the failing input, e.g. /body/name' }),
  message: Type.String(),
  rule: Type.Optional(
    Type.String({ description: 'The rule the input fails, where there is one to name: for an ID number the GB 11643 check (format, division, birth_date, future_birth_date, checksum, gender_mismatch, birth_date_mismatch)' }),
  ),
});
export type FieldError = Static<typeof FieldError>;

/** CAP_EXCEEDED (422): the cap (DOMAIN.md §6) an approval or payment would break, in figures. */
export const CapProblem = Type.Object({
  capId: Type.String({ format: 'uuid' }),
  divisionCode: Type.String(),
  year: Type.Integer(),
  category: Type.String({ description: 'deep, relative, accident or any' }),
  aidType: Type.String({ description: 'an aid type or any' }),
  measure: StringEnum(['amount', 'items'], { description: 'amount: the figures are fen; items: the figures are counts of aid items' }),
  limit: Type.Integer({ description: 'the cap: at most this much a year' }),
  granted: Type.Integer({ description: 'already counted against the cap this year (approved, or paid when paying)' }),
  left: Type.Integer({ description: 'limit − granted, never below 0' }),
  requested: Type.Integer({ description: 'what this approval or payment would add (fen, or 1 item)' }),
});
export type CapProblem = Static<typeof CapProblem>;

/** APPROVAL_LEVEL_TOO_LOW (403): the escalation rule whose level the approver's org does not reach. */
export const EscalationProblem = Type.Object({
  ruleId: Type.String({ format: 'uuid' }),
  ruleOrgId: Type.String({ format: 'uuid', description: 'the organisation that set the rule' }),
  aidType: Type.String({ description: 'an aid type or any' }),
  overAmountFen: Type.Integer({ description: 'the rule applies to amounts above this' }),
  amountFen: Type.Integer({ description: 'the amount being approved' }),
  requiredLevel: Type.String({ description: 'national, province, city or county' }),
  approverLevel: Type.String({ description: "the level of the approver's organisation" }),
});
export type EscalationProblem = Static<typeof EscalationProblem>;

export const Problem = Type.Object(
  {
    type: Type.String({ description: 'Stable problem type URI, e.g. urn:bangfu:problem:validation-failed' }),
    code: Type.String({ description: 'Stable machine-readable code, e.g. VALIDATION_FAILED' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    requestId: Type.String(),
    errors: Type.Optional(Type.Array(FieldError)),
    cap: Type.Optional(CapProblem),
    escalation: Type.Optional(EscalationProblem),
  },
  { $id: 'Problem', title: 'Problem' },
);
export type Problem = Static<typeof Problem>;

/** Keyset pagination: `cursor` is opaque, taken from the previous page's `nextCursor`. */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
};

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    nextCursor: Nullable(Type.String()),
  });
export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

export const Ok = Type.Object({ ok: Type.Literal(true) });
