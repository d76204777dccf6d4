// The dictionary spelling layer, in one import:
//
//   import { loadLexicon, SpellChecker } from "./proofreading/spelling";
//   const lexicon = loadLexicon();              // .cache/lexicon or dist/lexicon; ~5 ms, ~5 MB
//   const speller = new SpellChecker(lexicon);
//   speller.checkWord("vaere", { language: "nb", sentenceStart: false });
//       // { ok: false, problem: "misspelling", suggestions: ["være", …] }
//   speller.suggest("hoyre", "nb");             // ["høyre", …] (deeper search; for quick fixes)
//   lexicon.varieties("ikkje");                 // { nb: false, nn: true } (for the målform layer)
export { F_COMMON, F_NB, F_NN } from "../../lexicon/flags";
export { caseShape, findLexiconDir, Lexicon, lexiconFromEntries, loadLexicon } from "../../lexicon/lexicon";
export type { CheckResult, OkReason, WordContext } from "./checker";
export { ABBREVIATIONS, SpellChecker } from "./checker";
export { suggest, suggestScored } from "./suggest";
export type { Suggestion, SuggestOptions } from "./suggest";
