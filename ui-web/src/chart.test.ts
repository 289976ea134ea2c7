import { describe, expect, it } from "vitest";
import { extent, linearScale, niceTicks, pareto, paretoChart, seriesChart } from "./chart";

describe("linearScale", () => {
  it("maps the domain onto the range, including inverted SVG y", () => {
    const y = linearScale([0, 100], [300, 0]);
    expect(y(0)).toBe(300);
    expect(y(100)).toBe(0);
    expect(y(25)).toBe(225);
  });

  it("widens an empty domain instead of dividing by zero", () => {
    const x = linearScale([5, 5], [0, 10]);
    expect(x(5)).toBe(5);
    expect(x.domain).toEqual([4, 6]);
  });
});

describe("niceTicks", () => {
  it("steps by 1, 2 or 5 times a power of ten", () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(13, 87, 4)).toEqual([20, 40, 60, 80]);
    expect(niceTicks(2, 2)).toEqual([2]);
  });
});

describe("extent", () => {
  it("includes limits and pads a little", () => {
    expect(extent([10, 20])).toEqual([9.5, 20.5]);
    expect(extent([])).toEqual([0, 1]);
  });
});

describe("seriesChart", () => {
  const text = { title: "Coat weight <COAT-C01>", formatX: (at: number) => `t${at}`, formatY: (v: number) => v.toFixed(1) };

  it("draws limits and marks violations with their rule, escaping text", () => {
    const svg = seriesChart(
      [
        { at: 0, value: 10 },
        { at: 1, value: 14, violation: "Rule 1: beyond UCL" },
        { at: 2, value: 11 },
      ],
      [
        { label: "UCL 13", value: 13, kind: "limit" },
        { label: "CL 11", value: 11, kind: "centre" },
      ],
      text,
    );
    expect(svg).toContain('aria-label="Coat weight &#60;COAT-C01&#62;"');
    expect(svg.match(/class="violation"/g)).toHaveLength(1);
    expect(svg).toContain("Rule 1: beyond UCL");
    expect(svg.match(/class="point"/g)).toHaveLength(2);
    expect(svg).toContain('class="limit limit"');
    expect(svg).toContain('class="limit centre"');
  });
});

describe("pareto", () => {
  it("sorts by count and accumulates to 100 %", () => {
    const bars = pareto([
      { label: "FILL-LEAK", count: 1 },
      { label: "STACK-HIPOT", count: 3 },
    ]);
    expect(bars.map((b) => b.label)).toEqual(["STACK-HIPOT", "FILL-LEAK"]);
    expect(bars.map((b) => b.cumulative)).toEqual([0.75, 1]);
    expect(paretoChart(bars, "Pareto", String).match(/<rect/g)).toHaveLength(2);
  });
});
