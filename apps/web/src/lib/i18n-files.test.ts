import { describe, expect, it } from 'vitest';
import { fileExtraZh } from './i18n-file-extra-zh';
import { filePagesZh } from './i18n-file-pages-zh';
import { filesZh } from './i18n-files-zh';
import { workflowZh } from './i18n-workflow-zh';
import { zh } from './i18n-zh';

/**
 * The dictionaries are spread into one; a key defined in two parts would silently take the later text.
 * The hardship-file parts must not redefine each other's keys, another area's, or the base dictionary's.
 */
describe('hardship-file dictionaries', () => {
  const parts: Record<string, Record<string, string>> = { filesZh, filePagesZh, fileExtraZh, workflowZh };
  it('define each key once', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, dict] of Object.entries(parts)) {
      for (const key of Object.keys(dict)) {
        const other = seen.get(key);
        if (other) clashes.push(`${key} (${other}, ${name})`);
        seen.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keep their own text in the merged dictionary', () => {
    const merged = zh as Record<string, string>;
    for (const dict of [filesZh, filePagesZh, fileExtraZh] as Record<string, string>[]) {
      for (const [key, text] of Object.entries(dict)) expect([key, merged[key]]).toEqual([key, text]);
    }
  });
});
