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
    expect(key("Djoko Tjahjono")).toBe(key("Joko Cahyono"));
    expect(key("Njoman")).toBe("nyoman");
    expect(key("Sjahrir")).toBe("syahrir");
    expect(key("Chairul")).toBe("khairul");
  });
  it("reads the old j as y only in a word that shows old spelling", () => {
    expect(key("Tjahjono")).toBe("cahyono");
    expect(key("Soerjadi")).toBe("suryadi");
    expect(key("Joko")).toBe("joko"); // new spelling: j stays j
    expect(key("Jajang")).toBe("jajang");
  });
  it("reads ch and kh as h before a consonant, kh before a vowel", () => {
    expect(key("Achmad")).toBe(key("Ahmad"));
    expect(key("Akhmad")).toBe(key("Ahmad"));
    expect(key("Ichsan")).toBe(key("Ihsan"));
    expect(key("Chairul")).toBe(key("Khairul"));
  });
  it("folds dh, th, doubled letters and a final -ie", () => {
    expect(key("Ramadhan")).toBe(key("Ramadan"));
    expect(key("Fathur")).toBe(key("Fatur"));
    expect(key("Hassan")).toBe(key("Hasan"));
    expect(key("Anna")).toBe(key("Ana"));
    expect(key("Yuliantie")).toBe(key("Yulianti"));
    expect(key("Peserta 11")).not.toBe(key("Peserta 1")); // numbers are not letters
  });
  it("writes the Abdul assimilations one way", () => {
    for (const n of ["Abdur Rahman", "Abdurrahman", "Abdul Rahman", "Abdurahman"]) expect(key(n)).toBe("abdulrahman");
    expect(key("Abdussalam")).toBe(key("Abdul Salam"));
  });
  it("strips the degrees and titles of health and other fields HR data carries", () => {
    expect(key("Ns. Rina Wati, S.Kep.")).toBe("rina wati");
    expect(key("Apt. Dewi Lestari, S.Farm")).toBe(key("Dewi Lestari"));
    expect(key("Budi, S.Psi.")).toBe("budi");
    expect(key("Sari, A.Md.Kep.")).toBe("sari");
    expect(key("Joko, S.P.")).toBe("joko");
    expect(key("Mohd. Yusuf")).toBe("muhammad yusuf");
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
