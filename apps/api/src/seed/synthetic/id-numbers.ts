import { checkCharacter } from '@bangfu/shared/id-number';
import type { Rng } from './prng';

/**
 * Remembers every number handed out so no two synthetic people share one (the one-open-file rule
 * would refuse them). A Set of the first 17 characters; about 60 bytes a person.
 */
export class IdRegistry {
  private readonly used = new Set<string>();

  claim(first17: string): boolean {
    if (this.used.has(first17)) return false;
    this.used.add(first17);
    return true;
  }

  get size(): number {
    return this.used.size;
  }
}

/**
 * A GB 11643 resident ID number: division code, birth date, a sequence whose last digit is odd for
 * men and even for women, and the check character. Retries the sequence until the number is new.
 */
export function makeIdNumber(rng: Rng, registry: IdRegistry, division: string, birthDate: string, gender: 'male' | 'female'): string {
  const base = `${division}${birthDate.replace(/-/g, '')}`;
  for (let attempt = 0; attempt < 400; attempt++) {
    // Digits 15–16 name the registering police station, 17 the order (odd for men).
    const seq = rng.int(0, 499) * 2 + (gender === 'male' ? 1 : 0);
    const first17 = base + String(seq).padStart(3, '0');
    if (registry.claim(first17)) return first17 + checkCharacter(first17);
  }
  throw new Error(`no free ID sequence left for ${base} (${gender})`);
}
