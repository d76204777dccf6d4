// The user's own words: a user word list (one per machine) and a word list per workspace
// folder that can be committed with the documents. Plain text, one word a line, `#` comments.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** Where the user word list lives: $XDG_CONFIG_HOME/skrivehjelp/ordliste.txt. */
export function userWordListPath(env: NodeJS.ProcessEnv = process.env): string {
    const config = env.XDG_CONFIG_HOME || path.join(os.homedir(), ".config");
    return path.join(config, "skrivehjelp", "ordliste.txt");
}

export function parseWordList(text: string): string[] {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith("#"));
}

/**
 * A set of accepted words. A word listed in lower case is accepted in any case ("nettside"
 * also allows "Nettside", "NETTSIDE"); a word listed with capitals only as written or in all caps.
 */
export class WordSet {
    private readonly exact = new Set<string>();
    private readonly anyCase = new Set<string>();
    private readonly exactUpper = new Set<string>();

    constructor(words: Iterable<string> = []) {
        for (const w of words) this.add(w);
    }

    add(word: string): void {
        if (word === word.toLowerCase()) this.anyCase.add(word);
        else {
            this.exact.add(word);
            this.exactUpper.add(word.toUpperCase());
        }
    }

    has(word: string): boolean {
        // most documents meet an empty or tiny list: skip the case conversions of every word
        if (this.exact.size === 0 && this.anyCase.size === 0) return false;
        const lower = word.toLowerCase();
        if (this.exact.has(word) || this.anyCase.has(lower)) return true;
        return word === word.toUpperCase() && this.exactUpper.has(word);
    }

    get size(): number {
        return this.exact.size + this.anyCase.size;
    }
}

/** The words of every list file given; missing files are empty lists. */
export function loadWordLists(files: readonly string[]): WordSet {
    const set = new WordSet();
    for (const file of files) {
        let text: string;
        try {
            text = fs.readFileSync(file, "utf8");
        } catch {
            continue;
        }
        for (const w of parseWordList(text)) set.add(w);
    }
    return set;
}

/** A word list's line holds one word: no spaces inside it. */
export function isSingleWord(word: string): boolean {
    const clean = word.trim();
    return clean !== "" && !/\s/.test(clean);
}

/** Appends `word` to the list file (creating it and its folder), unless it is already there. */
export function addToWordList(file: string, word: string): boolean {
    const clean = word.trim();
    if (!isSingleWord(clean)) throw new Error(`"${word}" is not a single word.`);
    let text = "";
    try {
        text = fs.readFileSync(file, "utf8");
    } catch {
        fs.mkdirSync(path.dirname(file), { recursive: true });
    }
    if (parseWordList(text).includes(clean)) return false;
    const sep = text && !text.endsWith("\n") ? "\n" : "";
    fs.appendFileSync(file, `${sep}${clean}\n`);
    return true;
}

/**
 * The words accepted in documents whose workspace lists are `files`: the user word list and
 * those, read once and kept (the same set each time, so the proofreader keeps its problems)
 * until `clear()`: after a settings change, or when a list was added to.
 */
export class WordListCache {
    private readonly sets = new Map<string, WordSet>();

    constructor(private readonly userList: () => string = userWordListPath) {}

    for(files: readonly string[]): WordSet {
        const all = [this.userList(), ...files];
        const key = all.join("\0");
        let set = this.sets.get(key);
        if (!set) this.sets.set(key, (set = loadWordLists(all)));
        return set;
    }

    clear(): void {
        this.sets.clear();
    }
}
