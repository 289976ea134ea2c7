// Browser end-to-end test of the UI behind the real login, run by integration-tests'
// BrowserLoginTest against the plant-in-a-box: every user logs in on Keycloak's own login page
// (authorization code flow of the MES's OIDC session). Env: BASE_URL, SCREENSHOTS, DEMO_PASSWORD,
// MOTHER_ROLL, GOOD_CELL (ready for stacking), HELD_CELL (on a roll-interval hold of metres 400–600),
// ANALYTICS ("running" when the yield-analytics job runs in the stack: its SPC charts must show),
// SIGN_RECIPE and SIGN_VERSION (a recipe version in review, drafted by another user).
import { expect, heldCellRefused, launch, logInThroughKeycloak, screenshotFailure, trackCellThroughStacking } from "./browser.mjs";

const base = process.env.BASE_URL;
const shots = process.env.SCREENSHOTS;
const { MOTHER_ROLL, GOOD_CELL, HELD_CELL, DEMO_PASSWORD, ANALYTICS, SIGN_RECIPE, SIGN_VERSION } = process.env;
const browser = await launch();

const logIn = (user, route, loginShot) => logInThroughKeycloak(browser, { base, user, password: DEMO_PASSWORD, route, shot: loginShot && `${shots}/${loginShot}` });

try {
  // operator of L1: scan a cell, track it in and out at stacking, then a held cell
  const op = await logIn("demo-operator", "/operator", "keycloak-login.png");
  await op.getByRole("heading", { name: "Line L1" }).waitFor();
  console.log("operator: logged in through Keycloak");
  await op.locator("#station option").first().waitFor({ state: "attached" });
  await op.selectOption("#station", "STACK-01");
  await trackCellThroughStacking(op, GOOD_CELL);
  await op.screenshot({ path: `${shots}/operator-terminal.png` });
  console.log("operator: tracked out");

  const words = await heldCellRefused(op, HELD_CELL, MOTHER_ROLL);
  await op.screenshot({ path: `${shots}/operator-hold.png` });
  console.log(`operator: hold shown: ${words}`);

  // engineer: FPY trend and defect Pareto of the running line, the roll map of the held roll
  const eng = await logIn("demo-engineer", "/engineer");
  await eng.locator("#trend svg.chart").first().waitFor();
  await eng.locator("#pareto svg.chart").waitFor();
  expect((await eng.locator("#pareto").innerText()).includes("STACK-HIPOT"), "STACK-HIPOT in the Pareto");
  if (ANALYTICS === "running") {
    // the job charts a value after 100 points (phase I); until then the workbench has no chart
    for (let i = 0; i < 30 && (await eng.locator("#spc-chart option").count()) === 0; i++) {
      await eng.waitForTimeout(10000);
      await eng.reload();
      await eng.locator("#spc svg.chart, #spc .nodata").first().waitFor();
    }
    await eng.locator("#spc svg.chart").waitFor();
    const chosen = await eng.locator("#spc-chart option:checked").innerText();
    console.log(`engineer: SPC chart of the running line: ${chosen}`);
  }
  await eng.screenshot({ path: `${shots}/engineer-workbench.png`, fullPage: true });
  console.log("engineer: charts rendered");
  await eng.goto(`${base}#/engineer/roll/${encodeURIComponent(MOTHER_ROLL)}`);
  await eng.locator("#rollmap svg.roll").waitFor();
  expect((await eng.locator("#rollmap svg.roll").innerHTML()).includes("HELD"), "held interval marked on the roll map");
  await eng.locator("#rollmap").scrollIntoViewIfNeeded();
  await eng.screenshot({ path: `${shots}/engineer-roll-map.png` });
  console.log("engineer: roll map with the held interval");

  // quality: an e-signature needs a login younger than 5 minutes. With the browser's clock 5 minutes
  // ahead the UI asks for the password again (Keycloak: prompt=login, max_age=0) before signing.
  const qa = await logIn("demo-quality", `/engineer/sign/${SIGN_RECIPE}/${SIGN_VERSION}`);
  await qa.locator("#meaning").waitFor();
  await qa.clock.install({ time: Date.now() + 5 * 60 * 1000 });
  await qa.reload();
  const reauth = qa.getByRole("button", { name: "Re-enter password to sign" });
  await reauth.click();
  await qa.locator("#password").waitFor();
  expect(qa.url().includes("prompt=login"), `Keycloak asked again, got ${qa.url()}`);
  console.log("quality: asked for the password again before signing");
  await qa.fill("#password", DEMO_PASSWORD);
  // Keycloak knows the user and asks for the password only
  if ((await qa.locator("#username").count()) > 0) await qa.fill("#username", "demo-quality");
  await qa.click("#kc-login");
  await qa.waitForURL((url) => url.toString().startsWith(base));
  await qa.clock.setSystemTime(Date.now()); // the clock is right again: the login is fresh now
  await qa.reload();
  await qa.locator("#meaning").waitFor();
  await qa.selectOption("#meaning", "APPROVED");
  await qa.fill("#comment", "e2e: signed in the browser");
  await qa.getByRole("button", { name: "Sign", exact: true }).click();
  const signed = qa.getByText("Signed APPROVED");
  await signed.waitFor();
  await qa.screenshot({ path: `${shots}/quality-signature.png` });
  console.log(`quality: signed: ${await signed.innerText()}`);

  // auditor: genealogy of the held cell with its lot, supplier and the audit chain; then log out
  const aud = await logIn("demo-auditor", "/auditor");
  await aud.fill("#search-id", HELD_CELL);
  await aud.click("button[type=submit]");
  await aud.locator("svg.genealogy").waitFor();
  const text = await aud.locator("#genealogy-result").innerText();
  expect(text.includes("Demo Cathode Materials Co."), "supplier of the cathode lot");
  expect(text.includes("Audit chain"), "audit chain status");
  expect((await aud.locator("svg.genealogy").innerHTML()).includes(MOTHER_ROLL), "mother roll in the graph");
  await aud.screenshot({ path: `${shots}/auditor-genealogy.png`, fullPage: true });
  console.log("auditor: genealogy opened");
  await aud.click("a[href='/logout']");
  await aud.waitForURL((url) => url.toString().startsWith(base));
  await aud.goto(`${base}#/auditor`);
  await aud.locator("#username").waitFor();
  console.log("auditor: logged out");
} catch (e) {
  await screenshotFailure(browser, shots, e);
} finally {
  await browser.close();
}
