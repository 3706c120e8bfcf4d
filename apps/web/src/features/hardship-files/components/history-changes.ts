import { annualize } from '@bangfu/shared/classification';
import { translateCode, type Translate } from '../../../lib/i18n';
import { formatFen } from '../../../lib/money';
import { label, yesNo } from './file-labels';

export type Change = { field: string; before: string; after: string } | { text: string };
type Row = Record<string, unknown>;

/** Keys the timeline leaves out: bookkeeping, or shown elsewhere in the entry (the actor, the time). */
const SKIP = new Set(['updatedAt', 'classification', 'categoryBasis', 'categoryConfirmedBy', 'categoryConfirmedAt', 'id']);
/** Keys whose codes have names in the dictionary, by prefix. */
const CODED: Record<string, string> = {
  status: 'hardshipStatus',
  category: 'category',
  proposedCategory: 'category',
  mainCause: 'cause',
  householdType: 'householdType',
  origin: 'origin',
  housingType: 'housingType',
  exitType: 'exitType',
};
/** Member keys that change by themselves (age grows with the calendar). */
const MEMBER_NOISE = new Set(['age']);

const fieldName = (t: Translate, key: string) => translateCode(t, `field.${key}`, key);
const memberFieldName = (t: Translate, key: string) => translateCode(t, `member.${key}`, fieldName(t, key));

function scalar(t: Translate, key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const prefix = CODED[key];
  if (prefix) return label(t, prefix, value as string);
  if (key === 'secondaryCauses' && Array.isArray(value)) return value.length ? value.map((c) => label(t, 'cause', c as number)).join('、') : '—';
  if (key.endsWith('Fen') && typeof value === 'number') return formatFen(value);
  if (typeof value === 'boolean') return yesNo(t, value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const asRows = (value: unknown): Row[] => (Array.isArray(value) ? (value.filter((v) => v && typeof v === 'object') as Row[]) : []);

function describeItem(t: Translate, list: string, row: Row): string {
  if (list === 'members') return `${row.name as string}（${label(t, 'relation', row.relation as string)}）`;
  const type = label(t, list === 'incomes' ? 'incomeType' : 'expenseType', row.type as string);
  const amount = typeof row.amountFen === 'number' ? formatFen(row.amountFen) : '';
  const period = label(t, 'period', row.period as string);
  const yearly = typeof row.amountFen === 'number' && row.period === 'monthly' ? `，${t('history.yearly', { amount: formatFen(annualize(row.amountFen, 'monthly')) })}` : '';
  return `${type} ${amount}/${period}${yearly}`;
}

/** Members, incomes, expenses: matched by id, so the entry says who was added, removed or changed (and what). */
function listChanges(t: Translate, list: string, before: unknown, after: unknown): Change[] {
  const what = translateCode(t, `history.item.${list}`, list);
  const old = new Map(asRows(before).map((r) => [r.id as string, r]));
  const now = new Map(asRows(after).map((r) => [r.id as string, r]));
  const changes: Change[] = [];
  for (const [id, row] of now) {
    const prior = old.get(id);
    if (!prior) {
      changes.push({ text: t('history.added', { what, item: describeItem(t, list, row) }) });
      continue;
    }
    const keys = Object.keys(row).filter((k) => k !== 'id' && !MEMBER_NOISE.has(k) && JSON.stringify(row[k]) !== JSON.stringify(prior[k]));
    if (keys.length === 0) continue;
    if (list === 'members') {
      const fields = keys.map((k) => `${memberFieldName(t, k)}：${scalar(t, k, prior[k])} → ${scalar(t, k, row[k])}`).join('；');
      changes.push({ text: t('history.changedItem', { what, item: describeItem(t, list, row), fields }) });
    } else {
      changes.push({ text: t('history.changedItem', { what, item: describeItem(t, list, prior), fields: `→ ${describeItem(t, list, row)}` }) });
    }
  }
  for (const [id, row] of old) if (!now.has(id)) changes.push({ text: t('history.removed', { what, item: describeItem(t, list, row) }) });
  return changes;
}

/** What one history entry changed, in words: scalars before → after, lists item by item, flags by name. */
export function describeChanges(t: Translate, action: string, before: Row | null, after: Row | null): Change[] {
  if (!before && after && (action === 'file.create' || action === 'file.refile')) {
    const members = asRows(after.members);
    return [
      {
        text: t('history.created', {
          head: (after.headName as string) ?? '—',
          count: members.length,
          category: label(t, 'category', after.proposedCategory as string),
        }),
      },
    ];
  }
  const changes: Change[] = [];
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (SKIP.has(key)) continue;
    const b = before?.[key];
    const a = after?.[key];
    if (key === 'members' || key === 'incomes' || key === 'expenses') {
      changes.push(...listChanges(t, key, b, a));
    } else if ((key === 'exclusions' || key === 'migrant') && a && typeof a === 'object') {
      const old = (b ?? {}) as Row;
      for (const [sub, value] of Object.entries(a as Row)) {
        if (JSON.stringify(value) === JSON.stringify(old[sub])) continue;
        const name = key === 'exclusions' ? translateCode(t, `exclusion.${sub}`, sub) : fieldName(t, `migrant.${sub}`);
        changes.push({ field: name, before: scalar(t, sub, old[sub]), after: scalar(t, sub, value) });
      }
    } else {
      changes.push({ field: fieldName(t, key), before: scalar(t, key, b), after: scalar(t, key, a) });
    }
  }
  return changes;
}
