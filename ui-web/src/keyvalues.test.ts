import { describe, expect, it } from "vitest";
import { checkKeyValues, keyValuesOf, knownKeyValues, parseDecimal } from "./keyvalues";

describe("key values at track-out", () => {
  it("belong to formation, aging and grading only", () => {
    expect(keyValuesOf("GRADING").map((k) => k.name)).toEqual(["capacity_ah", "dcir_mohm", "k_value_mv_per_day", "ocv_v"]);
    expect(keyValuesOf("AGING").map((k) => k.name)).toEqual(["k_value_mv_per_day", "ocv_v"]);
    expect(keyValuesOf("FORMATION").map((k) => k.unit)).toEqual(["Ah", "mΩ", "V"]);
    expect(keyValuesOf("STACKING")).toEqual([]);
    expect(keyValuesOf(undefined)).toEqual([]);
  });

  it("parses plain decimals with a dot or a comma and nothing else", () => {
    expect(parseDecimal(" 3.31 ")).toBe(3.31);
    expect(parseDecimal("3,31")).toBe(3.31);
    expect(parseDecimal("-0.4")).toBe(-0.4);
    expect(parseDecimal("12abc")).toBeNull();
    expect(parseDecimal("1,000.5")).toBeNull();
    expect(parseDecimal("")).toBeNull();
    expect(parseDecimal("Infinity")).toBeNull();
  });

  it("sends typed values and leaves empty optional ones out", () => {
    const check = checkKeyValues("AGING", { k_value_mv_per_day: "0.4", ocv_v: "" });
    expect(check).toEqual({ values: { k_value_mv_per_day: 0.4 }, problems: [] });
  });

  it("refuses text, out-of-range values and missing grading inputs", () => {
    const check = checkKeyValues("GRADING", { capacity_ah: "abc", dcir_mohm: "5000", ocv_v: "" });
    expect(check.problems.map((p) => [p.spec.name, p.problem])).toEqual([
      ["capacity_ah", "number"],
      ["dcir_mohm", "range"],
      ["ocv_v", "required"],
    ]);
    expect(check.values).toEqual({});
  });

  it("lets grading use values the cell already has from formation", () => {
    const known = knownKeyValues({ capacityAh: 50.2, dcirMOhm: 0.8, ocvV: 3.3, kValueMvPerDay: null });
    expect([...known].sort()).toEqual(["capacity_ah", "dcir_mohm", "ocv_v"]);
    expect(checkKeyValues("GRADING", {}, known).problems).toEqual([]);
    expect(checkKeyValues("FORMATION", {}).problems).toEqual([]);
  });
});
