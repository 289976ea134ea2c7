import { afterEach, describe, expect, it } from "vitest";
import { formatNumber, formatPercent, keysOf, pickLocale, setLocale, t } from "./i18n";

afterEach(() => setLocale("en"));

describe("i18n", () => {
  it("has every English text in Japanese too", () => {
    expect(keysOf("ja").sort()).toEqual(keysOf("en").sort());
  });

  it("fills placeholders in the chosen language", () => {
    expect(t("op.trackedIn", { unit: "C-1", equipment: "STACK-01" })).toBe("C-1 tracked in at STACK-01");
    setLocale("ja");
    expect(t("op.trackedIn", { unit: "C-1", equipment: "STACK-01" })).toBe("C-1 を STACK-01 で着工しました");
  });

  it("picks the stored choice, else Japanese for Japanese browsers, else English", () => {
    expect(pickLocale("en", ["ja-JP"])).toBe("en");
    expect(pickLocale(null, ["ja-JP", "en"])).toBe("ja");
    expect(pickLocale("fr", ["de-DE"])).toBe("en");
  });

  it("formats numbers and percentages with Intl", () => {
    expect(formatNumber(1234.567)).toBe("1,234.57");
    expect(formatPercent(0.9234)).toBe("92.3%");
    expect(formatNumber(null)).toBe("—");
    setLocale("ja");
    expect(formatNumber(1234.5)).toBe("1,234.5");
  });
});
