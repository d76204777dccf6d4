// Markdown for model answers. Model output is untrusted: raw HTML is off (it shows as text),
// images are off (no requests, and the CSP would block them anyway), and links lose their
// href: the webview never navigates; a click asks the extension, which checks the address.
import MarkdownIt from "markdown-it";

export interface MarkdownLabels {
    copyCode: string;
}

export function createMarkdown(labels: MarkdownLabels): MarkdownIt {
    const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });
    md.disable(["image"]);
    const esc = md.utils.escapeHtml;

    md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
        const token = tokens[idx];
        const href = token.attrGet("href") ?? "";
        token.attrs = [
            ["class", "link"],
            ["data-href", href],
            ["title", href],
            ["tabindex", "0"],
            ["role", "link"],
        ];
        return self.renderToken(tokens, idx, options);
    };

    const codeBlock = (code: string, info: string) => {
        const lang = info.trim().split(/\s+/)[0] ?? "";
        return (
            `<div class="code-block">` +
            `<div class="code-toolbar"><span class="code-lang">${esc(lang)}</span>` +
            `<button type="button" class="icon-button copy-code" title="${esc(labels.copyCode)}" aria-label="${esc(labels.copyCode)}"><span class="codicon codicon-copy" aria-hidden="true"></span></button></div>` +
            `<pre><code>${esc(code)}</code></pre></div>\n`
        );
    };
    // markdown-it aligns table columns with inline styles, which the webview's CSP blocks: a class instead
    const aligned: NonNullable<typeof md.renderer.rules.th_open> = (tokens, idx, options, _env, self) => {
        const token = tokens[idx];
        const align = /^text-align:(left|center|right)$/.exec(token.attrGet("style") ?? "")?.[1];
        token.attrs = align ? [["class", `align-${align}`]] : null;
        return self.renderToken(tokens, idx, options);
    };
    md.renderer.rules.th_open = aligned;
    md.renderer.rules.td_open = aligned;
    md.renderer.rules.fence = (tokens, idx) => codeBlock(tokens[idx].content, tokens[idx].info);
    md.renderer.rules.code_block = (tokens, idx) => codeBlock(tokens[idx].content, "");
    return md;
}
