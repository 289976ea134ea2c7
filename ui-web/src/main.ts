import "./style.css";
import { api, errorText, type Me } from "./context";
import { fill, h, message } from "./dom";
import { locale, pickLocale, setLocale, t, type Locale } from "./i18n";
import { classify, ScanDetector } from "./scanner";
import { auditorView } from "./views/auditor";
import { engineerView } from "./views/engineer";
import { OperatorTerminal } from "./views/operator";
import { setRecipeUser } from "./views/recipes";

const detector = new ScanDetector();
const header = document.getElementById("header") as HTMLElement;
const nav = document.getElementById("nav") as HTMLElement;
const view = document.getElementById("view") as HTMLElement;
let me: Me | null = null;
let terminal: OperatorTerminal | null = null;

setLocale(pickLocale(localStorage.getItem("gigafab.locale"), navigator.languages));

/** A scan anywhere opens the item in the workspace the user is in. */
document.addEventListener(
  "keydown",
  (event) => {
    const code = detector.key(event.key, event.timeStamp);
    if (code === null) return;
    event.preventDefault();
    const scanned = document.getElementById("scan-status");
    if (scanned) scanned.textContent = t("app.scanned", { code });
    const workspace = workspaceOf(window.location.hash);
    if (workspace === "engineer" && classify(code) === "roll") {
      window.location.hash = `#/engineer/roll/${encodeURIComponent(code)}`;
    } else if (workspace === "operator") {
      if (terminal) void terminal.open(code);
      else window.location.hash = `#/operator/${encodeURIComponent(code)}`;
    } else {
      window.location.hash = `#/auditor/${encodeURIComponent(code)}`;
    }
  },
  true,
);

function workspaceOf(hash: string): string {
  return hash.replace(/^#\//, "").split("/")[0] || defaultWorkspace();
}

function defaultWorkspace(): string {
  if (!me) return "operator";
  if (me.roles.includes("operator")) return "operator";
  if (me.roles.includes("engineer") || me.roles.includes("quality")) return "engineer";
  return "auditor";
}

function renderShell(): void {
  document.documentElement.lang = locale();
  document.title = t("app.title");
  const language = h("select", { id: "language", "aria-label": t("app.language") }, h("option", { value: "en" }, "English"), h("option", { value: "ja" }, "日本語")) as HTMLSelectElement;
  language.value = locale();
  language.addEventListener("change", () => {
    setLocale(language.value as Locale);
    localStorage.setItem("gigafab.locale", language.value);
    renderShell();
    route();
  });
  fill(
    header,
    h("h1", {}, t("app.title")),
    h("span", { id: "scan-status", "aria-live": "polite" }, t("app.scanHint")),
    h("span", { class: "user" }, me ? t("app.loggedInAs", { name: me.name }) : ""),
    language,
    h("a", { class: "btn small", href: "/logout" }, t("app.logout")),
  );
  const workspace = workspaceOf(window.location.hash);
  fill(
    nav,
    ...(["operator", "engineer", "auditor"] as const).map((w) =>
      h("a", { class: "tab", href: `#/${w}`, "aria-current": workspace === w ? "page" : null }, t(`nav.${w}`)),
    ),
  );
}

function route(): void {
  const parts = window.location.hash.replace(/^#\//, "").split("/").map(decodeURIComponent);
  const workspace = parts[0] || defaultWorkspace();
  terminal?.unmount();
  terminal = null;
  renderShell();
  if (workspace === "engineer") {
    engineerView(view, parts.slice(1));
  } else if (workspace === "auditor") {
    auditorView(view, parts[1]);
  } else {
    const line = me?.lines[0] ?? "L1";
    terminal = new OperatorTerminal(me as Me, line);
    terminal.mount(view, parts[1]);
  }
}

async function start(): Promise<void> {
  try {
    me = await api.get<Me>("/api/me");
    setRecipeUser(me);
  } catch (e) {
    fill(view, message("error", errorText(e)));
    return;
  }
  window.addEventListener("hashchange", route);
  route();
}

void start();
