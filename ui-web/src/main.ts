import "./style.css";
import { classify, ScanDetector } from "./scanner";

const detector = new ScanDetector();
const status = document.getElementById("scan-status");
const view = document.getElementById("view");

document.addEventListener("keydown", (event) => {
  const code = detector.key(event.key, event.timeStamp);
  if (code === null) {
    return;
  }
  event.preventDefault();
  const kind = classify(code);
  if (status) {
    status.textContent = `Scanned ${code}`;
  }
  window.location.hash = kind === "unknown" ? `#/search/${encodeURIComponent(code)}` : `#/${kind}/${encodeURIComponent(code)}`;
});

function render(): void {
  if (view) {
    const route = decodeURIComponent(window.location.hash.replace(/^#\//, ""));
    view.textContent = route ? `Opening ${route}` : "";
  }
}

window.addEventListener("hashchange", render);
render();
