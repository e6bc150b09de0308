import { execFileSync, spawnSync } from "node:child_process";
import * as path from "node:path";
import { runCli } from "./run-cli";

const run = runCli;

describe("ledger-bpjs nik", () => {
  it("prints the SPEC JSON, one object per input", async () => {
    const { code, out } = await run(["nik", "3171015708450001", "3171 0112 0390 0000", "--json", "--ref-date", "2026-11-23"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toHaveLength(2);
    expect(json[0]).toEqual({
      input: "3171015708450001", valid: true, errors: [], warnings: ["AGE_IMPLAUSIBLE"],
      province: "DKI Jakarta", regency: "Kota Administrasi Jakarta Pusat", district: "Gambir", birthDate: "1945-08-17", gender: "P",
    });
    expect(json[1]).toMatchObject({ input: "3171 0112 0390 0000", valid: false, errors: ["NIK_SERIAL_ZERO"] });
  });

  it("prints a readable verdict in Indonesian or English", async () => {
    const id = await run(["nik", "3171011203900000", "--ref-date", "2026-11-23"]);
    expect(id.out).toMatch(/TIDAK SAH/);
    expect(id.out).toMatch(/NIK_SERIAL_ZERO: Nomor urut NIK/);
    const en = await run(["nik", "3171011203900001", "--ref-date", "2026-11-23"], { lang: "en" });
    expect(en.out).toMatch(/^3171011203900001 {2}VALID {2}L {2}1990-03-12 {2}DKI Jakarta/);
  });

  it("exits 1 with a one-line reason on bad usage, and 0 when findings are errors", async () => {
    for (const args of [["nik"], ["nik", "1", "--ref-date", "31-02-2026"], ["nik", "1", "--bogus"], ["frobnicate"], []]) {
      const { code, err } = await run(args);
      expect(code).toBe(1);
      expect(err.trim().split("\n")).toHaveLength(1);
      expect(err).toMatch(/^ledger-bpjs: /);
    }
    expect((await run(["nik", "not-a-nik"])).code).toBe(0);
  });
});

describe("the installed command", () => {
  const root = path.join(__dirname, "../..");
  it("runs as `npx ledger-bpjs nik … --json` from the built package", () => {
    const out = execFileSync("npx", ["--no-install", "ledger-bpjs", "nik", "3171015708450001", "--json"], { cwd: root, encoding: "utf8" });
    expect(JSON.parse(out)[0]).toMatchObject({ gender: "P", birthDate: "1945-08-17", province: "DKI Jakarta", valid: true });
  });
  it("exits 1 on bad usage, and helps in the language of LANG", () => {
    const run = (LANG: string, ...args: string[]) => spawnSync(process.execPath, [path.join(root, "bin/ledger-bpjs.js"), ...args], { encoding: "utf8", env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG } });
    const r = run("en_US.UTF-8", "nik");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/give at least one NIK/);
    expect(run("id_ID.UTF-8", "nik").stderr).toMatch(/berikan paling sedikit satu NIK/);
    expect(run("id_ID.UTF-8", "--help").stdout).toMatch(/^Pemakaian:\n {2}ledger-bpjs nik <nilai\.\.\.>/);
    expect(run("en_US.UTF-8", "--help").stdout).toMatch(/^Usage:\n/);
  });
});
