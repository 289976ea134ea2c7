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

// The operator terminal: a scanned cell tracked in at STACK-01 and out with PASS, the line live.
export async function trackCellThroughStacking(page, cell) {
  await scan(page, cell);
  await page.locator(".unit-id", { hasText: cell }).waitFor();
  await page.locator("#recipe-h", { hasText: "Active recipe" }).waitFor();
  await page.click("#track-in");
  await page.getByText(`${cell} tracked in at STACK-01`).waitFor();
  await page.locator("#track-out:not([disabled])").waitFor();
  await page.click("#track-out");
  await page.getByText(`${cell} tracked out: PASS`).waitFor();
  await page.locator(".live.on").waitFor();
}

// The operator terminal: a scanned cell on a hold of metres 400–600 of a roll is refused at
// track-in with the hold in plain words; returns those words.
export async function heldCellRefused(page, cell, roll) {
  await scan(page, cell);
  await page.locator(".hold-banner", { hasText: roll }).waitFor();
  await page.click("#track-in");
  const error = page.locator(".msg.error");
  await error.waitFor();
  const words = await error.innerText();
  expect(words.includes(`${cell} is on hold`), `hold in plain words, got "${words}"`);
  expect(words.includes("400") && words.includes("600"), `the held metres in "${words}"`);
  return words;
}

// Opens a UI route in a new browser context; the UI finds no session and sends the browser to
// Keycloak, where the user logs in on Keycloak's own form; Keycloak sends it back to the MES, which
// opens the route. A screenshot of the login form goes to `shot` when given.
export async function logInThroughKeycloak(browser, { base, user, password, route, shot }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-GB" });
  const page = await context.newPage();
  page.setDefaultTimeout(60000);
  page.on("pageerror", (e) => console.log(`[${user}] page error: ${e.message}`));
  await page.goto(`${base}#${route}`);
  await page.locator("#username").waitFor();
  expect(!page.url().startsWith(base), `the login page is Keycloak's, got ${page.url()}`);
  await page.fill("#username", user);
  await page.fill("#password", password);
  if (shot) await page.screenshot({ path: shot });
  await page.click("#kc-login");
  await page.waitForURL((url) => url.toString().startsWith(base));
  const cookies = (await context.cookies(base)).map((c) => c.name);
  expect(cookies.some((n) => n.startsWith("q_session")), `an MES session cookie, got ${cookies}`);
  return page;
}
