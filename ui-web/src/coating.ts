/**
 * Process values along a roll (GET /api/workbench/rolls/{rollId}/coating → {points:[{positionM,
 * tag, value, unit}]}), one series per tag, in metre order.
 */
export interface RollPoint {
  positionM: number;
  tag: string;
  value: number;
  unit: string | null;
}

export interface TagSeries {
  tag: string;
  unit: string;
  points: { positionM: number; value: number }[];
}

export function seriesByTag(points: readonly RollPoint[] | null | undefined): TagSeries[] {
  const byTag = new Map<string, TagSeries>();
  for (const p of points ?? []) {
    if (!Number.isFinite(p.positionM) || !Number.isFinite(p.value)) continue;
    let series = byTag.get(p.tag);
    if (!series) {
      series = { tag: p.tag, unit: p.unit ?? "", points: [] };
      byTag.set(p.tag, series);
    }
    series.points.push({ positionM: p.positionM, value: p.value });
  }
  const all = [...byTag.values()];
  for (const s of all) s.points.sort((a, b) => a.positionM - b.positionM);
  return all.sort((a, b) => a.tag.localeCompare(b.tag));
}
