import { describe, it } from "node:test";
import * as assert from "node:assert/strict";
import type { Word } from "./analyse";
import { chooseTarget } from "./choose";
import { learntFor, learntKey, parseLearnt, variantKey } from "./learnt";
import { type Reading, tagsOf } from "./table";
import { DEFAULT_PREFERENCES } from "../prompts";

function reading(tags: string, targets: string[]): Reading {
    return { tags: tagsOf(tags), compound: false, rank: 3, targets };
}

describe("learnt choices and variant rules", () => {
    const learnt = parseLearnt(
        [
            "# direction\tform\tpos\ttarget\tcount\ttotal",
            "nb-nn\t-er\tvblex.pres\t-ar\t62\t83",
            "nb-nn\tlikar\tvblex\tlikar\t3\t3",
            "nb-nn\tstrenger\tvblex\tstrengjer\t4\t5",
            "nn-nb\tvel\tadv\tvelg\t47\t60",
        ].join("\n"),
    ).nb;

    it("a variant rule takes the ending it prefers among a reading's targets, for any word", () => {
        assert.equal(learntFor(learnt, "klarer", reading("vblex.pres", ["klarer", "klarar"])), "klarar");
        assert.equal(learntFor(learnt, "samsvarer", reading("vblex.pres", ["samsvarer", "samsvarar"])), "samsvarar");
    });

    it("a rule is keyed by the whole tag set: a plural noun with the same endings is left alone", () => {
        assert.equal(learntFor(learnt, "gonger", reading("n.m.pl.ind", ["gonger", "gongar"])), undefined);
        assert.equal(learnt.has(variantKey("er", "vblex.pres")), true);
    });

    it("a word's own learnt choice wins over a rule", () => {
        assert.equal(learntFor(learnt, "strenger", reading("vblex.pres", ["strengjer", "strengjar"])), "strengjer");
    });

    it("no rule and no word choice: nothing learnt, the engine's first target stays", () => {
        assert.equal(learntFor(learnt, "lagrer", reading("vblex.pres", ["lagrar"])), undefined);
        assert.equal(learntFor(undefined, "klarer", reading("vblex.pres", ["klarer", "klarar"])), undefined);
    });

    it("the directions are kept apart", () => {
        const nn = parseLearnt("nn-nb\tvel\tadv\tvelg\t47\t60\n").nn;
        assert.equal(nn.get(learntKey("vel", "adv")), "velg");
        assert.equal(parseLearnt("nn-nb\tvel\tadv\tvelg\t47\t60\n").nb.size, 0);
    });
});

describe("the Bokmål feminine definite into Bokmål", () => {
    const mappa = reading("n.f.sg.def", ["mappen"]);
    const word = { lower: "mappa" } as Word;
    const choose = (bokmalFeminine: "a" | "en" | undefined, learnt?: string) =>
        chooseTarget(mappa, word, { from: "nn", to: "nb", preferences: { ...DEFAULT_PREFERENCES, bokmalFeminine } }, learnt);

    it("auto writes -en, as the determiners and possessives do, even where a learnt choice says -a", () => {
        assert.equal(choose(undefined), "mappen");
        assert.equal(choose(undefined, "mappa"), "mappen");
        assert.equal(choose("en", "mappa"), "mappen");
    });

    it("the -a style takes a learnt -a form", () => {
        assert.equal(choose("a", "mappa"), "mappa");
    });

    it("a learnt other word stays whatever the style", () => {
        assert.equal(choose(undefined, "katalogen"), "katalogen");
    });
});
