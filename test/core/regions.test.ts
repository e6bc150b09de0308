import { currentDistrictCodes, districtStatus, DistrictStatus, isProvinceCode, PROVINCE_CODES, regionOf } from "../../src/core/regions/regions";
import { COUNTS, PROVINCES } from "../../src/core/regions/generated/regions";

describe("region tables", () => {
  it("the 38 province codes of the law are exactly the provinces in idn-area-data", () => {
    const fromData = PROVINCES.split("|").map((e) => Number(e.slice(0, 2)));
    expect(PROVINCE_CODES).toHaveLength(38);
    expect([...fromData].sort()).toEqual([...PROVINCE_CODES].sort());
    expect(isProvinceCode(20)).toBe(false);
    expect(isProvinceCode(99)).toBe(false);
  });
  it("holds every current district and the legacy Papua ones", () => {
    expect(COUNTS.districts).toBe(7285);
    expect(COUNTS.legacyDistricts).toBe(594);
    expect(currentDistrictCodes()).toHaveLength(7285);
    expect(districtStatus(317101)).toBe(DistrictStatus.Current);
    expect(districtStatus(910901)).toBe(DistrictStatus.Legacy);
    expect(districtStatus(319999)).toBe(DistrictStatus.Unknown);
  });
  it("names a district's province, regency and district", () => {
    expect(regionOf(317101)).toEqual({ province: "DKI Jakarta", regency: "Kota Administrasi Jakarta Pusat", district: "Gambir", legacy: false });
    expect(regionOf(910901)).toEqual({ province: "Papua", regency: "Kabupaten Mimika", district: "Mimika Baru", legacy: true });
    expect(regionOf(352922).district).toBe('Ra"as'); // a quoted name in the source CSV
    expect(regionOf(999999)).toEqual({ province: null, regency: null, district: null, legacy: false });
  });
});
