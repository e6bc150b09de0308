// Province, regency and district codes of Kemendagri, as the first six digits of a NIK or KK carry them.
//
// The 38 province codes are fixed by law and listed here; the 7,285 current district codes come from
// the npm package idn-area-data (ODbL 1.0) and the 594 retired Papua codes from data/ (cahyadsn/wilayah,
// MIT), packed at build time by scripts/build-regions.js. Papua was split in 2022 (UU 14, 15, 16/2022
// and UU 29/2022) into Papua, Papua Selatan (93), Papua Tengah (94), Papua Pegunungan (95) and Papua
// Barat Daya (96); NIKs issued before the split keep their 91xx/92xx codes, so those stay valid.
import { DISTRICTS, LEGACY_DISTRICTS, LEGACY_REGENCIES, PROVINCES, REGENCIES } from "./generated/regions";

/** The province codes of SPEC §3: 11–19, 21, 31–36, 51–53, 61–65, 71–76, 81–82, 91–96. */
export const PROVINCE_CODES: readonly number[] = [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65,
  71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
];

const PROVINCE_SET = new Uint8Array(100);
for (const code of PROVINCE_CODES) PROVINCE_SET[code] = 1;

export function isProvinceCode(code: number): boolean {
  return code >= 0 && code < 100 && PROVINCE_SET[code] === 1;
}

export enum DistrictStatus {
  Unknown = 0,
  Current = 1,
  Legacy = 2,
}

export interface Region {
  readonly province: string | null;
  readonly regency: string | null;
  readonly district: string | null;
  /** True when the district code is one retired in the 2022 Papua split. */
  readonly legacy: boolean;
}

interface Tables {
  /** District status by six-digit code: one byte each, so a lookup is one array read. */
  readonly status: Uint8Array;
  /** 1 + the index of each known district among them all, 0 for unknown codes: where its record is kept. */
  readonly slot: Uint16Array;
  readonly provinces: Map<number, string>;
  readonly regencies: Map<number, string>;
  readonly districts: Map<number, string>;
}

let tables: Tables | null = null;

function unpackFlat(packed: string, codeWidth: number, into: Map<number, string>): void {
  for (const entry of packed.split("|")) into.set(Number(entry.slice(0, codeWidth)), entry.slice(codeWidth));
}

function unpackDistricts(packed: string, status: Uint8Array, slot: Uint16Array, mark: DistrictStatus, into: Map<number, string>): void {
  for (const line of packed.split("\n")) {
    const regency = Number(line.slice(0, 4)) * 100;
    for (const entry of line.slice(4).split("|")) {
      const code = regency + Number(entry.slice(0, 2));
      if (status[code] === DistrictStatus.Unknown) {
        status[code] = mark;
        into.set(code, entry.slice(2));
        slot[code] = into.size;
      }
    }
  }
}

// Built on first use (a few milliseconds), so loading the add-in costs nothing until a NIK is checked.
function loadTables(): Tables {
  if (tables) return tables;
  const status = new Uint8Array(1_000_000);
  const slot = new Uint16Array(1_000_000);
  const provinces = new Map<number, string>();
  const regencies = new Map<number, string>();
  const districts = new Map<number, string>();
  unpackFlat(PROVINCES, 2, provinces);
  unpackFlat(REGENCIES, 4, regencies);
  unpackFlat(LEGACY_REGENCIES, 4, regencies);
  unpackDistricts(DISTRICTS, status, slot, DistrictStatus.Current, districts);
  unpackDistricts(LEGACY_DISTRICTS, status, slot, DistrictStatus.Legacy, districts);
  tables = { status, slot, provinces, regencies, districts };
  return tables;
}

/** Whether a six-digit district code (e.g. 317101) is current, a legacy Papua code, or unknown. */
export function districtStatus(code: number): DistrictStatus {
  return code >= 0 && code < 1_000_000 ? (tables ?? loadTables()).status[code] : DistrictStatus.Unknown;
}

/** Region records made so far: by district slot for known districts, by regency code for the rest. */
const districtRecords: (Region | undefined)[] = [];
const regencyRecords: (Region | undefined)[] = [];

/**
 * Names for a six-digit district code; each level is null when that level's code is unknown. One
 * frozen record per known district, and one per regency for the codes no table knows (a mistyped
 * NIK can make any of 380,000 of them), shared by every caller: a lookup is two array reads.
 */
export function regionOf(districtCode: number): Region {
  if (!(Number.isInteger(districtCode) && districtCode >= 0 && districtCode < 1_000_000)) return makeRegion(districtCode, false);
  const t = tables ?? loadTables();
  const slot = t.slot[districtCode];
  const records = slot !== 0 ? districtRecords : regencyRecords;
  const key = slot !== 0 ? slot : Math.floor(districtCode / 100);
  return (records[key] ??= makeRegion(districtCode, slot !== 0));
}

function makeRegion(districtCode: number, known: boolean): Region {
  const t = loadTables();
  const provinceCode = Math.floor(districtCode / 10000);
  return Object.freeze({
    province: isProvinceCode(provinceCode) ? (t.provinces.get(provinceCode) ?? null) : null,
    regency: t.regencies.get(Math.floor(districtCode / 100)) ?? null,
    district: known ? (t.districts.get(districtCode) ?? null) : null,
    legacy: districtStatus(districtCode) === DistrictStatus.Legacy,
  });
}

/** Every current six-digit district code, ascending (for generating realistic test data). */
export function currentDistrictCodes(): number[] {
  const { status } = loadTables();
  const codes: number[] = [];
  for (let code = 0; code < status.length; code++) if (status[code] === DistrictStatus.Current) codes.push(code);
  return codes;
}
