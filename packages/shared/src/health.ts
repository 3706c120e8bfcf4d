import { Type, type Static } from 'typebox';

export const Health = Type.Object({
  status: Type.Enum(['ok', 'degraded']),
  version: Type.String(),
  database: Type.Object({
    status: Type.Enum(['up', 'down']),
    driver: Type.Enum(['pglite', 'postgres']),
    latencyMs: Type.Union([Type.Number(), Type.Null()]),
  }),
});
export type Health = Static<typeof Health>;
