// The chat webview is safe with hostile model output, in the real webview of code-server: its
// Content-Security-Policy allows scripts only with the page's nonce and loads nothing from any
// origin but the webview's own resources, and an answer carrying a <script>, an
// <img onerror=…> and a javascript: link shows as text and runs nothing. The answer comes
// from a local OpenAI-compatible server that streams exactly that text (fixedAnswerServer.ts).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FrameLocator } from "playwright-core";
import { openFile, openWorkbench, runCommand, screenshot, waitForStatusBarText, type Workbench } from "./harness/browser";
import { startCodeServer, type CodeServer } from "./harness/codeServer";
import { startFixedAnswerServer, type FixedAnswerServer } from "./harness/fixedAnswerServer";
import { builtVsix, freshWorkspace } from "./workspace";

const MODEL = "fixed-hostile-answer";
// Each payload, were it run, marks the page: a global and the document title.
const HOSTILE = [
    "Her er svaret.",
    "",
    `<script>window.__pwned = "script"; document.title = "pwned-script";</script>`,
    "",
    `<img src=x onerror="window.__pwned = 'img'; document.title = 'pwned-img'">`,
    "",
    `Sjå [x](javascript:window.__pwned='link';document.title='pwned-link') og [y](javascript:alert(1)).`,
    "",
    `<a href="javascript:window.__pwned='raw-a'">z</a> <svg onload="window.__pwned='svg'"></svg>`,
].join("\n");

/** The page's marks, read inside the webview's frame. */
interface Marks {
    pwned: unknown;
    title: string;
    scripts: number;
    images: number;
    handlers: string[];
    hrefs: (string | null)[];
    dataHrefs: (string | null)[];
}

