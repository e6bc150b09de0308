// Reporting deadlines for a worker who left.
//
// BPJS Ketenagakerjaan: the employer reports a worker's exit within 7 working days (PP 44/2015 art. 9
// on JKK and JKM); a late report keeps the worker registered and blocks their JHT claim. Working days
// here are Monday to Friday: national holidays differ by year and are not counted, so the deadline
// shown can be a day or two early, never late.
// BPJS Kesehatan: changes of workers are reported by the 20th of the month; a worker who left is due by
// the first 20th on or after the day they left.
import { dayOf, ymdOf, type Day } from "./dates";

export const TK_REPORT_WORKING_DAYS = 7;

/** 0 = Sunday … 6 = Saturday. Day 0 (1970-01-01) was a Thursday. */
export function weekday(d: Day): number {
  return (((d + 4) % 7) + 7) % 7;
}

export function addWorkingDays(start: Day, count: number): Day {
  let d = start;
  for (let left = count; left > 0; ) {
    d += 1;
    const w = weekday(d);
    if (w !== 0 && w !== 6) left--;
  }
  return d;
}

/** Last day to report an exit to BPJS Ketenagakerjaan. */
export function ketenagakerjaanDeadline(endDate: Day): Day {
  return addWorkingDays(endDate, TK_REPORT_WORKING_DAYS);
}

/** Last day to report an exit to BPJS Kesehatan. */
export function kesehatanDeadline(endDate: Day): Day {
  const { year, month, day } = ymdOf(endDate);
  if (day <= 20) return dayOf(year, month, 20) as Day;
  return month === 12 ? (dayOf(year + 1, 1, 20) as Day) : (dayOf(year, month + 1, 20) as Day);
}
