// What the browser end-to-end scripts share: Debian's chromium through playwright-core (no browser
// download), checks, a keyboard-wedge scan and screenshots of every open page on failure.
import { chromium } from "playwright-core";

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-dev-shm-usage"],
  });
}

export function expect(condition, text) {
  if (!condition) throw new Error(`expected: ${text}`);
}

// A keyboard-wedge scanner types the whole code within a few milliseconds, wherever the focus is.
// Playwright's own typing is too slow for that on a busy machine, so the key events are sent in
// one burst from inside the page.
export async function scan(page, code) {
  await page.evaluate((text) => {
    const target = document.activeElement ?? document.body;
    for (const key of [...text, "Enter"]) {
      target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
    }
  }, code);
}

export async function screenshotFailure(browser, shots, error) {
  console.log(`FAILED: ${error.stack ?? error}`);
  for (const [c, context] of browser.contexts().entries()) {
    for (const [i, page] of context.pages().entries()) {
      await page.screenshot({ path: `${shots}/failure-${c}-${i}.png` }).catch(() => {});
    }
  }
  process.exitCode = 1;
}
