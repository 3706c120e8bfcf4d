import type { Rng } from './prng';

/** A county-level division of GB/T 2260 (区 / 县 / 县级市), its city and province. */
export interface County {
  code: string;
  name: string;
  city: string;
  province: string;
}

export interface City {
  code: string;
  name: string;
  counties: County[];
}

function city(code: string, name: string, counties: string, province = '广东省'): City {
  return {
    code,
    name,
    counties: counties.split(' ').map((entry) => {
      const [c, n] = entry.split(':') as [string, string];
      return { code: c, name: n, city: name, province };
    }),
  };
}

/** Guangdong: the cities and their county-level divisions (real GB/T 2260 codes). */
export const GUANGDONG_CITIES: readonly City[] = [
  city('440100', '广州市', '440103:荔湾区 440104:越秀区 440105:海珠区 440106:天河区 440111:白云区 440112:黄埔区 440113:番禺区 440114:花都区 440115:南沙区 440117:从化区 440118:增城区'),
  city('440200', '韶关市', '440203:武江区 440204:浈江区 440205:曲江区 440222:始兴县 440224:仁化县 440229:翁源县 440232:乳源瑶族自治县 440233:新丰县 440281:乐昌市 440282:南雄市'),
  city('440300', '深圳市', '440303:罗湖区 440304:福田区 440305:南山区 440306:宝安区 440307:龙岗区 440308:盐田区 440309:龙华区 440310:坪山区 440311:光明区'),
  city('440400', '珠海市', '440402:香洲区 440403:斗门区 440404:金湾区'),
  city('440500', '汕头市', '440507:龙湖区 440511:金平区 440512:濠江区 440513:潮阳区 440514:潮南区 440515:澄海区 440523:南澳县'),
  city('440600', '佛山市', '440604:禅城区 440605:南海区 440606:顺德区 440607:三水区 440608:高明区'),
  city('440700', '江门市', '440703:蓬江区 440704:江海区 440705:新会区 440781:台山市 440783:开平市 440784:鹤山市 440785:恩平市'),
  city('440800', '湛江市', '440802:赤坎区 440803:霞山区 440804:坡头区 440811:麻章区 440823:遂溪县 440825:徐闻县 440881:廉江市 440882:雷州市 440883:吴川市'),
  city('440900', '茂名市', '440902:茂南区 440904:电白区 440981:高州市 440982:化州市 440983:信宜市'),
  city('441200', '肇庆市', '441202:端州区 441203:鼎湖区 441204:高要区 441223:广宁县 441224:怀集县 441225:封开县 441226:德庆县 441284:四会市'),
  city('441300', '惠州市', '441302:惠城区 441303:惠阳区 441322:博罗县 441323:惠东县 441324:龙门县'),
  city('441400', '梅州市', '441402:梅江区 441403:梅县区 441422:大埔县 441423:丰顺县 441424:五华县 441426:平远县 441427:蕉岭县 441481:兴宁市'),
];

const OTHER_CITIES: readonly City[] = [
  city('110100', '北京市', '110101:东城区 110102:西城区 110105:朝阳区 110106:丰台区 110108:海淀区', '北京市'),
];

/** Home counties of migrant workers (农民工) in Guangdong, weighted by how many come from each province. */
const MIGRANT_HOMES_BY_PROVINCE: readonly (readonly [string, number, string])[] = [
  ['湖南省', 24, '430421:衡阳县 430422:衡南县 430481:耒阳市 430523:邵阳县 431021:桂阳县 431022:宜章县 430621:岳阳县 431321:双峰县 433101:吉首市'],
  ['广西壮族自治区', 18, '450921:容县 450881:桂平市 450821:平南县 450923:博白县 450722:浦北县 451022:田东县'],
  ['江西省', 10, '360121:南昌县 360730:宁都县 360731:于都县 360732:兴国县 360733:会昌县'],
  ['四川省', 10, '511321:南部县 511322:营山县 511623:邻水县 511602:广安区 511923:平昌县 511902:巴州区'],
  ['河南省', 8, '411421:民权县 411722:上蔡县 411627:太康县 411523:新县 411324:镇平县'],
  ['湖北省', 8, '421127:黄梅县 421124:英山县 420281:大冶市 421182:武穴市'],
  ['贵州省', 6, '520102:南明区 520103:云岩区 522632:榕江县 522623:施秉县'],
  ['重庆市', 5, '500101:万州区 500233:忠县 500229:城口县 500230:丰都县'],
  ['广东省', 11, '441424:五华县 445281:普宁市 440825:徐闻县 440983:信宜市 441781:阳春市 445122:饶平县'],
];

export const MIGRANT_HOMES: readonly (readonly [County, number])[] = MIGRANT_HOMES_BY_PROVINCE.flatMap(([province, weight, list]) => {
  const counties = list.split(' ').map((entry) => {
    const [code, name] = entry.split(':') as [string, string];
    return { code, name, city: '', province };
  });
  return counties.map((c) => [c, weight / counties.length] as const);
});

const ALL_CITIES = [...GUANGDONG_CITIES, ...OTHER_CITIES];
const COUNTY_BY_CODE = new Map<string, County>([
  ...ALL_CITIES.flatMap((c) => c.counties.map((k) => [k.code, k] as const)),
  ...MIGRANT_HOMES.map(([k]) => [k.code, k] as const),
]);

export function countyOf(code: string): County | undefined {
  return COUNTY_BY_CODE.get(code);
}

export function cityOf(code: string): City | undefined {
  return ALL_CITIES.find((c) => c.code.slice(0, 4) === code.slice(0, 4));
}

/**
 * Where locally registered people of an org's region were born: mostly its own county, else
 * elsewhere in its city, else elsewhere in its province (people move within Guangdong).
 */
export function localBirthplace(rng: Rng, orgDivision: string): County {
  const home = cityOf(orgDivision);
  const own = countyOf(orgDivision);
  if (!home) return own ?? { code: orgDivision, name: '', city: '', province: '' };
  const roll = rng.next();
  if (own && roll < 0.6) return own;
  if (roll < 0.88) return rng.pick(home.counties);
  const sameProvince = ALL_CITIES.filter((c) => c.code.slice(0, 2) === home.code.slice(0, 2));
  return rng.pick(rng.pick(sameProvince).counties);
}

export function migrantHome(rng: Rng): County {
  return rng.weighted(MIGRANT_HOMES);
}

/** 汉族 mostly; minorities where they live (壮族 in Guangxi, 苗族 and 土家族 in western Hunan …). */
export function ethnicityFor(rng: Rng, birthplace: string): string {
  const province = birthplace.slice(0, 2);
  const roll = rng.next();
  if (province === '45') return roll < 0.3 ? '壮族' : roll < 0.33 ? '瑶族' : '汉族';
  if (birthplace === '433101') return roll < 0.3 ? '土家族' : roll < 0.55 ? '苗族' : '汉族';
  if (province === '52') return roll < 0.15 ? '苗族' : roll < 0.23 ? '布依族' : roll < 0.31 ? '侗族' : '汉族';
  if (province === '43' || province === '50') return roll < 0.04 ? '土家族' : '汉族';
  if (birthplace === '440232') return roll < 0.2 ? '瑶族' : '汉族';
  return roll < 0.006 ? '回族' : roll < 0.01 ? '满族' : '汉族';
}

/** Full place name for addresses: 深圳市南山区. */
export function placeName(code: string): string {
  const county = countyOf(code);
  if (county) return `${county.city}${county.name}`;
  return cityOf(code)?.name ?? '';
}
