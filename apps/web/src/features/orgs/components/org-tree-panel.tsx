import { useMemo, useState } from 'react';
import { Empty, Input, Space, Switch, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import type { Org } from '@bangfu/shared/orgs';
import { useT, type Translate } from '../../../lib/i18n';
import { nestOrgs, type OrgNode } from '../../../lib/org-tree';

/** The matching orgs and all their ancestors, so the tree still shows where a match sits. */
function filterWithAncestors(nodes: readonly Org[], query: string): Org[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...nodes];
  const byId = new Map(nodes.map((org) => [org.id, org]));
  const keep = new Set<string>();
  for (const org of nodes) {
    if (!org.name.toLowerCase().includes(q) && !org.divisionCode.includes(q)) continue;
    for (let cur: Org | undefined = org; cur && !keep.has(cur.id); cur = cur.parentId ? byId.get(cur.parentId) : undefined) {
      keep.add(cur.id);
    }
  }
  return nodes.filter((org) => keep.has(org.id));
}

function highlight(name: string, query: string): React.ReactNode {
  const q = query.trim();
  const at = q ? name.toLowerCase().indexOf(q.toLowerCase()) : -1;
  if (at < 0) return name;
  return (
    <>
      {name.slice(0, at)}
      <Typography.Text mark>{name.slice(at, at + q.length)}</Typography.Text>
      {name.slice(at + q.length)}
    </>
  );
}

function toTreeData(nodes: OrgNode[], query: string, t: Translate): TreeDataNode[] {
  return nodes.map((node) => ({
    key: node.id,
    title: (
      <span data-testid="org-tree-node">
        {highlight(node.name, query)}
        {!node.active && (
          <Tag color="default" style={{ marginInlineStart: 6 }}>
            {t('common.inactive')}
          </Tag>
        )}
      </span>
    ),
    children: toTreeData(node.children, query, t),
  }));
}

interface OrgTreePanelProps {
  nodes: readonly Org[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  includeInactive: boolean;
  onIncludeInactiveChange: (value: boolean) => void;
}

export function OrgTreePanel({ nodes, selectedId, onSelect, includeInactive, onIncludeInactiveChange }: OrgTreePanelProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [expandedKeys, setExpandedKeys] = useState<React.Key[] | null>(null);
  const visible = useMemo(() => filterWithAncestors(nodes, query), [nodes, query]);
  const treeData = useMemo(() => toTreeData(nestOrgs(visible), query, t), [visible, query, t]);

  // Searching expands everything that matched; otherwise the first three levels start open.
  const defaultExpanded = useMemo(() => {
    const parents = new Set(visible.map((org) => org.parentId));
    return visible.filter((org) => parents.has(org.id) && (query.trim() !== '' || org.depth < 3)).map((org) => org.id);
  }, [visible, query]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Input.Search
        allowClear
        placeholder={t('org.searchPlaceholder')}
        onChange={(event) => {
          setQuery(event.target.value);
          setExpandedKeys(null);
        }}
        data-testid="org-search"
      />
      <Space>
        <Switch size="small" checked={includeInactive} onChange={onIncludeInactiveChange} />
        <Typography.Text type="secondary">{t('org.showInactive')}</Typography.Text>
      </Space>
      {treeData.length === 0 ? (
        <Empty description={t('org.none')} />
      ) : (
        <Tree
          blockNode
          showLine
          treeData={treeData}
          selectedKeys={selectedId ? [selectedId] : []}
          expandedKeys={expandedKeys ?? defaultExpanded}
          onExpand={(keys) => setExpandedKeys(keys)}
          onSelect={(keys) => {
            const [first] = keys;
            if (first !== undefined) onSelect(String(first));
          }}
          data-testid="org-tree"
        />
      )}
    </Space>
  );
}
