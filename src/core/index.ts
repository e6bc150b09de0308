// The engine as a library: `require("ledger-bpjs")` from Node gets exactly this.
export { checkNik, type CheckNikOptions, type NikReport } from "./reports/nik-report";
export { auditLedger, LedgerError, type AuditLedgerOptions, type AuditReport } from "./ledger/audit";
export type { LedgerInput } from "./ledger/ledger";
export { inspectNik, isValidNik, formatNik, compactNik, type NikOptions, type NikResult } from "./ids/nik";
export { inspectNpp, isValidNpp } from "./ids/npp";
export { inspectKpj, isValidKpj } from "./ids/kpj";
export { inspectJkn, isValidJkn } from "./ids/jkn";
export { inspectKk, isValidKk } from "./ids/kk";
export { inspectNpwp, isValidNpwp, formatNpwp } from "./ids/npwp";
export { maskNik, maskNiksIn } from "./ids/mask";
export type { IdResult } from "./ids/id-result";
export { parseDate, isoOf, ageOn, dayOf, dayOfExcelSerial, excelSerialOf, type Day } from "./dates";
export { normaliseName, type NormalisedName } from "./names";
export { parseGender, type Gender } from "./gender";
export { pensionAge } from "./pension";
export { regionOf, type Region } from "./regions/regions";
export { CODES, message, type Code, type Finding, type Lang, type Severity } from "./messages";
