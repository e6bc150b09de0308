// The test double must fail where Office.js fails, or the adapter's tests prove nothing.
import { DoubleError, PAYLOAD_LIMIT, WorkbookModel, type RequestContext } from "./excel-double";

const ctx = (c: RequestContext) => c as unknown as Excel.RequestContext;

describe("the Excel test double", () => {
  it("throws when a property is read before load and sync", async () => {
    const book = new WorkbookModel([{ name: "Data", values: [["a", 1]] }]);
    await book.run(async (c: RequestContext) => {
      const range = ctx(c).workbook.worksheets.getItem("Data").getRange("A1:B1");
      expect(() => range.values).toThrow(/not available/);
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await c.sync();
      expect(range.values).toEqual([["a", 1]]);
      expect(() => range.numberFormat).toThrow(/not available/);
    });
  });

  it("applies writes only at sync, and counts each sync with its bytes", async () => {
    const book = new WorkbookModel([{ name: "Data" }]);
    await book.run(async (c: RequestContext) => {
      const range = ctx(c).workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.values = [["x", 2]];
      expect(book.read("Data", "A1:B1")).toEqual([["", ""]]);
      await c.sync();
      expect(book.read("Data", "A1:B1")).toEqual([["x", 2]]);
    });
    expect(book.syncCount).toBe(1);
    expect(book.largestRequest).toBeGreaterThan(JSON.stringify([["x", 2]]).length);
  });

  it("types text into General cells as Excel does, and keeps it as text in cells formatted @", async () => {
    const book = new WorkbookModel([{ name: "Data" }]);
    await book.run(async (c: RequestContext) => {
      const sheet = ctx(c).workbook.worksheets.getItem("Data");
      sheet.getRange("A1:C1").values = [["=SUM(A1)", "3171015708450001", "+62 812"]];
      const text = sheet.getRange("A2:C2");
      text.numberFormat = [["@", "@", "@"]];
      text.values = [["=SUM(A1)", "3171015708450001", "+62 812"]];
      await c.sync();
    });
    const sheet = book.sheet("Data");
    expect(sheet.isFormula(0, 0)).toBe(true);
    expect(sheet.value(0, 1)).toBe(3171015708450000); // the 16th digit is gone
    expect(sheet.isFormula(0, 2)).toBe(true);
    expect(book.read("Data", "A2:C2")).toEqual([["=SUM(A1)", "3171015708450001", "+62 812"]]);
    expect(sheet.isFormula(1, 0)).toBe(false);
  });

  it("refuses a request over 5 MB and writes to a protected sheet", async () => {
    const book = new WorkbookModel([{ name: "Data" }, { name: "Locked", protected: true }]);
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    await expect(
      book.run(async (c: RequestContext) => {
        ctx(c).workbook.worksheets.getItem("Data").getRangeByIndexes(0, 0, big.length, 1).values = big;
        await c.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(book.syncs[0].requestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(book.read("Data", "A1")).toEqual([[""]]);
    await expect(
      book.run(async (c: RequestContext) => {
        ctx(c).workbook.worksheets.getItem("Locked").getRange("A1").values = [["x"]];
        await c.sync();
      }),
    ).rejects.toBeInstanceOf(DoubleError);
  });

  it("reports a missing sheet as a null object after sync, and as ItemNotFound when used", async () => {
    const book = new WorkbookModel([{ name: "Data" }]);
    await book.run(async (c: RequestContext) => {
      const missing = ctx(c).workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => missing.isNullObject).toThrow(/not available/);
      await c.sync();
      expect(missing.isNullObject).toBe(true);
    });
    await expect(
      book.run(async (c: RequestContext) => {
        ctx(c).workbook.worksheets.getItem("Nope").getRange("A1").load("values");
        await c.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("shifts cells within the range's columns on delete and insert", async () => {
    const book = new WorkbookModel([{ name: "Data", values: [["a", "x"], ["b", "y"], ["c", "z"]] }]);
    await book.run(async (c: RequestContext) => {
      ctx(c).workbook.worksheets.getItem("Data").getRange("A2").delete("Up");
      await c.sync();
    });
    expect(book.read("Data", "A1:B3")).toEqual([["a", "x"], ["c", "y"], ["", "z"]]);
    await book.run(async (c: RequestContext) => {
      ctx(c).workbook.worksheets.getItem("Data").getRange("A2").insert("Down");
      await c.sync();
    });
    expect(book.read("Data", "A1:B3")).toEqual([["a", "x"], ["", "y"], ["c", "z"]]);
  });
});
