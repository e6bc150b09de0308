import { pensionAge } from "../../src/core/pension";

describe("Jaminan Pensiun retirement age", () => {
  it.each([
    [2015, 56], [2018, 56], [2019, 57], [2021, 57], [2022, 58], [2024, 58], [2025, 59], [2027, 59],
    [2028, 60], [2040, 64], [2042, 64], [2043, 65], [2060, 65],
  ])("in %i is %i", (year, age) => {
    expect(pensionAge(year)).toBe(age);
  });
});
