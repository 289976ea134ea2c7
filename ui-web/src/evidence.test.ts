import { describe, expect, it } from "vitest";
import { evidenceBars, evidenceChart, segmentOf } from "./evidence";

const evidence = [
  { name: "mean coat weight, low segment", value: 19.2, unit: "mg/cm²", sampleSize: 480 },
  { name: "mean coat weight, rest", value: 20.4, unit: "mg/cm²", sampleSize: 5200 },
  { name: "capacity of cells cut there", value: 276.1, unit: "Ah", sampleSize: 12 },
  { name: "Pearson r", value: -0.62, unit: null, sampleSize: null },
];

describe("parameter vs outcome evidence", () => {
  it("scales bars within a unit and flags small samples", () => {
    const bars = evidenceBars(evidence);
    expect(bars.map((b) => Number(b.fraction.toFixed(3)))).toEqual([0.941, 1, 1, 1]);
    expect(bars.map((b) => b.smallSample)).toEqual([false, false, true, false]);
  });

  it("writes value, unit and sample size on every row, escaped", () => {
    const markup = evidenceChart(evidenceBars([...evidence, { name: "<x>", value: 0, unit: null, sampleSize: 1 }]), {
      title: "Parameter vs outcome",
      value: (b) => `${b.value} ${b.unit ?? ""}`,
      sample: (b) => (b.sampleSize === null ? "" : `n=${b.sampleSize}`),
    });
    expect(markup).toContain("19.2 mg/cm²  n=480");
    expect(markup).toContain("n=12");
    expect(markup.match(/class="evidence small-sample"/g)).toHaveLength(2);
    expect(markup).toContain("&#60;x&#62;");
    expect(markup).not.toContain("<x>");
  });

  it("takes the roll segment from the scope, else from the suggested hold", () => {
    const seg = { rollId: "R-1", startM: 400, endM: 600 };
    expect(segmentOf({ scope: { rollSegment: seg }, suggestedAction: null })).toEqual(seg);
    expect(segmentOf({ scope: { rollSegment: null }, suggestedAction: { rollSegment: seg } })).toEqual(seg);
    expect(segmentOf({ scope: null, suggestedAction: null })).toBeNull();
  });
});
