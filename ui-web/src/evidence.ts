import { escapeXml } from "./chart";

/**
 * "Parameter vs outcome" for an insight that ties a process parameter to an outcome
 * (PARAMETER_OUTCOME_CORRELATION) or proposes containment (CONTAINMENT_SUGGESTION): its evidence
 * numbers as bars, each with its unit and sample size, and the roll segment to open on the roll map.
 */
export interface Evidence {
  name: string;
  value: number;
  unit: string | null;
  sampleSize: number | null;
}

export interface RollSegment {
  rollId: string;
  startM: number;
  endM: number;
}

export interface EvidenceBar extends Evidence {
  /** |value| relative to the largest |value| of the same unit: numbers of one unit compare. */
  fraction: number;
  /** Fewer than 30 observations: shown with a "small sample" note. */
  smallSample: boolean;
}

export const SMALL_SAMPLE = 30;
export const PARAMETER_KINDS = new Set(["PARAMETER_OUTCOME_CORRELATION", "CONTAINMENT_SUGGESTION"]);

export function evidenceBars(evidence: readonly Evidence[]): EvidenceBar[] {
  const maxByUnit = new Map<string, number>();
  for (const e of evidence) {
    const unit = e.unit ?? "";
    maxByUnit.set(unit, Math.max(maxByUnit.get(unit) ?? 0, Math.abs(e.value)));
  }
  return evidence.map((e) => {
    const max = maxByUnit.get(e.unit ?? "") ?? 0;
    return { ...e, fraction: max === 0 ? 0 : Math.abs(e.value) / max, smallSample: e.sampleSize !== null && e.sampleSize < SMALL_SAMPLE };
  });
}

/** The roll segment of an insight: its scope's, else the one its suggested action would hold. */
export function segmentOf(insight: { scope?: { rollSegment?: RollSegment | null } | null; suggestedAction?: { rollSegment?: RollSegment | null } | null }): RollSegment | null {
  return insight.scope?.rollSegment ?? insight.suggestedAction?.rollSegment ?? null;
}

export interface EvidenceText {
  title: string;
  value: (bar: EvidenceBar) => string;
  sample: (bar: EvidenceBar) => string;
}

/** Horizontal bars, one row per evidence number; the value, unit and n are written on each row. */
export function evidenceChart(bars: readonly EvidenceBar[], text: EvidenceText): string {
  const W = 760;
  const row = 34;
  const left = 260;
  const barMax = 300;
  const H = 12 + bars.length * row;
  const rows = bars
    .map((b, i) => {
      const y = 8 + i * row;
      const width = Math.max(2, b.fraction * barMax);
      const x = b.value < 0 ? left + barMax - width : left;
      return (
        `<g class="evidence${b.smallSample ? " small-sample" : ""}">` +
        `<text class="axis" x="${left - 8}" y="${y + 18}" text-anchor="end">${escapeXml(b.name)}</text>` +
        `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${width.toFixed(1)}" height="20"/>` +
        `<text x="${left + barMax + 8}" y="${y + 18}">${escapeXml(`${text.value(b)}  ${text.sample(b)}`)}</text>` +
        `<title>${escapeXml(`${b.name}: ${text.value(b)}, ${text.sample(b)}`)}</title></g>`
      );
    })
    .join("");
  return `<svg class="chart evidence-chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeXml(text.title)}"><title>${escapeXml(text.title)}</title>${rows}</svg>`;
}
