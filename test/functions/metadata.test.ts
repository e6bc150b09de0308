import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

// dist/ is written by `npm run build`, which `npm test` runs before jest.
const metadataFile = path.join(__dirname, "../../dist/functions.json");

describe("functions.json generated from the JSDoc", () => {
  it("lists every function of SPEC §6, synchronous and taking ranges", () => {
    expect(existsSync(metadataFile)).toBe(true);
    const { functions } = JSON.parse(readFileSync(metadataFile, "utf8")) as { functions: { id: string; name: string; parameters: { dimensionality?: string }[]; options?: Record<string, boolean> }[] };
    const names = functions.map((f) => f.name).sort();
    expect(names).toEqual(["CEKNIK", "NIKINFO", "NIKKELAMIN", "NIKLAHIR", "NIKUSIA", "NORMNAMA", "USIAPENSIUN", "VALIDJKN", "VALIDKK", "VALIDKPJ", "VALIDNIK", "VALIDNPP", "VALIDNPWP"]);
    for (const f of functions) {
      expect(f.parameters[0].dimensionality).toBe("matrix");
      // Volatile exactly where the answer depends on today (an age); the rest recalculate only when their cells change.
      expect(f.options?.volatile ?? false).toBe(["CEKNIK", "NIKINFO", "NIKUSIA"].includes(f.name));
      expect(f.options?.stream ?? false).toBe(false);
    }
  });
});
