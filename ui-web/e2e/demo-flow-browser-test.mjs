// Browser end-to-end test of the plant-in-a-box's demo flow, run by integration-tests'
// FaultToHoldTest after the coating fault has been found and acted on: what the engineer and the
// operator see of it on their screens, logged in through Keycloak. Env: BASE_URL, SCREENSHOTS,
// DEMO_PASSWORD, FAULTY_ROLL (the mother roll coated under the fault), RECIPE_ID and DRAFT_VERSION
// (the DRAFT recipe version the MES made from the job's recipe suggestion), PARAMETER (the recipe
// parameter it changes), HELD_CELL (a cell the MES held by itself), STATION and ACTION ("track-in"
// for a held cell waiting for STATION, "track-out" for one in process there).
import { expect, launch, logInThroughKeycloak, scan, screenshotFailure } from "./browser.mjs";

const base = process.env.BASE_URL;
const shots = process.env.SCREENSHOTS;
const { DEMO_PASSWORD, FAULTY_ROLL, RECIPE_ID, DRAFT_VERSION, PARAMETER, HELD_CELL, STATION, ACTION } = process.env;
const browser = await launch();
const logIn = (user, route) => logInThroughKeycloak(browser, { base, user, password: DEMO_PASSWORD, route });

// The insight in the workbench's list whose title holds `text`: its summary says what the MES did.
async function insightShown(page, text) {
  const item = page.locator("#insights li", { hasText: text }).first();
  await item.waitFor();
  const summary = await item.locator("summary").innerText();
  expect(summary.includes("(ACTED)"), `the MES acted on "${summary}"`);
  await item.locator("summary").click();
  await item.locator("table").waitFor();
  return { summary, details: await item.innerText() };
}

try {
  // engineer: the yield trend, the containment insight with its evidence, the recipe suggestion
  const eng = await logIn("demo-engineer", "/engineer");
  await eng.locator("#trend svg.chart").first().waitFor();
  // the demo runs for minutes: the last 24 hours in 10-minute buckets, with the grade-A yield of
  // the graded cells (the faulty roll's cells are downgraded, not failed: the FPY stays up)
  await eng.selectOption("#range", "24h");
  await eng.selectOption("#bucket", "ten_minutes");
  await eng.locator("form.filters").first().locator("button[type=submit]").click();
  await eng.locator("#trend h3", { hasText: "Grade-A yield" }).waitFor();
  const gradeA = await eng.locator("#trend tbody tr td:last-child").allInnerTexts();
  const yields = gradeA.filter((v) => v.endsWith("%")).map((v) => Number.parseFloat(v));
  expect(yields.length > 0, `grade-A yields per bucket, got ${gradeA}`);
  console.log(`engineer: grade-A yield per 10 min from ${Math.min(...yields)} % to ${Math.max(...yields)} %`);
  const containment = await insightShown(eng, `Hold ${FAULTY_ROLL}`);
  expect(containment.details.includes("failure rate inside"), "the containment's evidence");
  expect(containment.details.includes("cells to hold"), "how many cells the containment holds");
  console.log(`engineer: containment insight: ${containment.summary}`);
  const suggestion = await insightShown(eng, `${PARAMETER} of ${RECIPE_ID}`);
  console.log(`engineer: recipe suggestion: ${suggestion.summary}`);
  await eng.locator("#insights").scrollIntoViewIfNeeded();
  await eng.screenshot({ path: `${shots}/demo-engineer-insights.png`, fullPage: true });

  // the DRAFT version the MES made: its change against the approved version
  await eng.goto(`${base}#/engineer/sign/${encodeURIComponent(RECIPE_ID)}/${DRAFT_VERSION}`);
  const diff = eng.locator("#diff table");
  await diff.waitFor();
  expect((await diff.innerText()).includes(PARAMETER), `${PARAMETER} changed in the draft`);
  expect((await eng.locator("#to-version option:checked").innerText()).includes("DRAFT"), "the draft chosen");
  console.log(`engineer: draft ${RECIPE_ID} v${DRAFT_VERSION} changes ${PARAMETER}`);

  // the roll map of the faulty roll with the held interval
  await eng.goto(`${base}#/engineer/roll/${encodeURIComponent(FAULTY_ROLL)}`);
  await eng.locator("#rollmap svg.roll").waitFor();
  expect((await eng.locator("#rollmap svg.roll").innerHTML()).includes("HELD"), "held interval on the roll map");
  await eng.locator("#rollmap").scrollIntoViewIfNeeded();
  await eng.screenshot({ path: `${shots}/demo-engineer-roll-map.png` });
  console.log("engineer: roll map with the held interval");

  // operator: the held cell is shown on hold and cannot move on
  const op = await logIn("demo-operator", "/operator");
  await op.getByRole("heading", { name: "Line L1" }).waitFor();
  await op.locator(`#station option[value="${STATION}"]`).waitFor({ state: "attached" });
  await op.selectOption("#station", STATION);
  await scan(op, HELD_CELL);
  await op.locator(".hold-banner", { hasText: FAULTY_ROLL }).waitFor();
  await op.locator(`#${ACTION}:not([disabled])`).click();
  const error = op.locator(".msg.error");
  await error.waitFor();
  const words = await error.innerText();
  expect(words.includes(`${HELD_CELL} is on hold`), `the hold in plain words, got "${words}"`);
  expect(words.includes(FAULTY_ROLL), `the faulty roll in "${words}"`);
  await op.locator(".hold-banner").evaluate((banner) => banner.scrollIntoView({ block: "start" }));
  await op.screenshot({ path: `${shots}/demo-operator-hold.png` });
  console.log(`operator: ${ACTION} refused: ${words}`);
} catch (e) {
  await screenshotFailure(browser, shots, e);
} finally {
  await browser.close();
}
