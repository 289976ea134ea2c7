// Browser end-to-end test of the UI, run by mes-service's WebUiBrowserTest against a running MES.
// Uses Debian's chromium through playwright-core (no browser download). Env: BASE_URL, SCREENSHOTS,
// GOOD_CELL, HELD_CELL, MOTHER_ROLL, GRADING_CELL (in process at GRADE-01), ANALYTICS (present
// when the analytics tables hold SPC points and coating values, absent otherwise). Logs in per role with the test-only cookie of BrowserLogin.
import { expect, heldCellRefused, launch, scan, screenshotFailure, trackCellThroughStacking } from "./browser.mjs";

const base = process.env.BASE_URL;
const shots = process.env.SCREENSHOTS;
const { GOOD_CELL, HELD_CELL, MOTHER_ROLL, GRADING_CELL, ANALYTICS } = process.env;
const browser = await launch();

async function pageAs(role, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, locale: "en-GB" });
  await context.addCookies([{ name: "gigafab-test-login", value: role, url: base }]);
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  page.on("pageerror", (e) => console.log(`[${role}] page error: ${e.message}`));
  return page;
}

try {
  // operator: scan, track in, track out, then a held cell
  const op = await pageAs("operator");
  await op.goto(`${base}#/operator`);
  await op.getByRole("heading", { name: "Line L1" }).waitFor();
  await op.locator("#station option").first().waitFor({ state: "attached" });
  await trackCellThroughStacking(op, GOOD_CELL);
  await op.screenshot({ path: `${shots}/operator-track-out.png` });
  console.log("operator: tracked out");

  const words = await heldCellRefused(op, HELD_CELL, MOTHER_ROLL);
  await op.screenshot({ path: `${shots}/operator-hold.png` });
  console.log(`operator: hold shown: ${words}`);

  // the line's open holds: the roll-interval hold of the L1 roll is listed
  const holdsText = await op.locator('section[aria-labelledby="holds-h"]').innerText();
  expect(holdsText.includes(MOTHER_ROLL), `the L1 hold in the line's holds, got "${holdsText}"`);

  // grading: key values checked before sending, then the grade the MES gives
  // the cell is in process at GRADE-01: scanning it picks that station
  await scan(op, GRADING_CELL);
  await op.locator(".unit-id", { hasText: GRADING_CELL }).waitFor();
  await op.waitForFunction(() => document.querySelector("#station")?.value === "GRADE-01");
  await op.locator("#key-values").waitFor();
  await op.locator("#track-out:not([disabled])").waitFor();
  await op.click("#track-out");
  await op.locator(".kv-problem", { hasText: "Capacity is needed for grading" }).waitFor();
  await op.getByText("Check the measured values: nothing was sent.").waitFor();
  expect((await op.locator("#kv-ocv_v").getAttribute("aria-invalid")) === "true", "OCV marked invalid");
  await op.screenshot({ path: `${shots}/operator-grading-check.png` });
  await op.fill("#kv-capacity_ah", "282.5");
  await op.fill("#kv-dcir_mohm", "0.21");
  await op.fill("#kv-k_value_mv_per_day", "0.35");
  await op.fill("#kv-ocv_v", "3,31");
  await op.click("#track-out");
  await op.getByText(`${GRADING_CELL} tracked out: PASS · Grade A`).waitFor();
  await op.locator("#grade", { hasText: "A" }).waitFor();
  await op.screenshot({ path: `${shots}/operator-grading.png` });
  console.log("operator: graded A");

  const tablet = await pageAs("operator", { width: 800, height: 1280 });
  await tablet.goto(`${base}#/operator/${encodeURIComponent(HELD_CELL)}`);
  await tablet.locator(".hold-banner").waitFor();
  await tablet.screenshot({ path: `${shots}/operator-tablet-portrait.png` });

  // engineer: FPY trend, Pareto, SPC "no data yet", roll map with the held interval
  const eng = await pageAs("engineer");
  await eng.goto(`${base}#/engineer`);
  await eng.locator("#trend svg.chart").first().waitFor();
  await eng.locator("#pareto svg.chart").waitFor();
  expect((await eng.locator("#pareto").innerText()).includes("STACK-HIPOT"), "STACK-HIPOT in the Pareto");
  if (ANALYTICS === "present") {
    await eng.selectOption("#spc-chart", "COAT-C01|coat_weight_gsm");
    await eng.locator("#spc svg.chart").waitFor();
    await eng.locator("#spc svg.chart", { hasText: "coat_weight_gsm" }).waitFor();
    const points = await eng.locator("#spc circle.point").count();
    expect(points === 11, `11 in-control SPC points, got ${points}`);
    await eng.locator("#spc .violation", { hasText: "Rule 1" }).waitFor();
    console.log("engineer: SPC points and a violation");
  } else {
    await eng.locator("#spc .nodata", { hasText: "No data yet" }).waitFor();
    console.log("engineer: SPC no data yet");
  }
  // breakdown by machine: the failed and passed track-outs at STACK-01
  await eng.selectOption("#trend-equipment", "STACK-01");
  await eng.locator("#trend-recipe option").nth(1).waitFor({ state: "attached" });
  await eng.fill("#trend-version", "2");
  await eng.click(".filters button[type=submit] >> nth=0");
  await eng.locator("#trend-version-problem", { hasText: "Pick a recipe for the version" }).waitFor();
  await eng.fill("#trend-version", "");
  await eng.click(".filters button[type=submit] >> nth=0");
  await eng.locator("#trend svg.chart").first().waitFor();
  // STACK-01 tracked out three more cells: the good one, the failed one and the one now at
  // grading (on top of what other tests sharing the database tracked out there)
  const before = Number(process.env.STACK_TRACK_OUTS_BEFORE ?? "0");
  const units = await eng.locator("#trend tbody tr td:nth-child(2)").allInnerTexts();
  const total = units.reduce((sum, u) => sum + Number(u.replace(/\D/g, "")), 0);
  expect(total === before + 3, `${before} + 3 track-outs at STACK-01 in the trend, got ${total} (${units})`);
  await eng.locator("#downloads", { hasText: "Machines of class" }).waitFor();
  await eng.locator("#diff table, #diff .hint").first().waitFor();
  await eng.screenshot({ path: `${shots}/engineer-workbench.png`, fullPage: true });
  console.log("engineer: charts rendered");
  await eng.goto(`${base}#/engineer/roll/${encodeURIComponent(MOTHER_ROLL)}`);
  await eng.locator("#rollmap svg.roll").waitFor();
  expect((await eng.locator("#rollmap svg.roll").innerHTML()).includes("HELD"), "held interval marked on the roll map");
  if (ANALYTICS === "present") {
    await eng.locator("#coating svg.chart").waitFor();
    expect((await eng.locator("#coating circle.point").count()) === 21, "a coat weight every 50 m");
  } else {
    await eng.locator("#coating .nodata").waitFor();
  }
  await eng.locator("#rollmap").scrollIntoViewIfNeeded();
  await eng.screenshot({ path: `${shots}/engineer-roll-map.png` });
  await eng.selectOption("#language", "ja");
  await eng.getByRole("link", { name: "歩留まりワークベンチ" }).waitFor();
  await eng.locator("#coating .nodata, #coating svg").first().waitFor();
  await eng.locator("#recipe option").first().waitFor({ state: "attached" });
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
  await screenshotFailure(browser, shots, e);
} finally {
  await browser.close();
}
