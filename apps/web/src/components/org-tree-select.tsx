import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { nestOrgs, useOrgTree, type OrgNode } from '../lib/org-tree';
import { useT } from '../lib/i18n';

interface TreeSelectNode {
  value: string;
  title: string;
  disabled?: boolean;
  children: TreeSelectNode[];
}

function toTreeSelect(nodes: OrgNode[], disabledIds?: Set<string>): TreeSelectNode[] {
  return nodes.map((node) => ({
    value: node.id,
    title: node.name,
    disabled: disabledIds?.has(node.id) ?? false,
    children: toTreeSelect(node.children, disabledIds),
  }));
}

interface OrgTreeSelectProps {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** Orgs that cannot be picked (e.g. the org being moved and its subtree). */
  disabledIds?: Set<string>;
  allowClear?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
  id?: string;
}

/** Picks an org from the caller's subtree; usable as an antd Form control. */
export function OrgTreeSelect({ value, onChange, disabledIds, allowClear, placeholder, style, id }: OrgTreeSelectProps) {
  const t = useT();
  const { data, isLoading } = useOrgTree();
  const treeData = useMemo(() => toTreeSelect(nestOrgs(data?.nodes ?? []), disabledIds), [data, disabledIds]);
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next)}
      treeData={treeData}
      loading={isLoading}
      allowClear={allowClear}
      placeholder={placeholder ?? t('org.pick')}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      style={{ minWidth: 220, ...style }}
      popupMatchSelectWidth={false}
    />
  );
}
