import { describe, expect, it } from "vitest";
import { edgesOf, layout, type GenealogyView } from "./genealogy";

const backward: GenealogyView = {
  rootId: "C-1",
  direction: "BACKWARD",
  units: [
    { id: "C-1", kind: "CELL", status: "ACTIVE" },
    { id: "R-9-L2", kind: "ROLL", status: "CONSUMED" },
    { id: "R-9", kind: "ROLL", status: "COMPLETED" },
    { id: "ML-LFP", kind: "LOT", status: "ACTIVE" },
  ],
  links: [{ inputId: "ML-LFP", outputId: "R-9", relation: "CONSUMED", quantity: 40 }],
  intervals: [
    { unitId: "C-1", rollId: "R-9-L2", startM: 100, endM: 110.5 },
    { unitId: "C-1", rollId: "R-9", startM: 100, endM: 110.5, viaRollId: "R-9-L2" },
    { unitId: "R-9-L2", rollId: "R-9", startM: 0, endM: 1000 },
  ],
  materialLots: [],
  operations: [],
};

describe("genealogy layout", () => {
  it("orients edges away from the searched unit and labels roll metres", () => {
    const edges = edgesOf(backward);
    expect(edges).toContainEqual({ from: "R-9", to: "ML-LFP", label: "consumed" });
    expect(edges).toContainEqual({ from: "C-1", to: "R-9-L2", label: "100–110.5 m" });
  });

  it("puts each unit in the column of its shortest distance from the root", () => {
    const placed = layout(backward);
    const column = Object.fromEntries(placed.nodes.map((n) => [n.node.id, n.column]));
    expect(column).toEqual({ "C-1": 0, "R-9": 1, "R-9-L2": 1, "ML-LFP": 2 });
    expect(placed.columns).toBe(3);
    expect(placed.rows).toBe(2);
  });

  it("keeps units without a path to the root visible in a column of their own", () => {
    const placed = layout({ ...backward, units: [...backward.units, { id: "X-1", kind: "LOT", status: "ACTIVE" }] });
    expect(placed.nodes.find((n) => n.node.id === "X-1")?.column).toBe(3);
  });

  it("reverses edges for a forward genealogy", () => {
    const forward = { ...backward, rootId: "ML-LFP", direction: "FORWARD" as const };
    const column = Object.fromEntries(layout(forward).nodes.map((n) => [n.node.id, n.column]));
    expect(column["ML-LFP"]).toBe(0);
    expect(column["R-9"]).toBe(1);
    expect(column["C-1"]).toBe(2);
  });
});
