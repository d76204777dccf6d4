// Stage 2, disambiguation: readings chosen from the clause a word stands in, for running prose
// (news, letters, stories) where the word-by-word rules of disambiguate.ts, tuned on software
// strings, read verbs and adjectives as nouns. Each rule names the construction it stands for:
// the finite verb after a subject ("Hunden vår likar å bade"), the predicative after "er/var"
// ("Vinteren var lang"), like coordinated with like ("å lesa … og skriva"), a noun after a
// preposition ("i sola"). The scores are added to disambiguate.ts's context scores.
import { POSTPOSED, readingGender } from "./agreement";
import type { Word } from "./analyse";
import { canBeFinite } from "./clause";
import { afterAux, aux, before } from "./governs";
import { COPULA, functionWord, HAVE, MIDDLE, PASSIVE } from "./priors";
import type { Reading, Tags } from "./table";

/** Words that open a subordinate clause: its subject and finite verb follow ("då jenta kom"). */
const SUBORDINATORS = new Set("at som då da når fordi om dersom viss hvis medan mens sidan siden før etter til enn så".split(" "));
/** Conjunctions that may open a new main clause after a comma or a clause ("…, og vi fraus"). */
const COORDINATORS = new Set(["og", "men", "eller", "for"]);

const spaced = (w: Word) => /^\s+$/.test(w.gap);
const finite = (t: Tags) => (t.pos === "vblex" || t.pos === "vbmod") && (t.has("pres") || t.has("pret"));

/** Whether the word at `i` follows the one before it with only a space between them. */
function joined(words: readonly Word[], i: number): boolean {
    return i > 0 && !words[i].initial && spaced(words[i]) && words[i].index === words[i - 1].index + 2;
}

/**
 * Where the clause that holds the word at `i` starts: after a sentence start, a subordinator or
 * a coordinating conjunction, walking back over the words of one noun phrase only (at most
 * four). Undefined where something other than a noun phrase stands between.
 */
function subjectStart(words: readonly Word[], i: number, chosen: readonly (Reading | undefined)[]): number | undefined {
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
        const t = chosen[j]?.tags;
        if (!t || !["n", "np", "prn", "det", "adj", "num"].includes(t.pos)) return undefined;
        if (words[j].initial) return j;
        if (!joined(words, j)) return undefined;
        if (opener(words, j - 1, chosen)) return j;
    }
    return undefined;
}

/** Whether the word at `j` opens a clause: a subordinator or conjunction read as one ("til det vart mørkt", not "til alle"). */
function opener(words: readonly Word[], j: number, chosen: readonly (Reading | undefined)[]): boolean {
    const t = chosen[j]?.tags;
    const lower = words[j].lower;
    if (!t) return false;
    if (SUBORDINATORS.has(lower)) return t.pos.startsWith("cnj") || (lower === "som" && t.pos !== "pr");
    return COORDINATORS.has(lower) && t.pos === "cnjcoo";
}

/** Whether a determiner reading at `i` has its noun after it (past adjectives), which ends the phrase: "Dei valde filene". */
function phraseAhead(words: readonly Word[], i: number, d: Tags): boolean {
    const number = d.has("pl") ? "pl" : d.has("sg") ? "sg" : undefined;
    const gender = d.has("m") ? "m" : d.has("f") ? "f" : d.has("nt") ? "nt" : undefined;
    for (let j = i + 1; j <= i + 4 && j < words.length && joined(words, j); j++) {
        const noun = words[j].readings.some((n) => {
            const t = n.tags;
            if (t.pos !== "n" || n.rank === 0 || (number && !t.has(number))) return false;
            // (Bokmål's masculine determiners go with feminine nouns too: "den boka")
            const g = readingGender(n);
            if (gender && g && g !== gender && !(gender === "m" && g === "f")) return false;
            return d.has("dem") ? t.has("def") : !t.has("def");
        });
        // (two nouns in a row are no phrase: "Det regna heile dagen" is no "det heile")
        const after = j + 1 < words.length && joined(words, j + 1) ? words[j + 1] : undefined;
        // (nor a verb's before its object pronoun: "alle åt seg mette")
        const object = after?.readings.length && after.readings.every((n) => n.tags.pos === "prn" && !n.tags.has("nom"));
        if (noun && !after?.readings.every((n) => n.tags.pos === "n") && !(object && canBeFinite(words[j]))) return true;
        // (a word the lists lack may be the noun: "Dei neste skjemane")
        if (!words[j].readings.length) return true;
        if (!words[j].readings.some((a) => a.tags.pos === "adj" || a.tags.pos === "num")) return false;
    }
    return false;
}

