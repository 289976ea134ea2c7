import { h } from "../dom";
import { formatNumber, t, type TextKey } from "../i18n";
import { checkKeyValues, keyValuesOf, type KeyValueCheck, type KeyValueSpec } from "../keyvalues";

export function keyValueLabel(spec: KeyValueSpec): string {
  return t(`kv.${spec.name}` as TextKey);
}

function problemText(problem: KeyValueCheck["problems"][number]): string {
  const { spec } = problem;
  const name = keyValueLabel(spec);
  if (problem.problem === "required") return t("kv.required", { name });
  if (problem.problem === "number") return t("kv.number", { name });
  return t("kv.range", { name, min: formatNumber(spec.min, 3), max: formatNumber(spec.max, 3), unit: spec.unit });
}

/**
 * Numeric inputs with units for an operation's key values. The typed text lives in `typed`, so a
 * re-render keeps it. Problems are shown next to their field (text and ✖, not colour alone).
 */
export function keyValueFieldset(operation: string, typed: Map<string, string>, problems: KeyValueCheck["problems"] = []): HTMLElement | null {
  const specs = keyValuesOf(operation);
  if (specs.length === 0) return null;
  return h(
    "fieldset",
    { class: "key-values", id: "key-values" },
    h("legend", {}, t("op.keyValues")),
    ...specs.map((spec) => {
      const id = `kv-${spec.name}`;
      const problem = problems.find((p) => p.spec.name === spec.name);
      const input = h("input", {
        id,
        name: spec.name,
        class: "big number",
        type: "text",
        inputmode: "decimal",
        autocomplete: "off",
        value: typed.get(spec.name) ?? "",
        "aria-invalid": problem ? "true" : null,
        "aria-describedby": problem ? `${id}-problem` : `${id}-unit`,
        oninput: (e: Event) => typed.set(spec.name, (e.target as HTMLInputElement).value),
      });
      return h(
        "div",
        { class: "kv" },
        h("label", { for: id }, keyValueLabel(spec)),
        h("span", { class: "kv-input" }, input, h("span", { class: "unit", id: `${id}-unit` }, spec.unit)),
        problem ? h("span", { class: "kv-problem", id: `${id}-problem` }, `✖ ${problemText(problem)}`) : null,
      );
    }),
  );
}

/** Checks what is typed; the values to send, or the problems to show. */
export function checkTyped(operation: string, typed: Map<string, string>, known: Set<string>): KeyValueCheck {
  return checkKeyValues(operation, Object.fromEntries(typed), known);
}
