// The task pane's words live in the one catalogue (src/core/words/pane.ts); the pane's modules read
// them here by their old names.
export { PANE_WORDS as STRINGS, type PaneWord as StringKey } from "../core/words";