/**
 * Whether the words from `start` to `end` (inclusive) are a whole subject: a pronoun, a name, a
 * definite noun (with its possessive: "Hunden vår"), a plural noun after its determiner or
 * adjective ("Mange innbyggjarar"), or a determiner standing alone ("Alle", "Dei").
 */
function subject(words: readonly Word[], start: number, end: number, chosen: readonly (Reading | undefined)[]): boolean {
    let head = end;
    // (a kinship noun is indefinite before it: "Syster mi bur i Bergen", "Mor mi baka brød")
    if (POSTPOSED.nn[words[end].lower] && end > start && chosen[end - 1]?.tags.pos === "n") head--;
    const t = chosen[head]!.tags;
    for (let k = start; k < head; k++) if (!["det", "adj", "num"].includes(chosen[k]!.tags.pos)) return false;
    if (t.pos === "prn") return t.has("nom") || !t.has("acc");
    if (t.pos === "np") return true;
    if (t.pos === "n") return t.has("def") || (t.has("pl") && head > start) || head < end;
    // a determiner with no noun after it stands for one: "Alle klarte det", "Dei bygde eit hus"
    if (t.pos === "det" && head === start) return !phraseAhead(words, head, t);
    return false;
}

export function clauseReadingScore(words: readonly Word[], i: number, r: Reading, chosen: readonly (Reading | undefined)[]): number {
    const w = words[i];
    const t = r.tags;
    let s = 0;
    // a word first in its clause that can be a subject pronoun or a determiner is the pronoun
    // where a verb follows and no noun for the determiner: "Dei bygde eit hus", "Det regna heile dagen"
    if (t.pos === "det" && w.readings.some((o) => o.tags.pos === "prn" && o.tags.has("nom"))) {
        const first = w.initial || (i > 0 && opener(words, i - 1, chosen));
        const next = i + 1 < words.length && joined(words, i + 1) ? words[i + 1] : undefined;
        if (first && next && canBeFinite(next) && !phraseAhead(words, i, t)) s -= 2;
    }
    // first in its clause, a word that can be a subject pronoun is one before a finite verb: "Ho
    // lova å ringje" (not the command "ho"); and the word before it opens the clause: "sidan han
    // var liten" (since, not the preposition)
    const next = i + 1 < words.length && joined(words, i + 1) ? words[i + 1] : undefined;
    const after = next && i + 2 < words.length && joined(words, i + 2) ? words[i + 2] : undefined;
    // (not a determiner with its noun after it: "Dette flagget gir", "Ingen skrivar vart funnen")
    const determiner = w.readings.some((o) => o.tags.pos === "det" && phraseAhead(words, i, o.tags));
    if (
        t.pos === "prn" &&
        t.has("nom") &&
        next &&
        canBeFinite(next) &&
        !determiner &&
        (w.initial || (i > 0 && opener(words, i - 1, chosen)))
    )
        s += 3;
    if (t.pos === "cnjsub" && after && canBeFinite(after) && next!.readings.some((o) => o.tags.pos === "prn" && o.tags.has("nom")))
        if (next!.readings.every((o) => o.tags.pos === "prn")) s += 2;
    // the finite verb follows the subject first in its clause: "Hunden vår likar å bade",
    // "Naboen vår hjelpte oss", "då jenta kom heim"
    // (not a capitalised word inside a sentence, which names a menu item: "alternativet Lagra med passord")
    if (i > 0 && !w.initial && spaced(w) && w.index === words[i - 1].index + 2 && w.case !== "capitalized") {
        const start = subjectStart(words, i, chosen);
        if (start !== undefined && subject(words, start, i - 1, chosen) && canBeFinite(w) && finite(t)) {
            // (an s-passive beside an active form is seldom meant: "vi frøs" froze, not "are seeded")
            const passive = t.has("pasv") && w.readings.some((o) => finite(o.tags) && !o.tags.has("pasv"));
            s += passive ? 1 : 3;
            // (a determiner standing alone made disambiguate.ts expect its noun: "Alle klarte det")
            if (chosen[i - 1]!.tags.pos === "det") s += 2;
        }
    }
    // a singular noun is commoner than a plural one of another lemma spelt alike: "sola" is
    // the sun, not the plural of "sol" (spill); "pressa" the press
    if (t.pos === "n" && t.has("pl") && t.has("def")) {
        const g = readingGender(r);
        if (w.readings.some((o) => o.tags.pos === "n" && o.tags.has("sg") && o.tags.has("def") && readingGender(o) !== g)) s -= 0.2;
    }
    // a masculine -en that is one noun's definite singular and another's indefinite is the
    // definite one: "i helgen" is the weekend (helg), not a saint (the indefinite "helgen"). (Not
    // a feminine: Nynorsk "verdi" is the value, not the i-form of "verda".)
    if (
        t.pos === "n" &&
        t.has("m") &&
        t.has("sg") &&
        t.has("def") &&
        w.readings.some((o) => o.tags.pos === "n" && o.tags.has("sg") && o.tags.has("ind"))
    )
        s += 0.1;
    // a clause has one finite verb: after it and its adverbs or particle comes its object, not
    // another ("Vi kjente igjen huset" is the house, not "housed")
    if (finite(t) && i >= 2 && joined(words, i)) {
        let j = i - 1;
        while (j > 0 && chosen[j]?.tags.pos === "adv" && joined(words, j) && !MIDDLE.has(words[j].lower)) j--;
        if (j < i - 1 && chosen[j] && finite(chosen[j]!.tags) && !aux(words[j])) s -= 1.5;
    }
    s += predicative(words, i, r, chosen) + afterPreposition(words, i, r, chosen) + coordinated(words, i, r, chosen);
    s += seenAfterHave(words, i, r, chosen) + degreeSo(words, i, r);
    return s;
}

