// The compile step's tunables (compile.mjs, scoring.mjs). See README.md.
// Log units: ln of the ratio of how often a form is written in nb vs nn) ----
export const PARAMS = {
    strong: 3, // form only in one list and the other standard writes the word differently
    // flag forms of both lists that the other side always translates into a similar other form:
    // in Nynorsk text unless Nynorsk's own generator writes them (2), in Bokmål text only where
    // the bilingual lexicon changes the word (3); 0 = off
    compoundTargets: 0, // 1: a replacement may be a compound the target list lacks, if its parts are listed
    ishNn: 2,
    ishNb: 0,
    impInit: 10, // prior of an imperative reading for a capitalised word at a sentence start
    lexical: 1, // Apertium translates a form of both lists into another word in one direction
    ghost: 2, // form in both lists, but only one analyser knows it and translates it away
    weak: 0.3, // form only in one list, but the other standard's form is the same (list gap)
    clip: 3, // cap of the computed evidence of forms in both lists
    restShare: 0.25, // aggregation over readings: max + restShare * (sum - max)
    femDefNb: 0.4, // Bokmål feminine definite "-a": allowed, but most Bokmål writes "-en"
    shareVariant: 0.6, // the standard's generator gives the form only as a variant
    shareNone: 0.15, // the standard's generator never gives the form (lenient analysis)
    quant: 10, // weights are stored as round(w * quant) in an int8
};

// experiments: MALFORM_PARAMS='{"weak":0.2}' node scripts/malform/build.mjs
if (process.env.MALFORM_PARAMS) Object.assign(PARAMS, JSON.parse(process.env.MALFORM_PARAMS));
