// Lower- and upper-case UTF-16 code unit of every code unit, for the automaton walks (no string
// allocation per letter). Latin, Greek and Cyrillic are mapped; other units map to themselves.
export const LOWER = new Uint16Array(0x10000);
export const UPPER = new Uint16Array(0x10000);
for (let u = 0; u < 0x10000; u++) {
    LOWER[u] = UPPER[u] = u;
    if (u >= 0x0600) continue;
    const ch = String.fromCharCode(u);
    const l = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (l.length === 1) LOWER[u] = l.charCodeAt(0);
    if (up.length === 1) UPPER[u] = up.charCodeAt(0);
}
