// The host model must answer Microsoft's own Excel client as Excel does, and refuse what Excel refuses,
// or the adapter's tests prove nothing. Every batch here is Microsoft's client (office-client.ts).
import { PAYLOAD_LIMIT, WorkbookModel } from "./excel-double";
import { useWorkbook } from "./office-client";

const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch);

describe("the Excel host model, through Microsoft's Excel client", () => {
  it("raises Microsoft's PropertyNotLoaded for a property read before load and sync", async () => {
    useWorkbook(new WorkbookModel([{ name: "Data", values: [["a", 1]] }]));
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(/call the load method/);
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("applies writes only at sync, and counts each sync with the bytes of its serialized request", async () => {
    const book = useWorkbook(new WorkbookModel([{ name: "Data" }]));
    let requestText = 0;
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.values = [["x", 2]];
      expect(book.read("Data", "A1:B1")).toEqual([["", ""]]);
      await context.sync();
      expect(book.read("Data", "A1:B1")).toEqual([["x", 2]]);
    });
    requestText = book.syncs[0].requestBytes;
    // Microsoft's envelope (Actions, ObjectPaths, _KeepReference …) is far more than the cells.
    expect(requestText).toBeGreaterThan(300);
    expect(book.syncs[0].operations).toBeGreaterThan(4);
  });

  it("types text into General cells as Excel does, keeps it as text in @ cells, and leaves null cells alone", async () => {
    const book = useWorkbook(new WorkbookModel([{ name: "Data", values: [[], [], ["keep", "keep", "keep"]] }]));
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:E1").values = [["=SUM(A1)", "3171015708450001", "+62 812", "12/03/1990", "'0812"]];
      const text = sheet.getRange("A2:C2");
      text.numberFormat = [["@", "@", "@"]];
      text.values = [["=SUM(A1)", "3171015708450001", "+62 812"]];
      sheet.getRange("A3:C3").values = [[null, "", "new"]] as unknown as string[][];
      await context.sync();
    });
    const sheet = book.sheet("Data");
    expect(sheet.isFormula(0, 0)).toBe(true);
    expect(sheet.value(0, 1)).toBe(3171015708450000); // the 16th digit is gone
    expect(sheet.isFormula(0, 2)).toBe(true);
    expect(sheet.value(0, 3)).toBe(33210); // 3 December 1990 in en-US, a date serial
    expect(sheet.format(0, 3)).toBe("m/d/yyyy");
    expect(sheet.value(0, 4)).toBe("0812");
    expect(book.read("Data", "A2:C2")).toEqual([["=SUM(A1)", "3171015708450001", "+62 812"]]);
    expect(sheet.isFormula(1, 0)).toBe(false);
    expect(book.read("Data", "A3:C3")).toEqual([["keep", "", "new"]]);
  });

  it("refuses a request over 5 MB, measured on Microsoft's serialized body, and writes to a protected sheet", async () => {
    const book = useWorkbook(new WorkbookModel([{ name: "Data" }, { name: "Locked", protected: true }]));
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 0, big.length, 1).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(book.syncs[0].requestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(book.read("Data", "A1")).toEqual([[""]]);
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Locked").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("refuses to read more than 5,000,000 cells at once", async () => {
    useWorkbook(new WorkbookModel([{ name: "Data" }]));
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 0, 2000, 16_384).load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });

  it("reports a missing sheet as a null object after sync, and as ItemNotFound when used", async () => {
    useWorkbook(new WorkbookModel([{ name: "Data" }]));
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem("Nope").getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("keeps a sheet the batch added usable in the batch's next requests", async () => {
    const book = useWorkbook(new WorkbookModel([{ name: "Data" }]));
    await run(async (context) => {
      const sheet = context.workbook.worksheets.add("Baru");
      await context.sync();
      sheet.getRange("A1").values = [["ada"]];
      await context.sync();
    });
    expect(book.read("Baru", "A1")).toEqual([["ada"]]);
  });

  it("shifts cells within the range's columns on delete and insert", async () => {
    const book = useWorkbook(new WorkbookModel([{ name: "Data", values: [["a", "x"], ["b", "y"], ["c", "z"]] }]));
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2").delete("Up");
      await context.sync();
    });
    expect(book.read("Data", "A1:B3")).toEqual([["a", "x"], ["c", "y"], ["", "z"]]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2").insert("Down");
      await context.sync();
    });
    expect(book.read("Data", "A1:B3")).toEqual([["a", "x"], ["", "y"], ["c", "z"]]);
  });

  it("refuses inserts and deletes that cut through a table, a merged area or a filtered range", async () => {
    const book = new WorkbookModel([{ name: "Data", values: [["Nama", "NIK", "x"], ["a", "1", "p"], ["b", "2", "q"]] }]);
    book.addTable("Data", "A1:B3");
    useWorkbook(book);
    const deleteRange = (address: string) =>
      run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange(address).delete("Up");
        await context.sync();
      });
    await expect(deleteRange("A2")).rejects.toMatchObject({ code: "InsertDeleteConflict" });
    book.tables = [];
    book.sheet("Data").merged.push({ r: 1, c: 0, rows: 2, cols: 2 });
    await expect(deleteRange("A2")).rejects.toMatchObject({ code: "MergedRangeConflict" });
    book.sheet("Data").merged = [];
    book.sheet("Data").autoFilter = { rect: { r: 0, c: 0, rows: 3, cols: 3 }, applied: true };
    await expect(deleteRange("A2:C2")).rejects.toMatchObject({ code: "FilteredRangeConflict" });
  });

  it("grows a table when a row is written just below it", async () => {
    const book = new WorkbookModel([{ name: "Data", values: [["Nama", "NIK"], ["a", "1"]] }]);
    const table = book.addTable("Data", "A1:B2");
    useWorkbook(book);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A3:B3").values = [["b", "2"]];
      await context.sync();
    });
    expect(table.rect.rows).toBe(3);
  });

  it("refuses to add a sheet to a workbook whose structure is protected", async () => {
    const book = useWorkbook(new WorkbookModel([{ name: "Data" }]));
    book.structureProtected = true;
    await expect(
      run(async (context) => {
        context.workbook.worksheets.add("Baru");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("fails a request made in cell-edit mode, and holds one that asked to wait until the edit ends", async () => {
    const book = useWorkbook(new WorkbookModel([{ name: "Data" }]));
    book.beginCellEdit();
    const write = (options: { delayForCellEdit?: boolean }) =>
      Excel.run(options as Excel.RunOptions, async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
        await context.sync();
      });
    await expect(write({})).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const waiting = write({ delayForCellEdit: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(book.read("Data", "A1")).toEqual([[""]]);
    book.endCellEdit();
    await waiting;
    expect(book.read("Data", "A1")).toEqual([["x"]]);
  });
});
