import { describe, expect, it } from "vitest";
import { seriesByTag } from "./coating";

describe("coating values along a roll", () => {
  it("makes one metre-ordered series per tag with its unit", () => {
    const series = seriesByTag([
      { positionM: 20, tag: "coat_weight_gsm", value: 181, unit: "g/m²" },
      { positionM: 10, tag: "coat_weight_gsm", value: 180, unit: "g/m²" },
      { positionM: 10, tag: "thickness_um", value: 92, unit: "µm" },
      { positionM: Number.NaN, tag: "thickness_um", value: 93, unit: "µm" },
    ]);
    expect(series).toEqual([
      { tag: "coat_weight_gsm", unit: "g/m²", points: [{ positionM: 10, value: 180 }, { positionM: 20, value: 181 }] },
      { tag: "thickness_um", unit: "µm", points: [{ positionM: 10, value: 92 }] },
    ]);
  });

  it("is empty for no points or a missing list", () => {
    expect(seriesByTag([])).toEqual([]);
    expect(seriesByTag(undefined)).toEqual([]);
  });
});
