import { type Rng, weightedTable } from './prng';

/**
 * Surnames with their approximate share per ten thousand people (after the 2020 census rankings),
 * and a few two-character (compound) surnames, rare as in life.
 */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 710], ['李', 700], ['张', 680], ['刘', 540], ['陈', 460], ['杨', 310], ['黄', 250], ['赵', 230], ['吴', 200], ['周', 190],
  ['徐', 160], ['孙', 150], ['马', 130], ['朱', 120], ['胡', 120], ['郭', 110], ['何', 110], ['林', 100], ['高', 100], ['罗', 100],
  ['郑', 90], ['梁', 80], ['谢', 80], ['宋', 70], ['唐', 70], ['许', 70], ['韩', 70], ['冯', 60], ['邓', 60], ['曹', 60],
  ['彭', 60], ['曾', 60], ['肖', 60], ['田', 50], ['董', 50], ['袁', 50], ['潘', 50], ['于', 50], ['蒋', 50], ['蔡', 50],
  ['余', 50], ['杜', 50], ['叶', 40], ['程', 40], ['苏', 40], ['魏', 40], ['吕', 40], ['丁', 40], ['任', 40], ['沈', 40],
  ['姚', 40], ['卢', 40], ['姜', 30], ['崔', 30], ['钟', 30], ['谭', 30], ['陆', 30], ['汪', 30], ['范', 30], ['金', 30],
  ['石', 30], ['廖', 30], ['贾', 30], ['夏', 30], ['韦', 30], ['付', 30], ['方', 30], ['白', 20], ['邹', 20], ['孟', 20],
  ['熊', 20], ['秦', 20], ['邱', 20], ['江', 20], ['尹', 20], ['薛', 20], ['闫', 20], ['段', 20], ['雷', 20], ['侯', 20],
  ['龙', 20], ['史', 20], ['陶', 20], ['黎', 20], ['贺', 20], ['顾', 20], ['毛', 20], ['郝', 20], ['龚', 20], ['邵', 20],
  ['万', 20], ['钱', 20], ['严', 20], ['覃', 20], ['武', 20], ['戴', 20], ['莫', 20], ['孔', 20], ['向', 20], ['汤', 20],
  ['欧阳', 1.2], ['司徒', 0.8], ['司马', 0.4], ['上官', 0.3], ['诸葛', 0.2], ['皇甫', 0.1], ['东方', 0.1], ['慕容', 0.1],
];
const drawSurname = weightedTable(SURNAMES);

export const COMPOUND_SURNAMES = SURNAMES.filter(([s]) => s.length === 2).map(([s]) => s);

type Era = 'classic' | 'middle' | 'young';

/** Characters common in given names, by the decade fashions of the parents' generation. */
const GIVEN: Record<'male' | 'female', Record<Era, string>> = {
  male: {
    classic: '国建华军明强平志文德永福林海成荣生伟东兴庆忠祥根宝贵金山春发洪胜利新光',
    middle: '伟强磊军勇杰涛斌超刚鹏辉波峰亮浩俊健飞宇鑫帅凯龙阳毅斌晨剑彬锋振',
    young: '浩宇轩子梓睿博俊杰晨皓泽一铭昊天宸航嘉锦逸承沐煜奕辰霖宁',
  },
  female: {
    classic: '秀英兰芳玉桂珍凤华梅琴淑云萍素霞翠莲香花荣菊金美',
    middle: '丽敏静燕艳娟霞红娜玲琳婷慧洁丹倩雪颖萍莉晶蓉佳琼',
    young: '欣怡梓涵雨萱诗琪可馨佳悦思彤语若一子晗妍依琳昕瑶',
  },
};

/** Whole given names typical of a generation (建国, 秀英, 子涵 …), used now and then. */
const WHOLE: Record<'male' | 'female', Record<Era, readonly string[]>> = {
  male: {
    classic: ['建国', '建华', '国强', '志明', '卫东', '建军', '德明', '永强', '国平', '红兵'],
    middle: ['志强', '海涛', '晓东', '俊杰', '建平', '文斌', '小龙', '振华'],
    young: ['子轩', '浩宇', '梓睿', '宇航', '俊熙', '一鸣', '嘉豪', '子墨'],
  },
  female: {
    classic: ['秀英', '桂英', '玉兰', '秀兰', '桂兰', '淑珍', '凤英', '玉梅', '丽华', '秀珍'],
    middle: ['丽娟', '小红', '海燕', '晓梅', '婷婷', '丽萍', '春燕', '雪梅'],
    young: ['子涵', '欣怡', '梓涵', '雨桐', '诗琪', '可馨', '思彤', '一诺'],
  },
};

function eraOf(birthYear: number): Era {
  if (birthYear < 1972) return 'classic';
  if (birthYear < 1998) return 'middle';
  return 'young';
}

export function randomSurname(rng: Rng): string {
  return drawSurname(rng);
}

/** A given name of one or two characters in the fashion of the birth year. */
export function givenName(rng: Rng, gender: 'male' | 'female', birthYear: number): string {
  const era = eraOf(birthYear);
  if (rng.chance(0.12)) return rng.pick(WHOLE[gender][era]);
  const chars = [...GIVEN[gender][era]];
  const single = era === 'young' ? 0.12 : era === 'middle' ? 0.35 : 0.25;
  if (rng.chance(single)) return rng.pick(chars);
  const first = rng.pick(chars);
  if (gender === 'female' && rng.chance(0.04)) return first + first; // 婷婷, 丹丹
  let second = rng.pick(chars);
  while (second === first) second = rng.pick(chars);
  return first + second;
}

export function fullName(rng: Rng, surname: string, gender: 'male' | 'female', birthYear: number): string {
  return surname + givenName(rng, gender, birthYear);
}
