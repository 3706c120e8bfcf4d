import { pinyin } from 'pinyin-pro';

/** Pinyin of a Chinese name for search: full syllables joined ('zhangsan') and initials ('zs'). */
export function namePinyin(name: string): { full: string; initials: string } {
  const syllables = pinyin(name.trim(), { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}
