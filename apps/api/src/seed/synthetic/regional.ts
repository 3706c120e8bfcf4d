/**
 * Rough local money figures the generator draws incomes around (fen a month). They only shape the
 * synthetic data; classification always reads the standards and parameters stored in the database.
 */
export function minimumWageFen(division: string): number {
  const city = division.slice(0, 4);
  if (city === '4403') return 252_000; // 深圳
  if (city === '4401') return 250_000; // 广州
  if (city === '1101') return 254_000; // 北京
  if (['4404', '4406', '4419', '4420'].includes(city)) return 230_000; // 珠海 佛山 东莞 中山
  if (['4405', '4407', '4413'].includes(city)) return 210_000; // 汕头 江门 惠州
  if (division.startsWith('44')) return 190_000;
  return 200_000;
}

/** The local minimum-living standard (低保标准), per person a month. */
export function dibaoStandardFen(division: string): number {
  const city = division.slice(0, 4);
  if (city === '4403' || city === '1101') return 145_000;
  if (city === '4401') return 133_800;
  return 105_000;
}
