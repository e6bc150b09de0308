// The one catalogue of what Ledger BPJS says, for the engine, the add-in (adapter and task pane) and the command line:
// every phrase a keyed template with Indonesian and English side by side, one file per section, and
// `fill`, the one function that fills a template's `{name}` placeholders. A phrase is chosen here by
// its key; code elsewhere never holds words of its own (test/core/words.test.ts looks for any, and
// checks that every entry here has both languages with the same placeholders).
export * from "./fill";
export * from "./cli";
export * from "./codes";
export * from "./duplicates";
export * from "./entry";
export * from "./ids";
export * from "./labels";
export * from "./pane";
export * from "./problems";
export * from "./tables";
export * from "./workbook";
