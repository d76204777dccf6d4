// Kinship nouns before a possessive. Nynorsk writes them bare: "far min", "mor mi", "syster mi",
// "dotter mi", "son min" (Apertium's transfer does the same), where Bokmål writes "faren min" or
// "far min", and "søsteren min", "datteren min", "sønnen min" definite. agreement.ts makes the
// noun and its possessive agree in the target; possessive.ts moves a possessive after them.

/** A Nynorsk definite kinship noun → its bare form, which a possessive after it takes. */
export const NN_BARE: Readonly<Record<string, string>> = {
    faren: "far",
    mora: "mor",
    broren: "bror",
    systera: "syster",
    søstera: "søster",
    dottera: "dotter",
    sonen: "son",
    bestefaren: "bestefar",
    bestemora: "bestemor",
    farfaren: "farfar",
    farmora: "farmor",
    morfaren: "morfar",
    mormora: "mormor",
};

/** A bare Bokmål kinship noun Bokmål writes definite before a possessive: [-en, -a style]. */
export const NB_DEFINITE: Readonly<Record<string, readonly [string, string]>> = {
    søster: ["søsteren", "søstera"],
    datter: ["datteren", "dattera"],
    sønn: ["sønnen", "sønnen"],
};

/** Bare kinship nouns, in either standard, that a possessive may follow ("syster mi", "far min"). */
export const BARE_KIN = new Set([...Object.values(NN_BARE), ...Object.keys(NB_DEFINITE)]);

/** The gender of a bare kinship noun in either standard (the lists also have "far" as a neuter: "track"). */
export const KIN_GENDER: Readonly<Record<string, "m" | "f">> = Object.fromEntries(
    [...BARE_KIN].map((w) => [w, /(mor|syster|søster|dotter|datter)$/.test(w) ? "f" : "m"]),
);
