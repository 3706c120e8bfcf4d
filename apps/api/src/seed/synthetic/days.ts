import type { Rng } from './prng';

const DAY_MS = 86_400_000;

export function dayToMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function msToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return msToDay(dayToMs(day) + days * DAY_MS);
}

/** A birth date that makes someone between minAge and maxAge (whole years) old on `today`. */
export function birthDateForAge(rng: Rng, today: string, minAge: number, maxAge: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const age = rng.int(minAge, maxAge);
  // Born in the year [today − age − 1 + 1 day, today − age].
  const latest = Date.UTC(y - age, m - 1, d);
  const earliest = Date.UTC(y - age - 1, m - 1, d) + DAY_MS;
  return msToDay(earliest + Math.floor(rng.next() * ((latest - earliest) / DAY_MS + 1)) * DAY_MS);
}

/** A day uniformly between `from` and `to`, both included. */
export function dayBetween(rng: Rng, from: string, to: string): string {
  const a = dayToMs(from);
  const b = dayToMs(to);
  if (b <= a) return from;
  return msToDay(a + Math.floor(rng.next() * ((b - a) / DAY_MS + 1)) * DAY_MS);
}