/**
 * "så" before an adjective or adverb and "som"/"at" is the degree adverb, not "saw": "så snart
 * som mulig", "så fort at", "så godt som" (a comparison or a result follows the degree).
 */
function degreeSo(words: readonly Word[], i: number, r: Reading): number {
    const w = words[i];
    if (w.lower !== "så" && w.lower !== "so") return 0;
    const next = words[i + 1];
    const after = words[i + 2];
    if (!next || !after || next.index !== w.index + 2 || after.index !== next.index + 2 || !spaced(next) || !spaced(after)) return 0;
    if (after.lower !== "som" && after.lower !== "at") return 0;
    if (!next.readings.some((o) => o.tags.pos === "adj" || o.tags.pos === "adv")) return 0;
    return r.tags.pos === "adv" ? 3 : 0;
}

/** Particles that make "sett" the participle of "setje" (set): "har sett inn", "har sett opp". */
const SET_PARTICLES = new Set("inn opp ut fram frem saman sammen ned av bort over i".split(" "));

/**
 * Nynorsk "har sett" is "has seen" in running text, "sjå" rather than "setje" (a rarer lemma
 * otherwise): the participle that keeps its spelling after "har"/"hadde", unless a particle
 * follows ("har sett inn ei linje"). The passive "er/vert sett inn" stays "setje".
 */
function seenAfterHave(words: readonly Word[], i: number, r: Reading, chosen: readonly (Reading | undefined)[]): number {
    const w = words[i];
    if (w.lower !== "sett" || r.tags.pos !== "vblex") return 0;
    const gov = before(words, i, chosen);
    // (or "har" and its subject before: "Har du sett …?")
    const have = (gov && HAVE.has(gov.lower)) || (afterAux(words, i) && HAVE.has(words[i - 2]?.lower ?? ""));
    if (!have) return 0;
    // no finite verb or command after "har" and its subject
    if (!r.tags.has("pp")) return -2;
    const next = words[i + 1]?.index === w.index + 2 ? words[i + 1] : undefined;
    return r.targets.includes("sett") && !(next && SET_PARTICLES.has(next.lower)) ? 1 : 0;
}

/** The word's clause-mate before it, past adverbs: the copula of "var ikkje lang", or undefined. */
function copulaBefore(words: readonly Word[], i: number, chosen: readonly (Reading | undefined)[]): number | undefined {
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
        if (!joined(words, j + 1)) return undefined;
        const t = chosen[j]?.tags;
        if ((COPULA.has(words[j].lower) || PASSIVE.has(words[j].lower)) && t && (t.pos === "vblex" || t.pos === "vbmod")) return j;
        if (!(MIDDLE.has(words[j].lower) || t?.pos === "adv")) return undefined;
    }
    return undefined;
}

/** Subjects that present or point ("Det er boka", "Dette var sjefen"): a definite noun may follow the copula. */
const PRESENTING = new Set("det dette den denne dei desse de disse her der".split(" "));

/**
 * After "er/var/vart/blir" the predicative is an adjective where the word can be one: "Vinteren
 * var lang og kald", "Sjøen var stille", "Det vart mørkt" (not the noun "lang", nor the
 * participle of "mørke"); after a noun or a personal pronoun, not a definite noun with no
 * determiner: "innbyggjarane var uroa for" is worried, not "the worry".
 */
