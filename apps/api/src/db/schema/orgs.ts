import type { OrgLevel, OrgType } from '@bangfu/shared/orgs';
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, char, check, index, integer, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';

/** 工会组织: the union tree. `path` is the materialized path of ids, '/root/…/self/'. */
export const orgs = pgTable(
  'orgs',
  {
    id: uuid().primaryKey().defaultRandom(),
    parentId: uuid().references((): AnyPgColumn => orgs.id),
    name: varchar({ length: 100 }).notNull(),
    level: text().$type<OrgLevel>().notNull(),
    type: text().$type<OrgType>().notNull(),
    divisionCode: char({ length: 6 }).notNull(),
    hasAssistanceCentre: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    path: text().notNull(),
    depth: integer().notNull(),
    ...timestamps,
  },
  (t) => [
    index('orgs_parent_idx').on(t.parentId, t.name),
    uniqueIndex('orgs_path_uq').on(t.path.op('text_pattern_ops')),
    uniqueIndex('orgs_sibling_name_uq').on(t.parentId, t.name),
    check('orgs_level_ck', sql`${t.level} in ('national','province','city','county','grassroots')`),
    check('orgs_type_ck', sql`${t.type} in ('local','industry','street','enterprise')`),
  ],
);
