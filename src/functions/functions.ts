// The `=BPJS.*` worksheet functions. Each takes one cell or a whole range and spills a result of the
// same shape, so one formula checks a column of 100,000 rows. They are synchronous, non-volatile and
// call no network; every rule they apply lives in src/core.
//
// The JSDoc blocks below are the source of functions.json (custom-functions-metadata-plugin), which
// also appends the CustomFunctions.associate calls: do not write them here. The plugin refuses type
// aliases, so the exported signatures spell out `any[][]`.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { ageOn, dayOfExcelSerial, excelSerialOf, isoOf, parseDate, today, yearOf, type Day } from "../core/dates";
import { parseGender } from "../core/gender";
import { inspectNik, isValidNik, nikRegion, type NikResult } from "../core/ids/nik";
import { isValidJkn } from "../core/ids/jkn";
import { isValidKk } from "../core/ids/kk";
import { isValidKpj } from "../core/ids/kpj";
import { isValidNpp } from "../core/ids/npp";
import { isValidNpwp } from "../core/ids/npwp";
import { LABELS, message } from "../core/messages";
import { normaliseName } from "../core/names";
import { pensionAge } from "../core/pension";
import { preferredLang } from "../excel/language";
import { alongside, isEmptyCell, mapCells, valueError, type Matrix } from "./cells";

function validity(input: unknown, isValid: (value: unknown) => boolean): Matrix {
  return mapCells(input, (value) => (isEmptyCell(value) ? "" : isValid(value)));
}

/** A reference date argument: a date cell (serial), date text, or empty for today. */
function refDateArg(value: unknown): Day {
  if (Array.isArray(value)) value = value[0]?.[0];
  if (isEmptyCell(value)) return today();
  const day = parseDate(value);
  if (day === null) throw valueError("ref_date: not a date / bukan tanggal");
  return day;
}

/** Applies `fn` to each NIK's inspection, or gives the first error's message as a #VALUE! error. */
function perNik(input: unknown, refDate: Day, fn: (result: NikResult & { birthDate: Day }) => unknown): Matrix {
  const lang = preferredLang();
  return mapCells(input, (value) => {
    if (isEmptyCell(value)) return "";
    const result = inspectNik(value, { refDate });
    if (!result.valid || result.birthDate === null) {
      const problem = result.findings.find((f) => f.severity === "error");
      return valueError(problem ? message(problem, lang) : "NIK");
    }
    return fn(result as NikResult & { birthDate: Day });
  });
}

/**
 * TRUE when the NIK is valid (16 digits as text, real province, birth date and serial); FALSE otherwise,
 * also for a NIK stored as a number. Works on a whole column and spills.
 * @customfunction VALIDNIK
 * @param {any[][]} nik NIK cell or range (text).
 * @returns {any[][]} TRUE or FALSE for each cell; empty for an empty cell.
 */
export function validNik(nik: any[][]): any[][] {
  const refYear = yearOf(today());
  return validity(nik, (value) => isValidNik(value, refYear));
}

/**
 * Checks a NIK against the ledger's birth date and gender and returns the first problem in words, or OK.
 * Volatile: an age "under 15 or over 75" is judged on today's date, so Excel recalculates it each day.
 * @customfunction CEKNIK
 * @volatile
 * @param {any[][]} nik NIK cell or range (text).
 * @param {any[][]} [birth_date] Birth date (cell or range of the same size), compared with the NIK.
 * @param {any[][]} [gender] Gender L/P (cell or range of the same size), compared with the NIK.
 * @returns {any[][]} "OK" or the first problem's message for each cell.
 */
export function cekNik(nik: any[][], birth_date?: any[][], gender?: any[][]): any[][] {
  const refDate = today();
  const lang = preferredLang();
  const birthAt = alongside(nik, birth_date, "birth_date");
  const genderAt = alongside(nik, gender, "gender");
  return mapCells(nik, (value, row, col) => {
    if (isEmptyCell(value)) return "";
    const birthCell = birthAt(row, col);
    const result = inspectNik(value, {
      refDate,
      birthDate: isEmptyCell(birthCell) ? null : parseDate(birthCell),
      gender: parseGender(genderAt(row, col)),
    });
    const first = result.findings[0];
    return first ? message(first, lang) : LABELS.ok[lang];
  });
}

/**
 * What a NIK says: province, regency, district, birth date (YYYY-MM-DD), gender (L/P) and age, spilled
 * as six columns for each NIK.
 * Volatile: the age column is today's.
 * @customfunction NIKINFO
 * @volatile
 * @param {any[][]} nik NIK cell or a single-column range (text).
 * @returns {any[][]} One row of six values for each NIK.
 */