describe("chat webview: CSP and hostile model output in code-server", () => {
    let fixed: FixedAnswerServer;
    let server: CodeServer;
    let wb: Workbench;
    let view: FrameLocator;

    before(async () => {
        fixed = await startFixedAnswerServer(MODEL, HOSTILE);
        server = await startCodeServer({
            name: "webview-safety",
            workspace: freshWorkspace(),
            vsix: builtVsix(),
            userSettings: {
                "skrivehjelp.engine": "openai",
                "skrivehjelp.openai.endpoint": fixed.endpoint,
                "skrivehjelp.openai.model": MODEL,
                "skrivehjelp.checks.model": false,
            },
        });
        wb = await openWorkbench(server);
        await openFile(wb.page, "notat.md");
        await waitForStatusBarText(wb.page, new RegExp(MODEL), 60_000);
        await runCommand(wb.page, "Skrivehjelp: Open chat");
        view = wb.page.frameLocator("iframe.webview.ready").frameLocator("iframe#active-frame");
        await view.locator("#state", { hasText: new RegExp(`^Ready: ${MODEL}`) }).waitFor({ timeout: 60_000 });
    });

    after(async () => {
        if (wb) await screenshot(wb.page, "webview-safety-last").catch(() => undefined);
        await wb?.close();
        await server?.stop();
        await fixed?.close();
    });

    it("has a CSP with scripts by nonce only and no remote origin, and every script carries the nonce", async () => {
        const page = await view.locator("html").evaluate(() => {
            const d = (
                globalThis as unknown as {
                    document: {
                        querySelector(s: string): { getAttribute(n: string): string | null } | null;
                        querySelectorAll(s: string): ArrayLike<{ nonce?: string; src?: string }>;
                    };
                }
            ).document;
            return {
                csp: d.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? null,
                scripts: Array.from(d.querySelectorAll("script")).map((s) => ({
                    nonce: s.nonce ?? "",
                    src: s.src ?? "",
                    id: (s as { id?: string }).id ?? "",
                })),
            };
        });
        assert.ok(page.csp, "the webview has a CSP meta tag");
        const directives = new Map(
            page.csp
                .split(";")
                .map((d) => d.trim().split(/\s+/))
                .filter((d) => d[0])
                .map(([name, ...sources]) => [name, sources] as const),
        );
        assert.deepEqual(directives.get("default-src"), ["'none'"]);
        const scriptSrc = directives.get("script-src") ?? [];
        assert.equal(scriptSrc.length, 1, `script-src is one nonce: ${page.csp}`);
        const nonce = /^'nonce-([A-Za-z0-9+/=]{16,})'$/.exec(scriptSrc[0])?.[1];
        assert.ok(nonce, `script-src is a nonce: ${scriptSrc[0]}`);
        for (const [name, sources] of directives) {
            for (const s of sources) {
                // 'none', the nonce, or the webview's own origin ('self', and the resource origin VS Code's
                // service worker answers: webview.cspSource is both in code-server)
                const own =
                    /^https:\/\/\*\.vscode-cdn\.net$|^https:\/\/[\w.-]+\.vscode-resource\.vscode-cdn\.net$|^vscode-webview-resource:/.test(
                        s,
                    );
                assert.ok(
                    s === "'none'" || s === "'self'" || s === `'nonce-${nonce}'` || own,
                    `${name} allows only the webview's own resources, not ${s}`,
                );
                assert.ok(!/unsafe-inline|unsafe-eval|\*$|^https?:$|^data:|^blob:/.test(s) || own, `${name} has no ${s}`);
            }
        }
        // the page's own two scripts (its labels and its bundle) carry the nonce
        const own = page.scripts.filter((s) => s.id === "labels" || /\/dist\/webview\/chat\.js$/.test(s.src));
        assert.equal(own.length, 2, `the labels and the bundle: ${JSON.stringify(page.scripts)}`);
        for (const s of own) assert.equal(s.nonce, nonce, `${s.id || s.src} has the nonce`);
        // and the browser enforces the policy: an inline script without the nonce does not run
        const ran = await view.locator("html").evaluate(() => {
            const g = globalThis as unknown as {
                __inline?: number;
                document: { createElement(t: string): { textContent: string }; body: { append(e: unknown): void } };
            };
            const el = g.document.createElement("script");
            el.textContent = "window.__inline = 1";
            g.document.body.append(el);
            return g.__inline ?? null;
        });
        assert.equal(ran, null, "an inline script without the nonce is blocked");
    });

    it("renders an answer with <script>, <img onerror> and javascript: links as inert text", async () => {
        const input = view.locator("#input");
        await input.click();
        await input.fill("Vis meg noko farleg.");
        await input.press("Enter");
        const answer = view.locator(".message.assistant .markdown").last();
        // the whole answer arrived (its actions show once it is done)
        await view.locator(".message.assistant .answer-actions").last().waitFor({ timeout: 60_000 });
        assert.ok(
            fixed.requests.includes("POST /v1/chat/completions"),
            `the answer came from the fixed server: ${JSON.stringify(fixed.requests)}`,
        );
        const text = await answer.innerText();
        // the payloads are there, as text
        for (const part of ["<script>", "onerror=", "javascript:", "<svg onload"])
            assert.ok(
                text.includes(part) || (await answer.innerHTML()).includes(part.replace("<", "&lt;")),
                `${part} shows as text: ${text}`,
            );
        const marks = await answer.evaluate((root) => {
            type El = { getAttribute(n: string): string | null; attributes: ArrayLike<{ name: string }>; tagName: string };
            const r = root as unknown as { querySelectorAll(s: string): ArrayLike<El> };
            const g = globalThis as unknown as { __pwned?: unknown; document: { title: string } };
            const all = Array.from(r.querySelectorAll("*"));
            return {
                pwned: g.__pwned,
                title: g.document.title,
                scripts: r.querySelectorAll("script").length,
                images: r.querySelectorAll("img, svg, iframe, object, embed").length,
                handlers: all.flatMap((e) =>
                    Array.from(e.attributes)
                        .filter((a) => /^on/i.test(a.name))
                        .map((a) => `${e.tagName}.${a.name}`),
                ),
                hrefs: Array.from(r.querySelectorAll("a")).map((a) => a.getAttribute("href")),
                dataHrefs: Array.from(r.querySelectorAll("a")).map((a) => a.getAttribute("data-href")),
            } satisfies Marks;
        });
        assert.equal(marks.pwned, undefined, "no payload ran");
        assert.equal(marks.title, "Skrivehjelp", "the title is the page's own");
        assert.equal(marks.scripts, 0, "no script element in the answer");
        assert.equal(marks.images, 0, "no image or embedded element in the answer");
        assert.deepEqual(marks.handlers, [], "no event handler attribute in the answer");
        assert.ok(
            marks.hrefs.every((h) => h === null),
            `no link in the answer has an href: ${JSON.stringify(marks.hrefs)}`,
        );
        await screenshot(wb.page, "webview-safety-answer");

        // markdown-it does not make a link of a javascript: address at all: it stays text
        assert.ok(
            !marks.dataHrefs.some((h) => /^\s*javascript:/i.test(h ?? "")),
            `no link carries a javascript: address: ${JSON.stringify(marks.dataHrefs)}`,
        );
        assert.ok(text.includes("[x](javascript:"), text);
        // a click on the text where the link would be runs nothing either
        await answer.getByText("[x](javascript:", { exact: false }).first().click();
        assert.equal(
            await view.locator("html").evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned),
            undefined,
            "nothing ran after the click either",
        );
    });

    it("never talked to the internet", () => {
        assert.deepEqual(wb.externalRequests, []);
    });
});
