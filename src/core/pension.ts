// Jaminan Pensiun retirement age (PP 45/2015 art. 15): 56 from the start of the programme, 57 from
// 1 January 2019, then one year more every three years until it reaches 65 (in 2043).

export const FIRST_PENSION_AGE = 56;
export const LAST_PENSION_AGE = 65;

/** The Jaminan Pensiun retirement age in force in `year`. */
export function pensionAge(year: number): number {
  if (year < 2019) return FIRST_PENSION_AGE;
  return Math.min(LAST_PENSION_AGE, 57 + Math.floor((year - 2019) / 3));
}
