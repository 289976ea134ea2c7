import { describe, expect, it } from "vitest";
import { holdsForLine, placeOf, unitTargets, type HoldSummary, type LineFacts } from "./holdfilter";

function hold(id: string, scope: string, targetId: string, recipeVersion: number | null = null): HoldSummary {
  return { id, scope, targetId, recipeVersion, description: id, reason: "r", heldUnits: 1 };
}

const facts: LineFacts = {
  equipment: new Set(["COAT-C01", "STACK-01"]),
  recipes: [{ recipeId: "COAT-NMC811", version: 3 }],
  unitLines: new Map<string, string | null>([
    ["R-1", "L1"],
    ["R-2", "L2"],
    ["C-9", null],
  ]),
};

describe("holds of a line", () => {
  it("places machine holds by the line's machines", () => {
    expect(placeOf(hold("H1", "EQUIPMENT", "STACK-01"), "L1", facts)).toBe("line");
    expect(placeOf(hold("H2", "EQUIPMENT", "STACK-77"), "L1", facts)).toBe("elsewhere");
  });

  it("places recipe holds by the recipes active on the line, version when given", () => {
    expect(placeOf(hold("H1", "RECIPE_VERSION", "COAT-NMC811", 3), "L1", facts)).toBe("line");
    expect(placeOf(hold("H2", "RECIPE_VERSION", "COAT-NMC811", 2), "L1", facts)).toBe("elsewhere");
    expect(placeOf(hold("H3", "RECIPE_VERSION", "COAT-NMC811"), "L1", facts)).toBe("line");
  });

  it("places unit holds by the unit's line and keeps unknown ones", () => {
    expect(placeOf(hold("H1", "ROLL_INTERVAL", "R-1"), "L1", facts)).toBe("line");
    expect(placeOf(hold("H2", "ROLL", "R-2"), "L1", facts)).toBe("elsewhere");
    expect(placeOf(hold("H3", "CELL", "C-9"), "L1", facts)).toBe("unknown");
    expect(placeOf(hold("H4", "LOT", "LOT-5"), "L1", facts)).toBe("unknown");
  });

  it("lists the line's holds first, then unknown ones, never other lines'", () => {
    const holds = [hold("H4", "LOT", "LOT-5"), hold("H2", "ROLL", "R-2"), hold("H1", "ROLL_INTERVAL", "R-1"), hold("H5", "EQUIPMENT", "COAT-C01")];
    expect(holdsForLine(holds, "L1", facts).map((p) => `${p.hold.id}:${p.place}`)).toEqual(["H1:line", "H5:line", "H4:unknown"]);
    expect(holdsForLine(holds.slice(0, 3), "L2", facts).map((p) => p.hold.id)).toEqual(["H2", "H4"]);
  });

  it("looks up each held unit once and no machines", () => {
    expect(unitTargets([hold("H1", "ROLL", "R-1"), hold("H2", "ROLL_INTERVAL", "R-1"), hold("H3", "EQUIPMENT", "STACK-01")])).toEqual(["R-1"]);
  });
});
