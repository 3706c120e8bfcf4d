import { describe, expect, it } from 'vitest';
import type { Org } from '@bangfu/shared/orgs';
import { nestOrgs, subtreeIds } from './org-tree';

const org = (id: string, parentId: string | null, depth: number): Org => ({
  id,
  parentId,
  name: id,
  level: 'city',
  type: 'local',
  divisionCode: '440300',
  hasAssistanceCentre: false,
  active: true,
  depth,
  childCount: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

// 省 → 市 → (南山 → 粤海), (福田)
const nodes = [org('gd', null, 0), org('sz', 'gd', 1), org('ns', 'sz', 2), org('yh', 'ns', 3), org('ft', 'sz', 2)];

describe('nestOrgs', () => {
  it('nests the depth-first flat list by parentId', () => {
    const [root] = nestOrgs(nodes);
    expect(root?.id).toBe('gd');
    expect(root?.children.map((c) => c.id)).toEqual(['sz']);
    expect(root?.children[0]?.children.map((c) => c.id)).toEqual(['ns', 'ft']);
    expect(root?.children[0]?.children[0]?.children.map((c) => c.id)).toEqual(['yh']);
  });

  it('makes orphans (parent outside the list) roots', () => {
    expect(nestOrgs(nodes.slice(2)).map((n) => n.id)).toEqual(['ns', 'ft']);
  });
});

describe('subtreeIds', () => {
  it('collects an org and everything below it', () => {
    expect([...subtreeIds(nodes, 'sz')].sort()).toEqual(['ft', 'ns', 'sz', 'yh']);
    expect([...subtreeIds(nodes, 'ft')]).toEqual(['ft']);
  });
});