function predicative(words: readonly Word[], i: number, r: Reading, chosen: readonly (Reading | undefined)[]): number {
    const t = r.tags;
    const c = copulaBefore(words, i, chosen);
    if (c === undefined || words[i].initial) return 0;
    const w = words[i];
    const lexical = (o: Reading) => o.tags.pos === "adj" && !o.tags.has("pp") && !o.tags.has("def") && o.rank > 0 && !o.compound;
    let s = 0;
    // (only the noun loses: between an adjective and a participle disambiguate.ts decides, "er oppgitt")
    if (t.pos === "n" && t.has("ind") && w.readings.some(lexical)) s -= 1.5;
    // and a common adjective beats the participle of a rarer verb: "han var liten", not "trusted"
    const pp = Math.max(-1, ...w.readings.filter((o) => o.tags.has("pp")).map((o) => o.rank));
    if (lexical(r) && pp >= 0 && r.rank > pp) s += 1;
    const subj = c > 0 && joined(words, c) ? chosen[c - 1] : undefined;
    const personal =
        subj && (subj.tags.pos === "n" || subj.tags.pos === "np" || subj.tags.pos === "prn") && !PRESENTING.has(words[c - 1].lower);
    if (personal && t.pos === "n" && t.has("def") && c === i - 1 && w.readings.some((o) => o.tags.pos === "adj")) s -= 1.2;
    return s;
}

/**
 * After a preposition, a definite noun rather than a participle that has no noun to go with:
 * "i sola heile dagen" is in the sun, not "in sunned".
 */
function afterPreposition(words: readonly Word[], i: number, r: Reading, chosen: readonly (Reading | undefined)[]): number {
    const t = r.tags;
    const before = chosen[i - 1]?.tags;
    const object = before && finite(before) && !aux(words[i - 1]);
    if (!joined(words, i) || !(before?.pos === "pr" || object) || words[i - 1].lower === "som") return 0;
    const w = words[i];
    if (!(t.pos === "adj" && t.has("pp")) || !w.readings.some((o) => o.tags.pos === "n" && o.tags.has("def") && o.rank > 0)) return 0;
    const next = i + 1 < words.length && joined(words, i + 1) ? words[i + 1] : undefined;
    // (a noun for it that is no verb as well: "såg sola stige" is the sun rising)
    const noun =
        next?.readings.some((n) => n.tags.pos === "n" && !n.tags.has("def") && n.rank > 0) &&
        !next.readings.some((n) => n.tags.pos === "vblex" && n.rank > 0 && !n.tags.has("imp"));
    return noun && !next!.readings.some((n) => n.tags.pos === "det") ? 0 : -2;
}

/**
 * After "og"/"eller" a verb of the same form as the clause's verb before it: "skal lesa ein
 * roman og skriva ei bokmelding", "gjekk til butikken og kjøpte mjølk" (not a noun, nor a
 * participle), unless the words on both sides of "og" are nouns alike ("mjølk og brød").
 */
function coordinated(words: readonly Word[], i: number, r: Reading, chosen: readonly (Reading | undefined)[]): number {
    const t = r.tags;
    if (
        i < 2 ||
        !joined(words, i) ||
        !joined(words, i - 1) ||
        !COORDINATORS.has(words[i - 1].lower) ||
        !opener(words, i - 1, chosen) ||
        words[i].prefix
    )
        return 0;
    if (!(t.pos === "vblex" && ["inf", "pres", "pret"].some((f) => t.has(f)))) return 0;
    const left = chosen[i - 2]?.tags;
    const w = words[i];
    // (the verb's object, complement or the verb itself before "og"; not a determiner)
    if (!left || left.pos === "det") return 0;
    // (a determiner of the noun after it: "området eller heile dokumentet")
    const next = i + 1 < words.length && joined(words, i + 1) ? words[i + 1] : undefined;
    // (nor a word of a closed class as well before a verb: "og så bruka" is then, not the verb "så")
    if (functionWord(w) && next?.readings.some((n) => n.tags.pos === "vblex")) return 0;
    if (w.readings.some((o) => o.tags.pos === "det") && next?.readings.some((n) => n.tags.pos === "n")) return 0;
    // (nouns on both sides alike: "bøkene og bladet")
    if (left?.pos === "n" && w.readings.some((o) => o.tags.pos === "n" && o.tags.has("def") === left.has("def") && o.rank > 0))
        if (!w.readings.some((o) => o.tags.pos === "vblex" && o.rank > 0 && left.has("def") && o.tags.has("pret"))) return 0;
    for (let j = i - 2; j >= 0 && j >= i - 8; j--) {
        const v = chosen[j]?.tags;
        if (v && (v.pos === "vblex" || v.pos === "vbmod")) {
            // ("var lang og kald": adjectives after a copula are coordinated, not verbs)
            if ((COPULA.has(words[j].lower) || PASSIVE.has(words[j].lower)) && left?.pos === "adj") return 0;
            const form = COPULA.has(words[j].lower)
                ? words[j].lower === "var"
                    ? "pret"
                    : "pres"
                : (["inf", "pres", "pret"].find((f) => v.has(f)) ?? "");
            return t.has(form) ? 3 : 0;
        }
        if (words[j].initial || !joined(words, j)) return 0;
    }
    return 0;
}
