/** The years an account can have entries in, newest first: from the year it was opened to `now`'s year (at least that one). */
export function accountYears(openedOn: string, now: Date = new Date()): number[] {
  const last = now.getFullYear();
  const first = Math.min(last, Number(openedOn.slice(0, 4)) || last);
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return years;
}
