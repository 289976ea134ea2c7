/** Element building without innerHTML for data: text always goes in as text. */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === "function") {
      element.addEventListener(name.replace(/^on/, ""), value);
    } else if (value === true) {
      element.setAttribute(name, "");
    } else if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent: Element, children: Child[]): void {
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) {
      parent.append(child instanceof Node ? child : String(child));
    }
  }
}

/** Replaces the content of an element. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** SVG markup from the chart module (its text is escaped there). */
export function svg(markup: string): HTMLElement {
  const box = h("div", { class: "chart-box" });
  box.innerHTML = markup;
  return box;
}

export function table(headers: string[], rows: Child[][], caption?: string): HTMLElement {
  return h(
    "table",
    {},
    caption ? h("caption", {}, caption) : null,
    h("thead", {}, h("tr", {}, ...headers.map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, ...rows.map((r) => h("tr", {}, ...r.map((c) => h("td", {}, c))))),
  );
}

export function message(kind: "error" | "ok" | "info", text: string): HTMLElement {
  const icon = kind === "error" ? "✖ " : kind === "ok" ? "✔ " : "ℹ ";
  return h("p", { class: `msg ${kind}`, role: kind === "error" ? "alert" : "status" }, icon + text);
}
