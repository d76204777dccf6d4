// A minimal acyclic automaton (DAWG) over sorted words, each word carrying a record id, and
// its serialisation into the transition arrays that malform/dawg.ts reads without parsing.
//
// Incremental construction for sorted input (Daciuk, Mihov, Watson, Watson 2000): the node
// register merges equal sub-automata, so words that share an ending and its record (every
// compound "…vinduet" with the same rewriting) share the states of that ending.

export class DawgBuilder {
    constructor() {
        this.register = new Map(); // key → node
        this.root = newNode();
        this.prev = "";
        this.unchecked = []; // [parent, char, child]
        this.count = 0;
    }

    /** Adds `word` with record id `rec` (>= 0). Words must come in increasing code-unit order. */
    add(word, rec) {
        if (word <= this.prev && this.count > 0) throw new Error(`DAWG input not sorted: "${this.prev}" then "${word}"`);
        let common = 0;
        while (common < word.length && common < this.prev.length && word[common] === this.prev[common]) common++;
        this.minimize(common);
        let node = this.unchecked.length ? this.unchecked[this.unchecked.length - 1][2] : this.root;
        for (let i = common; i < word.length; i++) {
            const child = newNode();
            node.chars.push(word[i]);
            node.kids.push(child);
            this.unchecked.push([node, word[i], child]);
            node = child;
        }
        node.rec = rec;
        this.prev = word;
        this.count++;
    }

    finish() {
        this.minimize(0);
        return this.root;
    }

    minimize(downTo) {
        for (let i = this.unchecked.length - 1; i >= downTo; i--) {
            const [parent, , child] = this.unchecked[i];
            const key = nodeKey(child);
            const existing = this.register.get(key);
            if (existing) parent.kids[parent.kids.length - 1] = existing;
            else this.register.set(key, child);
        }
        this.unchecked.length = downTo;
    }
}

let nextId = 0;
function newNode() {
    return { id: nextId++, chars: [], kids: [], rec: -1 };
}

function nodeKey(n) {
    let k = String(n.rec);
    for (let i = 0; i < n.chars.length; i++) k += "\u0000" + n.chars[i] + n.kids[i].id;
    return k;
}

/**
 * Serialises the automaton. Each state is the run of its outgoing transitions; a transition is
 * two uint32: `target` (index of the target state's first transition, 0xFFFFFFFF for a state
 * without transitions) and `info` = alphabet index (bits 0-7) | last-of-state (bit 8) |
 * word-ends-here (bit 9) | record id (bits 10-31). The root state starts at index 0.
 */
export function serialise(root) {
    const alphabet = new Map();
    const order = [];
    const seen = new Set();
    // Breadth-first from the root: the root gets index 0.
    const queue = [root];
    seen.add(root.id);
    for (let qi = 0; qi < queue.length; qi++) {
        const n = queue[qi];
        order.push(n);
        for (const k of n.kids) {
            if (!seen.has(k.id)) {
                seen.add(k.id);
                queue.push(k);
            }
        }
        for (const c of n.chars) if (!alphabet.has(c)) alphabet.set(c, alphabet.size + 1);
    }
    if (alphabet.size > 255) throw new Error(`alphabet too large: ${alphabet.size}`);
    const start = new Map();
    let total = 0;
    for (const n of order) {
        start.set(n.id, n.chars.length ? total : 0xffffffff);
        total += n.chars.length;
    }
    const target = new Uint32Array(total);
    const info = new Uint32Array(total);
    let k = 0;
    for (const n of order) {
        // transitions sorted by alphabet index for a stable layout
        const idx = n.chars.map((c, i) => i).sort((a, b) => (n.chars[a] < n.chars[b] ? -1 : 1));
        idx.forEach((i, j) => {
            const kid = n.kids[i];
            const rec = kid.rec;
            if (rec >= 1 << 22) throw new Error("too many records");
            target[k] = start.get(kid.id);
            info[k] = (alphabet.get(n.chars[i]) | (j === idx.length - 1 ? 1 << 8 : 0) | (rec >= 0 ? 1 << 9 : 0) | ((rec >= 0 ? rec : 0) << 10)) >>> 0;
            k++;
        });
    }
    const alpha = new Uint16Array(256);
    for (const [c, i] of alphabet) alpha[i] = c.charCodeAt(0);
    return { target, info, alpha, states: order.length, transitions: total };
}
