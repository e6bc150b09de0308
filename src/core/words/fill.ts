// The one function that fills a phrase's `{name}` placeholders, and the types of a phrase. A phrase is
// kept as its words and parameters (a `Said`) until it is shown, so that whoever shows it picks the
// language then, and a language switch says it again.

/** The two languages of every phrase: Indonesian (the default) and English. */
export type Lang = "id" | "en";

/** One phrase in both languages, side by side: the catalogue's entry. */
export type Words = Readonly<Record<Lang, string>>;
/** A parameter: a value shown as it is, or words of its own in both languages. */
export type Param = string | number | Words;
export type Params = Readonly<Record<string, Param>>;

/** Fills `{name}` placeholders of a template; an unknown placeholder stays as written. */
export function fill(template: string, params: Params | undefined, lang: Lang): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "object" ? value[lang] : String(value);
  });
}

/** A phrase not yet shown: its words and parameters. */
export interface Said {
  readonly words: Words;
  readonly params?: Params;
}

export const say = (said: Said, lang: Lang): string => fill(said.words[lang], said.params, lang);

/** A phrase's words in both languages with its placeholders filled: what a message bar keeps. */
export const sayBoth = (words: Words, params?: Params): Words => ({ id: fill(words.id, params, "id"), en: fill(words.en, params, "en") });
