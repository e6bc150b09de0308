import { dateSystemOfShownDate } from "../../src/core/date-system";

describe("the date system a shown date implies", () => {
  // Serial 33675 is 12 March 1992 in the 1900 system and 13 March 1996 in the 1904 system.
  it("reads 1900 when the cell shows the 1900 date", () => {
    expect(dateSystemOfShownDate(33675, "12-03-1992")).toBe("1900");
    expect(dateSystemOfShownDate(33675, "3/12/92")).toBe("1900");
  });
  it("reads 1904 when the cell shows the date four years and a day later", () => {
    expect(dateSystemOfShownDate(33675, "13-03-1996")).toBe("1904");
    expect(dateSystemOfShownDate(33675, "13 Maret 96")).toBe("1904");
  });
  it("says nothing when the text shows no year", () => {
    expect(dateSystemOfShownDate(33675, "Maret")).toBeNull();
    expect(dateSystemOfShownDate(-5, "1992")).toBeNull();
  });
});
