// Stage 2, disambiguation: one reading per word, chosen from its neighbours. Only readings whose
// translations differ need a choice ("for" preposition or "fór" verb, "hele" determiner or verb);
// each reading gets a prior by part of speech and inflection and context scores from the words
// before and after it, and the best one wins. Rules, not a trained tagger: every score says
// which construction it stands for, so a wrong word can be traced to one rule.
import { OTHER, POSTPOSED, readingGender } from "./agreement";
import type { Word } from "./analyse";
import { commandPosition, COPULA, finiteVerb, functionWord, HAVE, MIDDLE, MODALS, NUMERALS, PASSIVE, prior, SUBJECTS } from "./priors";
import { adverbial, afterAux, aux, bareNoun, before, DIRECTIONS, NEGATIONS } from "./governs";
import { afterFrontedClause, invertedSubject, afterPostposed, tense } from "./clause";
import { clauseScore } from "./clauseScore";
import { nounAfter, nounAgreesAhead } from "./phrase";
import { clauseReadingScore } from "./clauseReadings";
import type { Reading } from "./table";

function context(words: readonly Word[], i: number, r: Reading, chosen: readonly (Reading | undefined)[]): number {
    const w = words[i];
    const t = r.tags;
    const prev = i > 0 && !w.initial ? words[i - 1] : undefined;
    const prevChosen = prev ? chosen[i - 1] : undefined;
    const head = before(words, i, chosen);
    // (not across a sentence end: "Kjør skriptet. Alle …")
    const next = words[i + 1]?.index === w.index + 2 && !words[i + 1].initial ? words[i + 1] : undefined;
    let s = 0;
    // a possessive after its noun before this word: the phrase is closed ("Mor hennar ringde")
    const closed = afterPostposed(words, i, chosen);
    // the first word of a main clause after a fronted subordinate clause, before its subject
    // (not an s-passive: the transfer writes "vert" + participle before the subject, so the
    // infinitive reads better: "Når … er valt, kategoriserast dei sorterte elementa")
    const fronted = afterFrontedClause(words, i) && !w.readings.some((o) => o.tags.has("pasv") || o.tags.has("pstv"));
    const verb = t.pos === "vblex" || t.pos === "vbmod";
    const command = t.has("imp") || (t.has("inf") && w.readings.some((o) => o.tags.has("imp")));
    if (head && !w.initial) {
        if (head.lower === "å") s += t.has("inf") ? 6.6 : verb ? -1 : -3;
        else if (MODALS.has(head.lower)) {
            // right after a fronted modal, a word that can be a pronoun or determiner is the
            // subject where a verb or noun follows: "kan dette føra til", "vil slike endringar"
            const subject =
                head === prev &&
                w.readings.some((o) => (o.tags.pos === "prn" && o.tags.has("nom")) || o.tags.pos === "det") &&
                !!next?.readings.some((n) => n.tags.has("inf") || n.tags.pos === "n");
            s += t.has("inf") ? (subject ? 0 : 4.6) : verb && t.has("pres") ? -2 : 0;
            if (subject && t.pos === "prn" && t.has("nom") && next?.readings.some((n) => n.tags.has("inf"))) s += 1;
        } else if ((HAVE.has(head.lower) || PASSIVE.has(head.lower)) && head === prev && invertedSubject(words, i))
            // an inverted subject between the auxiliary and its participle: "vert klaga send vidare"
            s += t.pos === "n" && t.has("def") ? 2 : 0;
        else if (HAVE.has(head.lower)) s += verb && t.has("pp") ? 3 : 0;
        else if (PASSIVE.has(head.lower) && t.has("pp")) s += verb ? 2.5 : t.has("def") ? -1 : 0;
        // "som er lagra i …", "Fila er lagra": after a noun or "som" and "er" a participle is
        // predicative, not a definite noun of the same spelling ("lagrene")
        // "er gått ut": a participle after "er", where the other reading is a bare noun (no article)
        else if (COPULA.has(head.lower) && t.has("pp") && !t.has("def") && bareNoun(w)) s += 0.6;
        else if (COPULA.has(head.lower) && t.has("pp") && !t.has("def")) {
            let h = words.indexOf(head);
            // (past the adverbs before "er": "dersom ordboka ikkje er skriveverna")
            while (h > 1 && MIDDLE.has(words[h - 1].lower)) h--;
            if (
                h > 0 &&
                (words[h - 1].lower === "som" ||
                    chosen[h - 1]?.tags.pos === "n" ||
                    (chosen[h - 1]?.tags.pos === "prn" && !chosen[h - 1]!.tags.has("dem"))) &&
                w.readings.some((o) => o.tags.pos === "n")
            )
                s += 0.6;
        }
    }
    // an adjective takes the number of the noun after it, where that noun has one number only
    // ("tilpassa filer" is plural: then "filer" reads as the noun after it)
    // (not a predicative one, "er installert, sjekkar", nor where a verb is likelier: "og sletta
    // rader", "ikkje lagra endringane", "Varsla venner" are infinitives and commands)
    const verbFirst =
        !prev ||
        COPULA.has(prev.lower) ||
        PASSIVE.has(prev.lower) ||
        MIDDLE.has(prev.lower) ||
        prev.lower === "og" ||
        prev.lower === "eller";
    const spaced = (x: Word) => /^\s+$/.test(x.gap);
    if (t.pos === "adj" && (t.has("pl") || t.has("sp")) && next && spaced(next) && spaced(w) && !next.initial && !verbFirst) {
        const nouns = next.readings.filter((n) => n.tags.pos === "n" && !n.tags.has("gen"));
        if (nouns.length && nouns.every((n) => n.tags.has("pl"))) s += 0.4;
    }
    // after an auxiliary, an adjective before a participle is an adverb: "vart uventa kopla ned"
    if (
        t.pos === "adj" &&
        afterAux(words, i) &&
        next?.readings.some((n) => n.tags.pos === "vblex" && (n.tags.has("pp") || n.tags.has("inf")))
    )
        s += t.has("nt") && t.has("ind") && !t.has("pp") ? 1 : 0;
    // an indefinite adjective is never attributive to a definite noun without a determiner
    // before it: "Nådde byrjinga av …" is the past tense, not "reached beginning"
    if (t.pos === "adj" && !t.has("def") && next && spaced(next) && !(prevChosen && ["det", "prn"].includes(prevChosen.tags.pos))) {
        const nouns = next.readings.filter((n) => n.tags.pos === "n");
        if (nouns.length && nouns.length === next.readings.length && nouns.every((n) => n.tags.has("def"))) s -= 1.5;
    }
    // the finite verb stands second in a main clause, after a fronted adverb and before its
    // subject: "Her vel algoritmen alltid …" (chooses), not the adverb "vel"
    if (
        verb &&
        (t.has("pres") || t.has("pret")) &&
        prev?.initial &&
        !NEGATIONS.has(prev.lower) &&
        prev.readings.some((o) => o.tags.pos === "adv") &&
        next
    ) {
        if (
            next.readings.some(
                (n) => (n.tags.pos === "n" && n.tags.has("def")) || n.tags.pos === "np" || (n.tags.pos === "prn" && n.tags.has("nom")),
            )
        )
            s += 3;
    }
    // two definite nouns in a row are no phrase: before one, a word that can be a participle is
    // one ("dei valde lagra tilstandane" are the stored states, not "the stores the states")
    const after = next && spaced(next) ? next : undefined;
    if (t.pos === "n" && t.has("def") && after?.readings.length && after.readings.every((n) => n.tags.pos === "n" && n.tags.has("def")))
        if (w.readings.some((o) => o.tags.pos === "adj" || o.tags.pos === "vblex")) s -= 1.5;
    // a command first in a sentence before an adjective and its noun: "Flytt valgte meldinger"
    // ("valgte" is no finite verb there)
    const third = after && words[i + 2]?.index === after.index + 2 ? words[i + 2] : undefined;
    if (
        command &&
        commandPosition(w) &&
        after?.readings.some((o) => o.tags.pos === "adj") &&
        // (a real noun: not the letter "i" in "Vi fisket i elva", where "Vi" is no command)
        !!third &&
        nounAfter(third) &&
        third.readings.some((n) => n.tags.pos === "n" && !n.tags.has("def") && n.rank > 0)
    )
        s += 3;
    // a plural or definite participle with no noun after it and no "er" before it stands for
    // nothing: there the word is a verb ("endre navn på, flytte eller slette disse")
    if (
        t.pos === "adj" &&
        t.has("pp") &&
        (t.has("pl") || t.has("def")) &&
        !(head && aux(head)) &&
        w.readings.some((o) => o.tags.pos === "vblex")
    )
        if (!next?.readings.some((n) => ["n", "adj", "num", "np"].includes(n.tags.pos))) s -= 0.8;
    // a participle right after a noun and before a preposition stands for a relative clause:
    // "utvidelser skrevet med Java", not a second noun
    if (verb && t.has("pp") && prevChosen?.tags.pos === "n" && next?.readings.some((n) => n.tags.pos === "pr" && n.rank === 3)) s += 1;
    // a participle with no auxiliary before it and a noun after it is an adjective where it can
    // be one ("sende tilpassa filer")
    if (verb && t.has("pp") && !(head && (HAVE.has(head.lower) || PASSIVE.has(head.lower) || COPULA.has(head.lower))))
        if (w.readings.some((o) => o.tags.pos === "adj") && next?.readings.some((n) => n.tags.pos === "n")) s -= 0.8;
    // a definite adjective needs a determiner before it ("den åpne fila"); first in a sentence it is none
    if (!prev && t.pos === "adj" && t.has("def")) s -= 2;
    if (prev && prevChosen) {
        const pt = prevChosen.tags;
        const nominal = t.pos === "n" || t.pos === "adj" || t.pos === "np" || t.pos === "num";
        // (a participle in the definite or plural is attributive as well: "valde filer"; "er lagra" is not)
        const attributive = pt.pos === "adj" && (!pt.has("pp") || pt.has("def") || pt.has("pl")) && !adverbial(words, i - 1, chosen);
        // (a finite verb does follow a possessive after its definite noun: "Namnet ditt vert sett inn")
        const postposed =
            (pt.pos === "det" &&
                !!POSTPOSED.nb[prev.lower] &&
                i >= 2 &&
                !!chosen[i - 2]?.tags.has("def") &&
                chosen[i - 2]?.tags.pos === "n") ||
            closed;
        // after a possessive that ends its noun phrase the finite verb follows: "Søsteren min bor",
        // "Bror min spelar" (not the noun "bor", drill)
        if (closed) s += verb && (t.has("pres") || t.has("pret")) ? 1.5 : 0;
        // (not into the main clause after a fronted one: "Fordi det var så varmt, badet vi" is no warm bath)
        else if ((pt.pos === "det" || attributive || pt.pos === "num") && !fronted)
            s += nominal ? 2 : verb && !(postposed && (t.has("pres") || t.has("pret"))) ? -2.5 : 0;
        // ("jobber som lærer": after a verb "som" is "as", a preposition, no relative pronoun)
        const relative = prev.lower === "som" && !(i >= 2 && ["vblex", "vbmod"].includes(chosen[i - 2]?.tags.pos ?? ""));
        // (not a stranded one before a comma: "endre navn på, flytte eller …")
        // (a directional adverb read as a preposition takes one after it: "ned til stranda", "opp på taket")
        // (only for a word that is a preposition or adverb alone: "til sida" is the page)
        const particleBefore =
            (DIRECTIONS.has(prev.lower) || prev.readings.some((o) => o.tags.pos === "adv")) &&
            w.readings.every((o) => !["n", "adj", "vblex", "np"].includes(o.tags.pos));
        if (pt.pos === "pr" && !relative && /^\s+$/.test(w.gap))
            s +=
                nominal || t.pos === "det" || t.pos === "prn"
                    ? 1.5
                    : verb && !t.has("inf")
                      ? -1.5
                      : t.pos === "cnjsub" || t.pos === "cnjcoo" || (t.pos === "pr" && !particleBefore)
                        ? -2
                        : 0;
        // after a determiner, or a preposition if definite, a function word's noun reading is
        // the one meant ("på denne siden", "på siden": the page, not "since"): the prior's doubt is taken back
        const definiteBefore = (pt.pos === "det" && pt.has("dem")) || pt.pos === "pr" || (pt.pos === "adj" && pt.has("def"));
        if (t.pos === "n" && t.has("def") && definiteBefore && functionWord(w)) s += 2;
        if ((pt.pos === "n" && pt.has("def")) || pt.pos === "np") s += verb && (t.has("pres") || t.has("pret")) ? 1 : 0;
        // two finite verbs in a row are rare, and a command or an infinitive takes an object:
        // "Filtrerer lista", "Lagra fila" are a verb and a noun
        if (
            (pt.pos === "vblex" || pt.pos === "vbmod") &&
            ["pres", "pret", "imp", "inf", "pp"].some((f) => pt.has(f)) &&
            // (a fronted clause ends at its comma: "Medan ho venta, las ho avisa")
            !fronted &&
            verb &&
            (t.has("pres") || t.has("pret")) &&
            // (a relative clause ends in a participle before the main verb: "som ikkje er lagra vert tilbakestilde")
            !(pt.has("pp") && (PASSIVE.has(w.lower) || COPULA.has(w.lower)))
        )
            s -= 1.5;
        // (not an inverted subject, after its verb: "las ho avisa" is the newspaper)
        const inverted = i >= 2 && !!tense(chosen[i - 2]) && /^\s+$/.test(prev.gap);
        if ((pt.pos === "prn" || relative) && SUBJECTS.has(prev.lower) && !inverted) s += verb && (t.has("pres") || t.has("pret")) ? 2 : 0;
        // an object pronoun follows a verb or a preposition; elsewhere a pronoun is the subject
        if (t.pos === "prn" && t.has("acc")) s += pt.pos === "vblex" || pt.pos === "pr" ? 0.3 : -0.1;
        // a definite adjective follows a determiner ("den åpne fila"), but not an indefinite
        // article, nor a plural one: "en side" is the noun, not the superlative of "sid"
        // and after a demonstrative an adjective is definite: "den første siden", "disse store filene"
        if (
            t.pos === "adj" &&
            t.has("def") &&
            pt.pos === "det" &&
            pt.has("dem") &&
            pt.has("sg") &&
            !w.readings.some((o) => o.tags.pos === "det" || o.tags.pos === "n")
        )
            s += 0.5;
        if (t.pos === "adj" && t.has("def") && pt.pos !== "det" && pt.pos !== "prn" && !pt.has("gen")) s -= 2;
        else if (t.pos === "adj" && (t.has("def") || t.has("pl")) && pt.pos === "det" && pt.has("qnt") && pt.has("sg")) s -= 2;
    }
    // coordination joins like with like: "lagre og åpne", "filer og mapper"
    // (past a verb's particle: "kan fylles ut og skrives ut")
    let c = i - 2;
    const particle = (k: number) => ["pr", "adv"].includes(chosen[k]?.tags.pos ?? "") && words[k].index === words[k - 1].index + 2;
    if (c >= 1 && particle(c) && ["vblex", "vbmod"].includes(chosen[c - 1]?.tags.pos ?? "")) c--;
    const conj = (i >= 2 && words[i - 1].lower === "og") || (i >= 2 && words[i - 1].lower === "eller") ? chosen[c] : undefined;
    if (conj && words[i - 1].index === w.index - 2 && words[i - 2].index === w.index - 4) {
        const ct = conj.tags;
        if (ct.pos === t.pos && (t.pos !== "vblex" || ["inf", "imp", "pres", "pret", "pp"].some((f) => ct.has(f) && t.has(f)))) s += 1.5;
    }
    // "Hold museknappen og flytt …", "Vel ein farge, endra verdiane eller …": after og/eller or
    // a comma, a sentence that opened with a command goes on with one (an infinitive spelt as
    // the imperative stands for it, as at the start)

    // (not "Writer- og Calc-dokumenter": a hyphen before "og" shares the noun after it)
    const conjunction = i >= 1 && (words[i - 1].lower === "og" || words[i - 1].lower === "eller") && !/-\s*$/.test(words[i - 1].gap);
    const listed = conjunction || (i >= 1 && /^\s*,\s*$/.test(w.gap));
    if (listed && command && !w.initial) {
        let j = i - 1;
        while (j > 0 && !words[j].initial) j--;
        if (NEGATIONS.has(words[j].lower) && j + 1 < i) j++;
        if (chosen[j]?.tags.has("imp") || (chosen[j]?.tags.has("inf") && words[j].readings.some((o) => o.tags.has("imp")))) s += 3;
    }
    // "Ikke kopier …", "Ikkje flytt …": a negated command opens the sentence
    if (command && prev?.initial && NEGATIONS.has(prev.lower) && words[i - 1].index === w.index - 2) s += 3;
    // gender agrees in the noun phrase too: "ein gyldig stig" is the masculine "stig" (path),
    // "ei skrift" the feminine (Bokmål "en" goes with feminine nouns as well)
    if (t.pos === "n") {
        let k = i - 1;
        while (
            k > i - 4 &&
            k >= 0 &&
            words[k + 1].index === words[k].index + 2 &&
            chosen[k] &&
            ["adj", "num"].includes(chosen[k]!.tags.pos)
        )
            k--;
        const d = k >= 0 && k < i && words[k + 1].index === words[k].index + 2 ? chosen[k] : undefined;
        const dg = d?.tags.pos === "det" ? readingGender(d) : undefined;
        const ng = readingGender(r);
        const agrees = (g: string | undefined) => g === dg || (dg === "m" && g === "f");
        // among the noun readings the agreeing one wins; over another part of speech an agreeing noun gains nothing
        // (a word that can be an adjective or determiner is left to their rules: "ein vald dag",
        // "ei eiga kolonne"; a determiner of more than one gender says nothing: "ingen data")
        const among =
            w.readings.some((o) => o.tags.pos === "n" && !agrees(readingGender(o))) &&
            w.readings.every((o) => o.tags.pos === "n" || o.tags.pos === "vblex");
        const oneGender = words[k]?.readings.every((o) => o.tags.pos !== "det" || readingGender(o) === dg);
        if (dg && ng && oneGender && !closed) s += !agrees(ng) ? -0.7 : among ? 0.7 : 0;
    }
    // number agrees in the noun phrase: "alle dokument" is plural, "eit dokument" singular
    if (
        prevChosen &&
        !closed &&
        t.pos === "n" &&
        (prevChosen.tags.pos === "det" || prevChosen.tags.pos === "adj" || prevChosen.tags.pos === "num")
    ) {
        const pn = prevChosen.tags;
        if ((pn.has("pl") && t.has("pl")) || (pn.has("sg") && t.has("sg"))) s += 0.6;
        // and past the adjectives, from the determiner: "den valde flytande ramma" is singular
        let k = i - 1;
        while (k > 0 && k > i - 4 && chosen[k]?.tags.pos === "adj" && /^\s+$/.test(words[k].gap) && !words[k].initial) k--;
        const d = k < i - 1 && /^\s+$/.test(words[k + 1].gap) ? chosen[k]?.tags : undefined;
        // (a determiner of one number only: "noen" is singular and plural; nor the first part of "lyd- og videokodekar")
        const oneNumber = (n: string) => words[k].readings.every((o) => o.tags.pos !== "det" || o.tags.has(n));
        const ellipsis = /^\s*-/.test(words[i + 1]?.gap ?? "");
        if (d?.pos === "det" && !ellipsis && !functionWord(w) && ["sg", "pl"].some((n) => d.has(n) && t.has(n) && oneNumber(n))) s += 0.6;
    }
    // a determiner other than a demonstrative goes with an indefinite noun: "kva boka heiter" asks
    if (
        t.pos === "det" &&
        !t.has("dem") &&
        !NUMERALS.has(w.lower) &&
        next &&
        next.readings.length &&
        !OTHER.has(next.lower) &&
        !next.readings.some((n) => (n.tags.pos === "n" && !n.tags.has("def")) || n.tags.pos === "adj" || n.tags.pos === "num")
    )
        s -= 2;
    // two nouns in a row are rare (Norwegian writes compounds as one word): before a noun, a
    // word that can be an adjective is one ("ei ny framsyning", not the noun "ny")
    // Before a word that can also be a finite verb, where the noun would be a bare singular (no
    // determiner: seldom a subject) and the adjective a plural before a plural noun: "lokale filer"
    // are local files, not "premises file"
    const bareSingular = t.has("ind") && !(prevChosen && ["det", "adj", "num", "pr"].includes(prevChosen.tags.pos));
    const pluralPhrase =
        bareSingular &&
        w.readings.some((o) => o.tags.pos === "adj" && !o.tags.has("pp") && o.tags.has("pl")) &&
        !!next?.readings.some((n) => n.tags.pos === "n" && n.tags.has("pl") && !n.tags.has("def"));
    if (
        next &&
        next.index === w.index + 2 &&
        t.pos === "n" &&
        w.readings.some((o) => o.tags.pos === "adj") &&
        nounAfter(next) &&
        (!finiteVerb(next) || pluralPhrase) &&
        !POSTPOSED.nb[next.lower]
    )
        s -= 1;
    // a possessive with no noun after it stands after its own definite noun: "Lista di er tom"
    // is the list, not the verb "lista"
    if (t.pos === "n" && t.has("def") && next && POSTPOSED.nb[next.lower]) {
        const after = words[i + 2]?.index === next.index + 2 ? words[i + 2] : undefined;
        if (!after?.readings.some((n) => n.tags.pos === "n" || (n.tags.pos === "adj" && !finiteVerb(after)))) s += 3;
    }
    s += clauseScore(words, i, r, chosen, fronted);
    // a determiner whose noun follows, after any adjectives, and agrees with it ("dette flagget",
    // "en tilpasset lysbildeframvisning"): even where the words after it could be verbs
    if (t.pos === "det" && nounAgreesAhead(words, i, r)) s += 1.2;
    // a determiner or adjective right before a noun is one ("hele dagen", "for mange filer")
    if (next && next.index === w.index + 2 && (t.pos === "det" || t.pos === "adj")) {
        // (a determiner's noun has its number: "kan dette føra til" is no "dette" + plural "føra")
        const number = t.pos === "det" ? (["sg", "pl"] as const).find((n) => t.has(n)) : undefined;
        const numbered = !number || next.readings.some((n) => n.tags.pos === "n" && n.tags.has(number));
        if (nounAfter(next) && !finiteVerb(next) && numbered) s += 0.8;
        // "dei gjeldande endringane": a determiner before an adjective; a definite one even where
        // it can be a past tense too ("dei tildelte parametrane", "dei merkte")
        else if (
            t.pos === "det" &&
            next.readings.some(
                (n) => n.tags.pos === "adj" && (!finiteVerb(next) || (t.has("dem") && (n.tags.has("def") || n.tags.has("pl")))),
            )
        )
            s += 0.8;
    }
    // first in a sentence, or before a finite verb, a pronoun is the subject ("Dei vert sletta")
    if (t.pos === "prn" && (t.has("nom") || t.has("acc")) && (!prev || (finiteVerb(next) && !(prevChosen?.tags.pos === "pr"))))
        s += t.has("nom") ? 0.3 : -0.3;
    // a demonstrative with nothing nominal after it is the pronoun: "plass til dei i …", "sletta dei,"
    if (t.pos === "det" && t.has("dem") && !OTHER.has(w.lower)) {
        const after = next && /^\s+$/.test(next.gap) ? next : undefined;
        // (not a letter's noun reading of rank 0: "til dei i …")
        const nominal = after?.readings.some(
            (n) => ["n", "adj", "num", "det", "np"].includes(n.tags.pos) && (n.rank > 0 || !after.readings.some((o) => o.rank > 0)),
        );
        if (after ? !nominal && after.readings.length > 0 : w.gap !== "" || i > 0) s -= 1.5;
    }
    return s;
}

/** The reading index chosen for each word (-1 for unknown words). */
export function disambiguate(words: readonly Word[]): number[] {
    const chosenIdx = words.map(() => -1);
    const chosen: (Reading | undefined)[] = words.map(() => undefined);
    for (let i = 0; i < words.length; i++) {
        const rs = words[i].readings;
        if (rs.length === 0) continue;
        let best = 0;
        if (rs.length > 1) {
            let bestScore = -Infinity;
            rs.forEach((r, k) => {
                const s = prior(r, words[i], words[i + 1]) + context(words, i, r, chosen) + clauseReadingScore(words, i, r, chosen);
                if (s > bestScore) {
                    bestScore = s;
                    best = k;
                }
            });
        }
        chosenIdx[i] = best;
        chosen[i] = rs[best];
    }
    return chosenIdx;
}
