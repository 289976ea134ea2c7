import { describe, expect, it } from "vitest";
import { insightKinds } from "./insightfilter";

describe("insight filter", () => {
  it("shows the yield and material findings without the SPC rule violations by default", () => {
    expect(insightKinds("findings")).toContain("CONTAINMENT_SUGGESTION");
    expect(insightKinds("findings")).toContain("RECIPE_SUGGESTION");
    expect(insightKinds("findings")).not.toContain("SPC_RULE_VIOLATION");
    expect(insightKinds("nonsense")).toEqual(insightKinds("findings"));
  });

  it("shows SPC rule violations alone, or every kind", () => {
    expect(insightKinds("spc")).toEqual(["SPC_RULE_VIOLATION"]);
    expect(insightKinds("all")).toEqual([]);
  });
});
