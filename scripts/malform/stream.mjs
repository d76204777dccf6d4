// Apertium's stream format, as lt-proc, cg-proc and lrx-proc read and write it: one
// "^form/reading1/reading2$" unit per line, with ^ $ / @ \\ [ ] { } escaped by a backslash.

/** "^form/r1/r2$" → [form, [r1, r2]] (readings of unknown words: none). */
export function parseAnalysis(line) {
    if (!line.startsWith("^") || !line.endsWith("$")) return undefined;
    const parts = splitUnescaped(line.slice(1, -1), "/");
    const form = parts[0];
    const readings = parts.slice(1).filter((r) => !r.startsWith("*"));
    return [form, readings];
}

export function splitUnescaped(s, sep) {
    const out = [];
    let cur = "";
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === "\\" && i + 1 < s.length) {
            cur += s[i + 1];
            i++;
        } else if (c === sep) {
            out.push(cur);
            cur = "";
        } else cur += c;
    }
    out.push(cur);
    return out;
}

export function escapeStream(s) {
    return s.replace(/([\^$/@\\[\]{}])/g, "\\$1");
}
