import { describe, expect, it } from "vitest";
import { classify, ScanDetector } from "./scanner";

function typeAt(detector: ScanDetector, text: string, startMs: number, gapMs: number): string | null {
  let result: string | null = null;
  [...text, "Enter"].forEach((key, i) => {
    result = detector.key(key, startMs + i * gapMs);
  });
  return result;
}

describe("ScanDetector", () => {
  it("recognises a fast burst ending in Enter as a scan", () => {
    expect(typeAt(new ScanDetector(), "C-000123", 1000, 8)).toBe("C-000123");
  });

  it("ignores a person typing slowly", () => {
    expect(typeAt(new ScanDetector(), "C-000123", 1000, 180)).toBeNull();
  });

  it("ignores codes shorter than the minimum", () => {
    expect(typeAt(new ScanDetector(), "C-1", 1000, 5)).toBeNull();
  });

  it("starts a new code after a pause, dropping what a person typed before", () => {
    const detector = new ScanDetector();
    detector.key("x", 0);
    detector.key("y", 300);
    expect(typeAt(detector, "R-42-A", 2000, 10)).toBe("R-42-A");
  });

  it("resets on a non-character key such as Shift", () => {
    const detector = new ScanDetector();
    detector.key("L", 0);
    detector.key("Shift", 5);
    expect(detector.key("Enter", 10)).toBeNull();
  });
});

describe("classify", () => {
  it("knows cells, rolls and lots by their label prefix", () => {
    expect(classify("C-000123")).toBe("cell");
    expect(classify("r-9")).toBe("roll");
    expect(classify("L-2026-11-001")).toBe("lot");
    expect(classify("C-")).toBe("unknown");
    expect(classify("XYZ")).toBe("unknown");
  });
});
