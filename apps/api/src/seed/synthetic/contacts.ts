import { placeName } from './divisions';
import type { Rng } from './prng';

const MOBILE_PREFIXES = ['134', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '182', '183', '187', '188', '130', '131', '132', '155', '156', '185', '186', '133', '153', '180', '181', '189', '177', '199'];

/** An 11-digit mainland mobile number. */
export function mobilePhone(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

/** Banks that pay union aid to a real-name card, with a debit-card BIN each. */
const BANKS: readonly (readonly [string, string, number])[] = [
  ['中国工商银行', '622202', 26],
  ['中国建设银行', '621700', 22],
  ['中国农业银行', '622848', 18],
  ['中国银行', '621661', 12],
  ['中国邮政储蓄银行', '621799', 12],
  ['招商银行', '622588', 5],
  ['广东农信', '621458', 5],
];

function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A bank and a 19-digit debit card number that passes the Luhn check. */
export function bankCard(rng: Rng): { bankName: string; bankCard: string } {
  const [bankName, bin] = rng.weighted(BANKS.map(([name, b, w]) => [[name, b] as const, w] as const));
  let body = bin;
  while (body.length < 18) body += String(rng.int(0, 9));
  return { bankName, bankCard: body + luhnDigit(body) };
}

const STREETS = ['人民路', '建设路', '解放路', '中山路', '新华路', '文化路', '工业大道', '南环路', '东风路', '桃园路', '幸福路', '兴华路', '朝阳路', '光明路'];
const ESTATES = ['新村', '花园', '小区', '公寓', '家园', '苑'];
const ESTATE_WORDS = ['幸福', '阳光', '锦绣', '和平', '华侨', '翠竹', '康乐', '金色', '安居', '丽景', '富康', '向阳'];

/** A street address in the place of `division`: 深圳市南山区建设路12号幸福花园3栋502. */
export function streetAddress(rng: Rng, division: string): string {
  const where = placeName(division);
  const estate = `${rng.pick(ESTATE_WORDS)}${rng.pick(ESTATES)}`;
  return `${where}${rng.pick(STREETS)}${rng.int(1, 388)}号${estate}${rng.int(1, 12)}栋${rng.int(1, 28)}0${rng.int(1, 6)}`;
}

/** A village address for a rural hukou: 湖南省衡阳县某镇某村3组. */
export function villageAddress(rng: Rng, province: string, countyName: string): string {
  const town = rng.pick(['新塘', '石桥', '白沙', '长乐', '金田', '大坪', '龙泉', '高峰', '洪山', '枫林']);
  const village = rng.pick(['上屋', '下湾', '黄泥', '竹山', '水口', '塘边', '新屋', '老屋场', '松岭', '田心']);
  return `${province}${countyName}${town}镇${village}村${rng.int(1, 12)}组`;
}

const COMPANY_WORDS = ['鑫达', '华通', '宏远', '美佳', '恒昌', '永兴', '利源', '盛世', '金龙', '佳和', '德胜', '联发', '新科', '通达'];
const COMPANY_KINDS: readonly (readonly [string, string])[] = [
  ['电子有限公司', '制造业'],
  ['五金制品厂', '制造业'],
  ['服装有限公司', '制造业'],
  ['建筑工程有限公司', '建筑业'],
  ['物流有限公司', '交通运输业'],
  ['物业管理有限公司', '物业服务'],
  ['清洁服务有限公司', '居民服务业'],
  ['餐饮管理有限公司', '住宿和餐饮业'],
  ['商贸有限公司', '批发和零售业'],
  ['环卫服务有限公司', '公共设施管理'],
];

/** An employer and its industry; `ownEmployer` when the org is the enterprise's own union. */
export function employer(rng: Rng, cityName: string, ownEmployer?: string): { employer: string; industry: string } {
  const [kind, industry] = rng.pick(COMPANY_KINDS);
  if (ownEmployer && rng.chance(0.8)) return { employer: ownEmployer, industry };
  return { employer: `${cityName}${rng.pick(COMPANY_WORDS)}${kind}`, industry };
}

const UNIVERSITIES = ['广东工业大学', '华南农业大学', '广州大学', '深圳大学', '广东技术师范大学', '嘉应学院', '韶关学院', '湖南师范大学', '江西师范大学', '广西大学', '广东轻工职业技术学院', '深圳职业技术大学'];

/** A school for a student of the given level, near home. */
export function schoolFor(rng: Rng, level: 'primary' | 'junior' | 'senior' | 'vocational' | 'university', division: string): string {
  const place = placeName(division) || '本地';
  switch (level) {
    case 'primary':
      return `${place}第${rng.pick(['一', '二', '三', '四', '五', '六', '七', '八'])}小学`;
    case 'junior':
      return `${place}${rng.pick(['实验中学', '第二中学', '第三中学', '外国语学校初中部'])}`;
    case 'senior':
      return `${place}${rng.pick(['第一中学', '高级中学', '实验中学高中部'])}`;
    case 'vocational':
      return `${place}${rng.pick(['职业技术学校', '技工学校', '中等专业学校'])}`;
    case 'university':
      return rng.pick(UNIVERSITIES);
  }
}
