/**
 * Small SVG charts: a linear scale with readable ticks, a time series with control limits and
 * marked rule violations (SPC, FPY trend), and a Pareto of defect codes. The geometry functions
 * are pure; the render functions return SVG markup with escaped text.
 */
export interface Scale {
  (value: number): number;
  domain: [number, number];
  range: [number, number];
}

export function linearScale(domain: [number, number], range: [number, number]): Scale {
  let [d0, d1] = domain;
  if (d0 === d1) {
    d0 -= 1;
    d1 += 1;
  }
  const factor = (range[1] - range[0]) / (d1 - d0);
  const scale = ((value: number) => range[0] + (value - d0) * factor) as Scale;
  scale.domain = [d0, d1];
  scale.range = range;
  return scale;
}

/** Round tick values (1, 2, 5 × 10^n steps) covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    return [];
  }
  if (min === max) {
    return [min];
  }
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
    ticks.push(Number(v.toFixed(10)));
  }
  return ticks;
}

/** The value range to draw: the data and every limit line, with a little headroom. */
export function extent(values: readonly number[], padFraction = 0.05): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) {
    return [0, 1];
  }
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const pad = (max - min || Math.abs(max) || 1) * padFraction;
  return [min - pad, max + pad];
}

export interface SeriesPoint {
  at: number; // epoch ms
  value: number;
  violation?: string | null;
}

export interface LimitLine {
  label: string;
  value: number;
  kind: "centre" | "limit" | "spec";
}

export interface ChartText {
  title: string;
  formatX: (at: number) => string;
  formatY: (value: number) => string;
}

const W = 760;
const H = 300;
const M = { left: 64, right: 96, top: 16, bottom: 36 };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Line chart of a series with horizontal limit lines; violations drawn as labelled diamonds. */
export function seriesChart(points: readonly SeriesPoint[], limits: readonly LimitLine[], text: ChartText): string {
  const xs = points.map((p) => p.at);
  const x = linearScale([Math.min(...xs), Math.max(...xs)], [M.left, W - M.right]);
  const [y0, y1] = extent([...points.map((p) => p.value), ...limits.map((l) => l.value)]);
  const y = linearScale([y0, y1], [H - M.bottom, M.top]);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`).join("");
  const yTicks = niceTicks(y0, y1, 5)
    .map(
      (v) =>
        `<g class="tick"><line x1="${M.left}" x2="${W - M.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/>` +
        `<text x="${M.left - 6}" y="${(y(v) + 5).toFixed(1)}" text-anchor="end">${escapeXml(text.formatY(v))}</text></g>`,
    )
    .join("");
  const xLabels = (points.length > 1 ? [points[0], points[points.length - 1]] : points.slice(0, 1))
    .filter((p): p is SeriesPoint => p !== undefined)
    .map(
      (p, i) =>
        `<text class="axis" x="${x(p.at).toFixed(1)}" y="${H - 10}" text-anchor="${points.length === 1 ? "middle" : i === 0 ? "start" : "end"}">${escapeXml(text.formatX(p.at))}</text>`,
    )
    .join("");
  const limitLines = limits
    .map(
      (l) =>
        `<g class="limit ${l.kind}"><line x1="${M.left}" x2="${W - M.right}" y1="${y(l.value).toFixed(1)}" y2="${y(l.value).toFixed(1)}"/>` +
        `<text x="${W - M.right + 4}" y="${(y(l.value) + 5).toFixed(1)}">${escapeXml(l.label)}</text></g>`,
    )
    .join("");
  const dots = points
    .map((p) => {
      const cx = x(p.at).toFixed(1);
      const cy = y(p.value).toFixed(1);
      const tip = `<title>${escapeXml(`${text.formatX(p.at)}: ${text.formatY(p.value)}${p.violation ? ` — ${p.violation}` : ""}`)}</title>`;
      return p.violation
        ? `<g class="violation"><path d="M${cx},${Number(cy) - 8}l8,8l-8,8l-8,-8z"/><text x="${cx}" y="${Number(cy) - 12}" text-anchor="middle">${escapeXml(p.violation)}</text>${tip}</g>`
        : `<circle class="point" cx="${cx}" cy="${cy}" r="4">${tip}</circle>`;
    })
    .join("");
  return (
    `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeXml(text.title)}">` +
    `<title>${escapeXml(text.title)}</title>${yTicks}${limitLines}` +
    `<path class="series" d="${path}"/>${dots}${xLabels}</svg>`
  );
}

export interface ParetoBar {
  label: string;
  count: number;
  cumulative: number; // 0..1
}

export function pareto(counts: readonly { label: string; count: number }[]): ParetoBar[] {
  const sorted = [...counts].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const total = sorted.reduce((sum, c) => sum + c.count, 0);
  let running = 0;
  return sorted.map((c) => {
    running += c.count;
    return { label: c.label, count: c.count, cumulative: total === 0 ? 0 : running / total };
  });
}

export function paretoChart(bars: readonly ParetoBar[], title: string, formatCount: (n: number) => string): string {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const band = Math.min(120, (W - M.left - M.right) / Math.max(1, bars.length));
  const y = linearScale([0, max], [H - M.bottom - 40, M.top]);
  const cum = linearScale([0, 1], [H - M.bottom - 40, M.top]);
  const rects = bars
    .map((b, i) => {
      const x0 = M.left + i * band + band * 0.15;
      return (
        `<g class="bar"><rect x="${x0.toFixed(1)}" y="${y(b.count).toFixed(1)}" width="${(band * 0.7).toFixed(1)}" height="${(y(0) - y(b.count)).toFixed(1)}"><title>${escapeXml(`${b.label}: ${formatCount(b.count)}`)}</title></rect>` +
        `<text x="${(x0 + band * 0.35).toFixed(1)}" y="${(y(b.count) - 4).toFixed(1)}" text-anchor="middle">${escapeXml(formatCount(b.count))}</text>` +
        `<text class="axis" transform="translate(${(x0 + band * 0.35).toFixed(1)},${H - M.bottom - 34}) rotate(30)">${escapeXml(b.label)}</text></g>`
      );
    })
    .join("");
  const line = bars
    .map((b, i) => `${i === 0 ? "M" : "L"}${(M.left + (i + 0.5) * band).toFixed(1)},${cum(b.cumulative).toFixed(1)}`)
    .join("");
  return (
    `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title>` +
    `${rects}<path class="cumulative" d="${line}"/></svg>`
  );
}
