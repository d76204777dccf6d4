// Markdown-aware prose extraction and word splitting for the proofreader. See README.md here.
export { blockAt, changedRange, extractProse, type ExtractStats, normalizeLineBreaks, ProseExtractor } from "./extract";
export { LineIndex, offsetToPosition, type Position, positionToOffset } from "./lineIndex";
export { ATOM, type BlockContainer, hashText, type OffsetEdit, type OffsetRange, ProseBlock, type ProseBlockKind } from "./proseBlock";
export {
    ABBREVIATIONS,
    scanWords,
    type SentenceBoundary,
    type Word,
    type WordPart,
    type WordShape,
    withoutBreakHints,
    wordShape,
    words,
} from "./words";
