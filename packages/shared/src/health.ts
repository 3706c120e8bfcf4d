import { Type, type Static } from 'typebox';
import { StringEnum } from './common';

export const Health = Type.Object({
  status: StringEnum(['ok', 'degraded']),
  version: Type.String(),
  database: Type.Object({
    status: StringEnum(['up', 'down']),
    driver: StringEnum(['pglite', 'postgres']),
    latencyMs: Type.Union([Type.Number(), Type.Null()]),
  }),
});
export type Health = Static<typeof Health>;
