// DOM helpers of the chat webview. Elements get their text through textContent, never HTML.

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
};
export const iconButton = (icon: string, label: string, onClick: () => void, withText = false): HTMLButtonElement => {
    const b = el("button", withText ? "text-button" : "icon-button");
    b.type = "button";
    b.title = label;
    b.setAttribute("aria-label", label);
    const i = el("span", `codicon codicon-${icon}`);
    i.setAttribute("aria-hidden", "true");
    b.append(i);
    if (withText) b.append(el("span", undefined, label));
    b.addEventListener("click", onClick);
    return b;
};
