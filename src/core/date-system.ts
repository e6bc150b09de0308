// Which date system a workbook counts in, told by one date cell: its serial and the text Excel shows for
// it. The 1904 system (old Mac workbooks, and LibreOffice's date1904 files) counts from 1 January 1904,
// so the same serial is a date 1,462 days — four years and a day — later than in the 1900 system
// ("Date systems in Excel", support.microsoft.com). The shown year tells the two apart. Used where the
// workbook's flag cannot be read (the add-in: Office.js's client has no Workbook.use1904DateSystem).
import { dayOfExcelSerial, ymdOf } from "./dates";

export type DateSystem = "1900" | "1904";

/** The same day's serial is this much smaller in the 1904 system than in the 1900 system. */
export const DAYS_1900_TO_1904 = 1462;

/** The date system under which `serial` displays as `text`, or null when the text does not tell. */
export function dateSystemOfShownDate(serial: number, text: string): DateSystem | null {
  const in1900 = dayOfExcelSerial(serial, false);
  const in1904 = dayOfExcelSerial(serial, true);
  if (in1900 === null || in1904 === null) return null;
  const y1900 = ymdOf(in1900).year;
  const y1904 = ymdOf(in1904).year;
  const groups: string[] = text.match(/\d+/g) ?? [];
  const has = (year: number) => groups.includes(String(year)) || groups.includes(String(year % 100).padStart(2, "0"));
  const says1900 = has(y1900);
  const says1904 = has(y1904);
  if (says1900 === says1904) return null;
  return says1904 ? "1904" : "1900";
}
