// The `nik` JSON of SPEC §6: what `ledger-bpjs nik --json` prints and what the library's `checkNik`
// returns, one object per input.
import { isoOf, refDayOf, type Day } from "../dates";
import type { Gender } from "../gender";
import { inspectNik, nikRegion } from "../ids/nik";
import type { Code } from "../messages";

export interface NikReport {
  readonly input: unknown;
  readonly valid: boolean;
  readonly errors: Code[];
  readonly warnings: Code[];
  readonly province: string | null;
  readonly regency: string | null;
  readonly district: string | null;
  readonly birthDate: string | null;
  readonly gender: Gender | null;
}

export interface CheckNikOptions {
  /** Reference date (YYYY-MM-DD, a Date, or a day number) for the century and the age; default today. */
  readonly refDate?: string | Date | Day;
}

export { refDayOf };

export function checkNik(value: unknown, options: CheckNikOptions = {}): NikReport {
  const result = inspectNik(value, { refDate: refDayOf(options.refDate) });
  const region = nikRegion(result);
  return {
    input: value,
    valid: result.valid,
    errors: result.findings.filter((f) => f.severity === "error").map((f) => f.code),
    warnings: result.findings.filter((f) => f.severity === "warning").map((f) => f.code),
    province: region?.province ?? null,
    regency: region?.regency ?? null,
    district: region?.district ?? null,
    birthDate: result.birthDate === null ? null : isoOf(result.birthDate),
    gender: result.gender,
  };
}
