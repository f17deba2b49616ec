// ISO 8601 durations (`PT4H`, `P1DT2H30M`, `P2W`) as milliseconds: the input form of targets and
// times in the kit's attributes and data. Pure, no DOM.

// Lengths of the designators in ms: a day is 24 h, a month 1/12 of a mean Gregorian year, a year
// 365.2425 days (calendar-free, like the output of the formatter's `duration`).
const DATE = { Y: 31556952e3, M: 2629746e3, W: 6048e5, D: 864e5 } as const;
const TIME = { H: 36e5, M: 6e4, S: 1e3 } as const;

/**
 * An ISO 8601 duration → ms, or NaN when it is not one: `P[nY][nM][nW][nD][T[nH][nM][nS]]`, each
 * number a decimal (`PT1.5H`, `PT0,5H`), at least one part, no sign. `PT4H` → 14 400 000.
 */
export function isoDuration(text: string): number {
  const m = /^P(?!$)((?:[\d.,]+[YMWD])*)(?:T(?=[\d.,])((?:[\d.,]+[HMS])*))?$/i.exec(text.trim());
  if (!m) return NaN;
  let ms = 0;
  for (const [part, table] of [
    [m[1], DATE],
    [m[2], TIME],
  ] as const) {
    let last = -1;
    for (const [, n, unit] of (part ?? '').toUpperCase().matchAll(/([\d.,]+)(.)/g)) {
      const order = Object.keys(table).indexOf(unit!);
      const v = Number(n!.replace(',', '.'));
      // Units in their order, each once; a number like "1.2.3" is NaN.
      if (order <= last || !(v >= 0)) return NaN;
      last = order;
      ms += v * table[unit as keyof typeof table];
    }
  }
  return ms;
}
