import { normaliseName, tokenWeight } from "../../src/core/names";

const key = (s: string) => normaliseName(s).key;

describe("normaliseName", () => {
  it("ignores case, punctuation, spacing and token order", () => {
    expect(key("  BUDI   santoso ")).toBe(key("Santoso, Budi".replace(",", "")));
    expect(key("Budi Santoso")).toBe("budi santoso");
  });
  it("strips titles and degrees", () => {
    expect(key("Drs. H. Budi Santoso, S.H.")).toBe("budi santoso");
    expect(key("Hj. Siti Aminah, S.Pd")).toBe("aminah siti");
    expect(key("Ir. Dr. Prof. Joko Susilo, M.M.")).toBe("joko susilo");
    expect(key("Bpk. Slamet")).toBe("slamet");
    expect(key("Ibu Ratna, A.Md")).toBe("ratna");
    expect(key("Alm. Hadi")).toBe("hadi");
    expect(key("Almh. Dewi")).toBe("dewi");
    expect(key("Dra. Wati, S.Kom")).toBe("wati");
    expect(key("Rina S.E.")).toBe("rina");
    expect(key("Andi, S. Kom.")).toBe("andi");
  });
  it("folds the Muhammad family", () => {
    for (const m of ["Muhamad", "Mohammad", "Mochammad", "Moch.", "Moh.", "Muh.", "Mhd.", "M."]) {
      expect(key(`${m} Yusuf`)).toBe("muhammad yusuf");
    }
    expect(key("M.Yusuf")).toBe("muhammad yusuf");
  });
  it("folds old spellings", () => {
    expect(key("Soeharto")).toBe("suharto");
    expect(key("Djoko Tjahjono")).toBe(key("Joko Cahjono"));
    expect(key("Njoman")).toBe("nyoman");
    expect(key("Sjahrir")).toBe("syahrir");
    expect(key("Chairul")).toBe("khairul");
  });
  it("keeps single names and apostrophes inside words", () => {
    expect(key("Sukarno")).toBe("sukarno");
    expect(key("Ma'ruf Amin")).toBe("amin maruf");
  });
  it("keeps a name that is only title-like words rather than erasing it", () => {
    expect(key("Ibu")).toBe("ibu");
  });
  it("does not crash on non-text and huge text", () => {
    expect(key(null as unknown as string)).toBe("");
    expect(normaliseName(12345).key).toBe("");
    expect(normaliseName("a".repeat(30000)).key).toBe("");
  });
  it("weighs very common tokens less", () => {
    for (const t of ["muhammad", "siti", "sri", "nur", "dewi", "agus"]) expect(tokenWeight(t)).toBeLessThan(1);
    expect(tokenWeight("santoso")).toBe(1);
  });
});
