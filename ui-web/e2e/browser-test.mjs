// Browser end-to-end test of the UI, run by mes-service's WebUiBrowserTest against a running MES.
// Uses Debian's chromium through playwright-core (no browser download). Env: BASE_URL, SCREENSHOTS,
// GOOD_CELL, HELD_CELL, MOTHER_ROLL. Logs in per role with the test-only cookie of BrowserLogin.
import { chromium } from "playwright-core";

const base = process.env.BASE_URL;
const shots = process.env.SCREENSHOTS;
const { GOOD_CELL, HELD_CELL, MOTHER_ROLL } = process.env;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-dev-shm-usage"],
});

async function pageAs(role, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, locale: "en-GB" });
  await context.addCookies([{ name: "gigafab-test-login", value: role, url: base }]);
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  page.on("pageerror", (e) => console.log(`[${role}] page error: ${e.message}`));
  return page;
}

function expect(condition, text) {
  if (!condition) throw new Error(`expected: ${text}`);
}

// A keyboard-wedge scanner types the whole code within a few milliseconds, wherever the focus is.
// Playwright's own typing is too slow for that on a busy machine, so the key events are sent in
// one burst from inside the page.
async function scan(page, code) {
  await page.evaluate((text) => {
    const target = document.activeElement ?? document.body;
    for (const key of [...text, "Enter"]) {
      target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
    }
  }, code);
}

try {
  // operator: scan, track in, track out, then a held cell
  const op = await pageAs("operator");
  await op.goto(`${base}#/operator`);
  await op.getByRole("heading", { name: "Line L1" }).waitFor();
  await op.locator("#station option").first().waitFor({ state: "attached" });
  await scan(op, GOOD_CELL);
  await op.locator(".unit-id", { hasText: GOOD_CELL }).waitFor();
  await op.locator("#recipe-h", { hasText: "Active recipe" }).waitFor();
  await op.click("#track-in");
  await op.getByText(`${GOOD_CELL} tracked in at STACK-01`).waitFor();
  await op.locator("#track-out:not([disabled])").waitFor();
  await op.click("#track-out");
  await op.getByText(`${GOOD_CELL} tracked out: PASS`).waitFor();
  await op.locator(".live.on").waitFor();
  await op.screenshot({ path: `${shots}/operator-track-out.png` });
  console.log("operator: tracked out");

  await scan(op, HELD_CELL);
  await op.locator(".hold-banner", { hasText: MOTHER_ROLL }).waitFor();
  await op.click("#track-in");
  const error = op.locator(".msg.error");
  await error.waitFor();
  const words = await error.innerText();
  expect(words.includes(`${HELD_CELL} is on hold`) || words.includes("is on hold"), `hold in plain words, got "${words}"`);
  expect(words.includes("400") && words.includes("600"), `the held metres in "${words}"`);
  await op.screenshot({ path: `${shots}/operator-hold.png` });
  console.log(`operator: hold shown: ${words}`);

  const tablet = await pageAs("operator", { width: 800, height: 1280 });
  await tablet.goto(`${base}#/operator/${encodeURIComponent(HELD_CELL)}`);
  await tablet.locator(".hold-banner").waitFor();
  await tablet.screenshot({ path: `${shots}/operator-tablet-portrait.png` });

  // engineer: FPY trend, Pareto, SPC "no data yet", roll map with the held interval
  const eng = await pageAs("engineer");
  await eng.goto(`${base}#/engineer`);
  await eng.locator("#trend svg.chart").waitFor();
  await eng.locator("#pareto svg.chart").waitFor();
  expect((await eng.locator("#pareto").innerText()).includes("STACK-HIPOT"), "STACK-HIPOT in the Pareto");
  await eng.locator("#spc .nodata", { hasText: "No data yet" }).waitFor();
  await eng.locator("#diff table, #diff .hint").first().waitFor();
  await eng.screenshot({ path: `${shots}/engineer-workbench.png`, fullPage: true });
  console.log("engineer: charts rendered");
  await eng.goto(`${base}#/engineer/roll/${encodeURIComponent(MOTHER_ROLL)}`);
  await eng.locator("#rollmap svg.roll").waitFor();
  expect((await eng.locator("#rollmap svg.roll").innerHTML()).includes("HELD"), "held interval marked on the roll map");
  await eng.locator("#rollmap").scrollIntoViewIfNeeded();
  await eng.screenshot({ path: `${shots}/engineer-roll-map.png` });
  await eng.selectOption("#language", "ja");
  await eng.getByRole("link", { name: "歩留まりワークベンチ" }).waitFor();
  await eng.screenshot({ path: `${shots}/engineer-japanese.png` });

  // auditor: genealogy of the held cell with lots, operations and the audit chain
  const aud = await pageAs("auditor");
  await aud.goto(`${base}#/auditor`);
  await aud.fill("#search-id", HELD_CELL);
  await aud.click("button[type=submit]");
  await aud.locator("svg.genealogy").waitFor();
  const text = await aud.locator("#genealogy-result").innerText();
  expect(text.includes("Demo Cathode Materials Co."), "supplier of the cathode lot");
  expect(text.includes("COMPLIANT"), "compliance flag");
  expect(text.includes("Audit chain"), "audit chain status");
  expect((await aud.locator("svg.genealogy").innerHTML()).includes(MOTHER_ROLL), "mother roll in the graph");
  const downloadPromise = aud.waitForEvent("download");
  await aud.click("#export-csv");
  const csv = await downloadPromise;
  expect(csv.suggestedFilename() === `operations-${HELD_CELL}.csv`, "CSV export file name");
  await aud.screenshot({ path: `${shots}/auditor-genealogy.png`, fullPage: true });
  console.log("auditor: genealogy opened");
} catch (e) {
  console.log(`FAILED: ${e.stack ?? e}`);
  for (const context of browser.contexts()) {
    for (const [i, page] of context.pages().entries()) {
      await page.screenshot({ path: `${shots}/failure-${browser.contexts().indexOf(context)}-${i}.png` }).catch(() => {});
    }
  }
  process.exitCode = 1;
} finally {
  await browser.close();
}
