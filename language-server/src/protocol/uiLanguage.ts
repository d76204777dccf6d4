// The languages Skrivehjelp's own user-facing texts come in, and the shape of a catalogue of
// them. Pure and shared: the settings check (settingsNormalize.ts) writes its problems in the
// language it is asked for, and the server's catalogue (uiMessages/) is built of the same parts.

/** Bokmål, Nynorsk, or English for every other UI language. */
export type UiLanguage = "nb" | "nn" | "en";

/** `nb`, `nb-NO`, `no` → nb; `nn`, `nn-NO` → nn; anything else (or none) → en. */
export function uiLanguageFrom(locale: string | undefined): UiLanguage {
    const tag = (locale ?? "").toLowerCase().split(/[-_]/)[0];
    if (tag === "nb" || tag === "no") return "nb";
    if (tag === "nn") return "nn";
    return "en";
}

/** Every text of a catalogue in each language (`satisfies` it, so none is missing). */
export type Catalogue = Record<string, Record<UiLanguage, (...args: never[]) => string>>;

/** Text `key` of `catalogue` in `language`, with the arguments its English text takes. */
export function render<T extends Catalogue, K extends keyof T & string>(
    catalogue: T,
    language: UiLanguage,
    key: K,
    ...args: Parameters<T[K]["en"]>
): string {
    return (catalogue[key][language] as (...a: unknown[]) => string)(...args);
}
