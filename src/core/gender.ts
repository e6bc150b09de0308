// Gender as the ledger's gender column and the NIK record it: L (laki-laki) or P (perempuan).

import { memoOfText } from "./memo";

export type Gender = "L" | "P";

const SPELLINGS: Readonly<Record<string, Gender>> = {
  l: "L", lk: "L", laki: "L", lakilaki: "L", pria: "L", m: "L", male: "L", man: "L",
  p: "P", pr: "P", perempuan: "P", wanita: "P", w: "P", f: "P", female: "P", woman: "P",
};

/** The gender in a cell ("L", "Laki-laki", "Pria", "P", "Perempuan", "Wanita", "M", "F" …), else null. */
export function parseGender(value: unknown): Gender | null {
  if (typeof value !== "string" || value.length > 20) return null;
  return genderOfText(value);
}

/** Gender columns repeat a few spellings; each is read once. */
const genderOfText = memoOfText((text): Gender | null => SPELLINGS[text.toLowerCase().replace(/[^a-z0-9]/g, "")] ?? null);
