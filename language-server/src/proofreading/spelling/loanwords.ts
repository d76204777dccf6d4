// Loanwords spelt the foreign way: Norwegian writes "avokado", "korona", "anoreksi", "silikon",
// "akkordeon", "intervju", where English and the other source languages write c, x, z, ph, w. A word with
// such a letter that nothing in the lists is near is left alone as a foreign word (a program's
// name, an English term), unless writing its letters the Norwegian way makes a listed word or a
// compound the lists allow: then it is that word, misspelt.

/** c before e, i, y, æ sounds as s; elsewhere as k. */
const C_AS_S = /[eiyæ]/;

/** The spelling with c, x, z, ph, w, qu, iew written as Norwegian writes them (lower case), or undefined when nothing changes. */
export function norwegianSpelling(lower: string): string | undefined {
    let out = "";
    for (let i = 0; i < lower.length; i++) {
        const ch = lower[i];
        const next = lower[i + 1] ?? "";
        if (ch === "c") {
            if (next === "c") {
                // "cc": kk, or ks before e/i ("accent" → "aksent")
                out += C_AS_S.test(lower[i + 2] ?? "") ? "ks" : "kk";
                i++;
            } else if (next === "k")
                out += "k"; // "ck": k ("snack" is "snacks" not Norwegian, but "jacke" → "jakke")
            else if (next === "h") {
                out += "k"; // "ch" in loanwords from Greek: "chaos" → "kaos"
                i++;
            } else out += C_AS_S.test(next) ? "s" : "k";
        } else if (ch === "i" && next === "e" && lower[i + 2] === "w") {
            out += "ju"; // "iew" sounds as ju: "interview" → "intervju"
            i += 2;
        } else if (ch === "x") out += "ks";
        else if (ch === "z") out += "s";
        else if (ch === "w") out += "v";
        else if (ch === "p" && next === "h") {
            out += "f";
            i++;
        } else if (ch === "q" && next === "u") {
            out += "kv";
            i++;
        } else out += ch;
    }
    return out === lower ? undefined : out;
}
