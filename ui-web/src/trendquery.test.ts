import { describe, expect, it } from "vitest";
import { query } from "./api";
import { trendParams, versionProblem } from "./trendquery";

const base = { from: "2026-11-21T00:00:00.000Z", to: "2026-11-22T00:00:00.000Z", bucket: "hour", line: "", operation: "", equipment: "", recipe: "", version: "" };

describe("FPY trend breakdown", () => {
  it("sends machine, recipe and version as the endpoint names them", () => {
    const q = query(trendParams({ ...base, line: "L1", equipment: "COAT-C01", recipe: "LFP-280P-COAT", version: "3" }));
    expect(q).toBe("?from=2026-11-21T00%3A00%3A00.000Z&to=2026-11-22T00%3A00%3A00.000Z&bucket=hour&line=L1&equipment=COAT-C01&recipe=LFP-280P-COAT&version=3");
  });

  it("leaves out empty filters and a version without recipe or not whole", () => {
    expect(query(trendParams({ ...base, version: "3" }))).not.toContain("version");
    expect(query(trendParams({ ...base, recipe: "R", version: "2.5" }))).not.toContain("version");
    expect(query(trendParams(base))).not.toMatch(/line|operation|equipment|recipe/);
  });

  it("says what is wrong with the version field", () => {
    expect(versionProblem({ recipe: "", version: "2" })).toBe("needsRecipe");
    expect(versionProblem({ recipe: "R", version: "0" })).toBe("notWhole");
    expect(versionProblem({ recipe: "R", version: "2" })).toBeNull();
    expect(versionProblem({ recipe: "", version: "" })).toBeNull();
  });
});
