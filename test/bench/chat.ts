// `npm run bench -- chat`: the chat panel in code-server with the NB-Llama-1B-shaped model.
// Time from Send to the first token on screen less the engine's own time to first token;
// tokens/s as the view shows them against the engine's; the second message's time to first
// token against the first's (the engine keeps the conversation's evaluated prompt).
import * as os from "node:os";
import type { FrameLocator } from "playwright-core";
import { openFile, openWorkbench, runCommand } from "../e2e/harness/browser";
import { startCodeServer } from "../e2e/harness/codeServer";
import { builtVsix, freshWorkspace } from "../e2e/workspace";
import type { Row } from "./row";

const FIRST = "Skriv ein kort tekst på nynorsk om korleis ein lagar eit godt møtereferat, med tre konkrete råd.";
const SECOND = "Gjer teksten kortare.";

interface Sample {
    t: number;
    len: number;
}
interface Measured {
    sendAt: number;
    samples: Sample[];
    tokens: number;
    engineTtftMs: number;
    engineTokensPerSecond: number;
}

/**
 * Watches the last answer in the webview: when its text changes and how long it is. A string:
 * it runs in the webview, and this project type-checks without the DOM library.
 */
const PROBE = `() => {
    window.__bench = { sendAt: 0, samples: [] };
    document.getElementById("input").addEventListener("keydown", (e) => {
        if (e.key === "Enter") window.__bench = { sendAt: Date.now(), samples: [] };
    }, { capture: true });
    const box = document.getElementById("messages");
    new MutationObserver(() => {
        const all = box.querySelectorAll(".message.assistant .markdown");
        const el = all[all.length - 1];
        if (!el || el.querySelector(".pending")) return;
        const len = (el.textContent || "").length;
        const s = window.__bench.samples;
        if (len > 0 && (s.length === 0 || s[s.length - 1].len !== len)) s.push({ t: Date.now(), len });
    }).observe(box, { childList: true, subtree: true, characterData: true });
}`;

async function ask(view: FrameLocator, text: string, nth: number): Promise<Measured> {
    const input = view.locator("#input");
    await input.fill(text);
    await input.press("Enter");
    // finished: the answer carries the engine's measures (or failed: it says why)
    const answer = view.locator(".message.assistant").nth(nth);
    const end = Date.now() + 600_000;
    let lastReport = 0;
    for (;;) {
        if ((await answer.getAttribute("data-tokens").catch(() => null)) !== null) break;
        const failed = await answer
            .locator(".error-text")
            .count()
            .catch(() => 0);
        const text = (
            await answer
                .locator(".markdown")
                .innerText()
                .catch(() => "")
        ).length;
        if (failed) throw new Error(`the chat failed: ${await answer.locator(".error-text").innerText()}`);
        if (Date.now() > end) throw new Error(`no finished answer after 600 s (${text} characters so far)`);
        if (Date.now() - lastReport > 15_000) {
            lastReport = Date.now();
            process.stderr.write(`chat bench: message ${nth + 1}, ${text} characters on screen\n`);
        }
        await new Promise((r) => setTimeout(r, 200));
    }
    const probe = (await view.locator("body").evaluate("window.__bench")) as { sendAt: number; samples: Sample[] };
    const attr = async (name: string) => Number(await answer.getAttribute(name));
    return {
        sendAt: probe.sendAt,
        samples: probe.samples,
        tokens: await attr("data-tokens"),
        engineTtftMs: await attr("data-engine-ttft-ms"),
        engineTokensPerSecond: await attr("data-engine-tokens-per-second"),
    };
}

export async function chatFigures(rows: Row[], big: string): Promise<Record<string, unknown>> {
    const threads = Math.min(os.availableParallelism(), 8);
    const server = await startCodeServer({
        name: "bench-chat",
        workspace: freshWorkspace(),
        vsix: builtVsix(),
        // a small context bounds the answer (random weights never end one)
        userSettings: {
            "skrivehjelp.model.path": big,
            "skrivehjelp.model.threads": threads,
            "skrivehjelp.model.contextSize": 384,
            "skrivehjelp.chat.temperature": 0,
            "skrivehjelp.checks.model": false,
        },
    });
    const wb = await openWorkbench(server);
    try {
        await openFile(wb.page, "notat.md");
        await runCommand(wb.page, "Skrivehjelp: Open chat");
        const view = wb.page.frameLocator("iframe.webview.ready").frameLocator("iframe#active-frame");
        await view.locator("#state", { hasText: /^(Ready|Working): / }).waitFor({ timeout: 120_000 });
        await view.locator("body").evaluate(`(${PROBE})()`);
        const first = await ask(view, FIRST, 0);
        const second = await ask(view, SECOND, 1);

        const screenTtft = first.samples[0].t - first.sendAt;
        const overhead = screenTtft - first.engineTtftMs;
        const seconds = (first.samples[first.samples.length - 1].t - first.samples[0].t) / 1000;
        const viewTps = seconds > 0 ? (first.tokens - 1) / seconds : 0;
        const ratio = viewTps / first.engineTokensPerSecond;
        rows.push({
            what: "chat: Send → first token on screen, less the engine's time to first token",
            value: overhead,
            unit: "ms",
            goal: "≤ 50",
            pass: overhead <= 50,
        });
        rows.push({
            what: "chat: tokens/s shown in the view / the engine's",
            value: Number(ratio.toFixed(3)),
            unit: "",
            goal: "≥ 0.95",
            pass: ratio >= 0.95,
        });
        rows.push({ what: "chat: engine time to first token, first message", value: first.engineTtftMs, unit: "ms" });
        rows.push({ what: "chat: engine time to first token, second message of the conversation", value: second.engineTtftMs, unit: "ms" });
        return {
            threads,
            first: {
                screenTtftMs: screenTtft,
                engineTtftMs: first.engineTtftMs,
                tokens: first.tokens,
                viewTokensPerSecond: viewTps,
                engineTokensPerSecond: first.engineTokensPerSecond,
                screenUpdates: first.samples.length,
            },
            second: { screenTtftMs: second.samples[0].t - second.sendAt, engineTtftMs: second.engineTtftMs, tokens: second.tokens },
        };
    } finally {
        await wb.close();
        await server.stop();
    }
}
