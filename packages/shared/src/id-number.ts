/**
 * Resident identity numbers per GB 11643-1999: 6-digit division code, YYYYMMDD birth date,
 * 3-digit sequence (odd = male), check character. 15-digit numbers are converted to 18.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';
/** GB/T 2260 province-level codes. */
const PROVINCE_CODES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(' '),
);

export type IdRule = 'format' | 'division' | 'birth_date' | 'future_birth_date' | 'checksum' | 'gender_mismatch' | 'birth_date_mismatch';

export type IdCheck =
  | { ok: true; normalized: string; birthDate: string; gender: 'male' | 'female'; divisionCode: string; converted: boolean }
  | { ok: false; rule: IdRule; message: string };

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

function realDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Validates a mainland resident ID number; `today` (YYYY-MM-DD) bounds the birth date. */
export function checkIdNumber(raw: string, today: string = new Date().toISOString().slice(0, 10)): IdCheck {
  let value = raw.trim().toUpperCase();
  let converted = false;
  if (/^\d{15}$/.test(value)) {
    const first17 = `${value.slice(0, 6)}19${value.slice(6)}`;
    value = first17 + checkCharacter(first17);
    converted = true;
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return { ok: false, rule: 'format', message: 'must be 18 characters (17 digits and a digit or X), or an old 15-digit number' };
  }
  if (!PROVINCE_CODES.has(value.slice(0, 2))) {
    return { ok: false, rule: 'division', message: `the first two digits (${value.slice(0, 2)}) are not a province code` };
  }
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  if (y < 1850 || !realDate(y, m, d)) {
    return { ok: false, rule: 'birth_date', message: `digits 7–14 (${value.slice(6, 14)}) are not a real date` };
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (birthDate > today) return { ok: false, rule: 'future_birth_date', message: `the birth date ${birthDate} is in the future` };
  if (checkCharacter(value.slice(0, 17)) !== value[17]) {
    return { ok: false, rule: 'checksum', message: 'the check character (last) does not match the other 17 digits' };
  }
  return {
    ok: true,
    normalized: value,
    birthDate,
    gender: Number(value[16]) % 2 === 1 ? 'male' : 'female',
    divisionCode: value.slice(0, 6),
    converted,
  };
}

/** Also checks that the gender and birth date given elsewhere agree with the number. */
export function checkIdAgainst(raw: string, person: { gender?: 'male' | 'female'; birthDate?: string }, today?: string): IdCheck {
  const result = checkIdNumber(raw, today);
  if (!result.ok) return result;
  if (person.gender && person.gender !== result.gender) {
    return { ok: false, rule: 'gender_mismatch', message: `the number belongs to a ${result.gender === 'male' ? 'man' : 'woman'} (17th digit)` };
  }
  if (person.birthDate && person.birthDate !== result.birthDate) {
    return { ok: false, rule: 'birth_date_mismatch', message: `the number says born ${result.birthDate}` };
  }
  return result;
}