export function nikInfo(nik: any[][]): any[][] {
  const refDate = today();
  const perCell = perNik(nik, refDate, (result) => {
    const region = nikRegion(result);
    return [region?.province ?? "", region?.regency ?? "", region?.district ?? "", isoOf(result.birthDate), result.gender ?? "", ageOn(result.birthDate, refDate)];
  });
  // One output row per input cell, six columns each; an error or empty cell fills its whole row.
  const rows: Matrix = [];
  for (const row of perCell) {
    for (const cell of row) rows.push(Array.isArray(cell) ? cell : new Array(6).fill(cell));
  }
  return rows;
}

/**
 * The birth date in a NIK, as a date serial (format the cell as a date).
 * @customfunction NIKLAHIR
 * @param {any[][]} nik NIK cell or range (text).
 * @returns {any[][]} Birth date serial numbers.
 */
export function nikLahir(nik: any[][]): any[][] {
  return perNik(nik, today(), (result) => excelSerialOf(result.birthDate));
}

/**
 * The gender in a NIK: L (laki-laki) or P (perempuan, day of birth plus 40).
 * @customfunction NIKKELAMIN
 * @param {any[][]} nik NIK cell or range (text).
 * @returns {any[][]} "L" or "P" for each NIK.
 */
export function nikKelamin(nik: any[][]): any[][] {
  return perNik(nik, today(), (result) => result.gender);
}

/**
 * Age in whole years from the birth date in a NIK.
 * Volatile, since the age is on today's date when no date is given (with a date, it is that day's).
 * @customfunction NIKUSIA
 * @volatile
 * @param {any[][]} nik NIK cell or range (text).
 * @param {any} [ref_date] Date to compute the age on; default today.
 * @returns {any[][]} Age in years for each NIK.
 */
export function nikUsia(nik: any[][], ref_date?: any): any[][] {
  const refDate = refDateArg(ref_date);
  return perNik(nik, refDate, (result) => ageOn(result.birthDate, refDate));
}

/**
 * TRUE when the NPP (company registration number at BPJS Ketenagakerjaan) is 8 digits.
 * @customfunction VALIDNPP
 * @param {any[][]} npp NPP cell or range.
 * @returns {any[][]} TRUE or FALSE for each cell.
 */
export function validNpp(npp: any[][]): any[][] {
  return validity(npp, isValidNpp);
}

/**
 * TRUE when the KPJ number (BPJS Ketenagakerjaan participant number) is 11 digits.
 * @customfunction VALIDKPJ
 * @param {any[][]} kpj KPJ cell or range.
 * @returns {any[][]} TRUE or FALSE for each cell.
 */
export function validKpj(kpj: any[][]): any[][] {
  return validity(kpj, isValidKpj);
}

/**
 * TRUE when the JKN/KIS card number (BPJS Kesehatan) is 13 digits.
 * @customfunction VALIDJKN
 * @param {any[][]} jkn JKN/KIS card number cell or range.
 * @returns {any[][]} TRUE or FALSE for each cell.
 */
export function validJkn(jkn: any[][]): any[][] {
  return validity(jkn, isValidJkn);
}

/**
 * TRUE when the KK (family card) number is 16 digits with a real region code and registration date.
 * @customfunction VALIDKK
 * @param {any[][]} kk KK number cell or range (text).
 * @returns {any[][]} TRUE or FALSE for each cell.
 */
export function validKk(kk: any[][]): any[][] {
  return validity(kk, isValidKk);
}

/**
 * TRUE when the NPWP is valid: 15 digits with a correct check digit, or 16 digits (a NIK, or 0 and the
 * 15-digit form).
 * @customfunction VALIDNPWP
 * @param {any[][]} npwp NPWP cell or range.
 * @returns {any[][]} TRUE or FALSE for each cell.
 */
export function validNpwp(npwp: any[][]): any[][] {
  return validity(npwp, isValidNpwp);
}

/**
 * A name as the duplicate finder compares it: titles dropped, Muhammad variants and old spellings
 * folded, words sorted. Two names with the same result are the same name.
 * @customfunction NORMNAMA
 * @param {any[][]} name Name cell or range.
 * @returns {any[][]} The normalised name for each cell.
 */
export function normNama(name: any[][]): any[][] {
  return mapCells(name, (value) => (isEmptyCell(value) ? "" : normaliseName(String(value)).key.toUpperCase()));
}

/**
 * The Jaminan Pensiun retirement age in force in a year (56 until 2018, 57 from 2019, one more every
 * three years, 65 from 2043).
 * @customfunction USIAPENSIUN
 * @param {any[][]} year Year, or a date (its year is used), cell or range.
 * @returns {any[][]} Retirement age for each year.
 */
export function usiaPensiun(year: any[][]): any[][] {
  return mapCells(year, (value) => {
    if (isEmptyCell(value)) return "";
    if (typeof value === "number" && Number.isInteger(value) && value >= 1900 && value <= 9999) return pensionAge(value);
    const day = typeof value === "number" ? dayOfExcelSerial(value) : parseDate(value);
    return day === null ? valueError("year: not a year or date / bukan tahun atau tanggal") : pensionAge(yearOf(day));
  });
}
