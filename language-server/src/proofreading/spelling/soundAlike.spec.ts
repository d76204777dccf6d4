// Names spelt by ear (soundAlike.ts): the sound key, and the question on a small made-up names list.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DawgBuilder } from "../../lexicon/dawg";
import { N_EN, N_EN_WORD, N_LEX_COMMON, N_NB, N_NN, N_PERSON, N_PLACE, type NamesList } from "../../lexicon/namesList";
import { soundAlikeName, soundKey } from "./soundAlike";

/** A famous foreign place: Apertium's, the lexicon's, seen in web text, in SCOWL's English list. */
const FAMOUS = N_PLACE | N_NB | N_NN | N_LEX_COMMON | N_EN;

function namesFrom(entries: [string, number][]): NamesList {
    const builder = new DawgBuilder();
    for (const [k, f] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1))) builder.add(k, f);
    return { dawg: builder.finish(), words: entries.length };
}

describe("soundKey", () => {
    it("spells each consonant one way and drops doubles and vowels but the first letter", () => {
        assert.equal(soundKey("Colosseum"), "klsm");
        assert.equal(soundKey("Collesium"), soundKey("Colosseum"));
        assert.equal(soundKey("Colleceum"), soundKey("Colosseum")); // c before e as s
        assert.equal(soundKey("Auschwitz"), soundKey("Auswits")); // sch, w, tz
        assert.equal(soundKey("Kasakhstan"), soundKey("Kazakstan")); // z, h after a consonant
    });
});

describe("soundAlikeName", () => {
    const names = namesFrom([
        ["Colosseum", FAMOUS],
        ["Kilsmo", N_PLACE | N_NB], // not famous: not in the index
        ["Auschwitz", FAMOUS],
        ["Bentzen", N_PLACE | N_NB | N_LEX_COMMON], // no English name
        ["Delphin", FAMOUS],
        ["dolphin", N_EN_WORD],
        ["Debian", N_EN],
        ["Daubensee", FAMOUS],
        ["Conakry", FAMOUS],
        ["Kalsmo", N_PERSON | N_NB | N_EN | N_LEX_COMMON], // no place
        ["Brekstad", FAMOUS],
        ["Brekkestad", FAMOUS], // a second name of key "brkstd"
    ]);
    it("gives the one famous place of the word's key", () => {
        assert.equal(soundAlikeName("Collesium", names), "Colosseum");
        assert.equal(soundAlikeName("Auswits", names), "Auschwitz");
        assert.equal(soundAlikeName("Bentsen", names), undefined);
        assert.equal(soundAlikeName("Brækstad", names), undefined);
    });
    it("leaves English words, names with -s, another first letter, another length and listed names alone", () => {
        assert.equal(soundAlikeName("Dolphin", names), undefined);
        assert.equal(soundAlikeName("Debians", names), undefined);
        assert.equal(soundAlikeName("Konakry", names), undefined); // "Conakry" begins with C
        assert.equal(soundAlikeName("Colloseumeneer", names), undefined);
        assert.equal(soundAlikeName("Kilsmo", names), undefined);
        assert.equal(soundAlikeName("Collesium", null), undefined);
    });
});
