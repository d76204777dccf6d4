// VS Code's own (simple) file dialog, as code-server shows it: a quick input with a path.
import * as path from "node:path";
import type { Page } from "playwright-core";

/**
 * Picks a file in VS Code's own (simple) file dialog by typing its path. The dialog completes
 * and validates the typed path asynchronously, so acceptance is retried until it closes.
 */
export async function pickInFileDialog(page: Page, file: string): Promise<void> {
    const input = page.locator(".quick-input-widget:not(.quick-input-widget-closing) input");
    await input.waitFor({ state: "visible" });
    for (let attempt = 1; ; attempt++) {
        try {
            // select what the dialog pre-filled and replace it (fill() alone sometimes appended)
            await input.click();
            await page.keyboard.press("Control+A");
            await page.keyboard.insertText(file);
            await page
                .locator(".quick-input-widget .monaco-list-row", { hasText: path.basename(file) })
                .first()
                .waitFor({ timeout: 5000 });
            await page.locator(".quick-input-widget .monaco-button", { hasText: "Use this model" }).click();
            await page.locator(".quick-input-widget").waitFor({ state: "hidden", timeout: 5000 });
            return;
        } catch (e) {
            if (attempt === 4) throw e;
        }
    }
}
