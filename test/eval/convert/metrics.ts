// Corpus-level chrF and BLEU, computed the way sacreBLEU does by default, so the figures compare
// with the baselines in ../shared/data/README.md:
//   chrF: character n-grams 1–6 without whitespace, beta 2, statistics summed over the corpus,
//         the F-score of each order averaged over the orders;
//   BLEU: 13a tokenization, n-grams 1–4, clipped counts summed over the corpus, brevity penalty.

const CHRF_ORDER = 6;
const CHRF_BETA = 2;

function charNgrams(s: string, n: number): Map<string, number> {
    const chars = [...s.replace(/\s+/g, "")];
    const m = new Map<string, number>();
    for (let i = 0; i + n <= chars.length; i++) {
        const g = chars.slice(i, i + n).join("");
        m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
}

function matches(hyp: Map<string, number>, ref: Map<string, number>): number {
    let k = 0;
    for (const [g, c] of hyp) k += Math.min(c, ref.get(g) ?? 0);
    return k;
}

function total(m: Map<string, number>): number {
    let k = 0;
    for (const c of m.values()) k += c;
    return k;
}

/** Corpus chrF (0–100) of hypotheses against one reference each. */
export function chrF(hyps: readonly string[], refs: readonly string[]): number {
    const stats = Array.from({ length: CHRF_ORDER }, () => ({ hyp: 0, ref: 0, match: 0 }));
    hyps.forEach((h, i) => {
        for (let n = 1; n <= CHRF_ORDER; n++) {
            const hg = charNgrams(h, n);
            const rg = charNgrams(refs[i], n);
            const s = stats[n - 1];
            s.hyp += total(hg);
            s.ref += total(rg);
            s.match += matches(hg, rg);
        }
    });
    const eps = 1e-16;
    const factor = CHRF_BETA ** 2;
    let score = 0;
    let effective = 0;
    for (const s of stats) {
        const p = s.hyp > 0 ? s.match / s.hyp : eps;
        const r = s.ref > 0 ? s.match / s.ref : eps;
        const d = factor * p + r;
        score += d > 0 ? ((1 + factor) * p * r) / d : eps;
        if (s.hyp > 0 && s.ref > 0) effective++;
    }
    return effective ? (100 * score) / effective : 0;
}

/** sacreBLEU's default "13a" tokenizer (mteval-v13a). */
export function tokenize13a(line: string): string[] {
    let s = line
        .replace(/<skipped>/g, "")
        .replace(/-\n/g, "")
        .replace(/\n/g, " ");
    if (s.includes("&"))
        s = s
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, "&")
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">");
    s = ` ${s} `;
    s = s.replace(/([{-~[-` -&(-+:-@/])/g, " $1 ");
    s = s.replace(/([^0-9])([.,])/g, "$1 $2 ");
    s = s.replace(/([.,])([^0-9])/g, " $1 $2");
    s = s.replace(/([0-9])(-)/g, "$1 $2 ");
    return s.split(/\s+/).filter(Boolean);
}

function wordNgrams(tokens: string[], n: number): Map<string, number> {
    const m = new Map<string, number>();
    for (let i = 0; i + n <= tokens.length; i++) {
        const g = tokens.slice(i, i + n).join(" ");
        m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
}

/** Corpus BLEU (0–100) of hypotheses against one reference each. */
export function bleu(hyps: readonly string[], refs: readonly string[]): number {
    const correct = [0, 0, 0, 0];
    const totals = [0, 0, 0, 0];
    let hypLen = 0;
    let refLen = 0;
    hyps.forEach((h, i) => {
        const ht = tokenize13a(h);
        const rt = tokenize13a(refs[i]);
        hypLen += ht.length;
        refLen += rt.length;
        for (let n = 1; n <= 4; n++) {
            const hg = wordNgrams(ht, n);
            correct[n - 1] += matches(hg, wordNgrams(rt, n));
            totals[n - 1] += Math.max(0, ht.length - n + 1);
        }
    });
    if (hypLen === 0) return 0;
    // sacreBLEU's default "exp" smoothing only matters for an order with no match at all
    let logSum = 0;
    let smooth = 1;
    for (let n = 0; n < 4; n++) {
        if (totals[n] === 0) return 0;
        let p: number;
        if (correct[n] === 0) {
            smooth *= 2;
            p = 1 / (smooth * totals[n]);
        } else p = correct[n] / totals[n];
        logSum += Math.log(p);
    }
    const bp = hypLen < refLen ? Math.exp(1 - refLen / hypLen) : 1;
    return 100 * bp * Math.exp(logSum / 4);
}
