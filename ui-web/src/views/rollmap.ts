import { ApiError } from "../api";
import { escapeXml, linearScale, niceTicks, seriesChart } from "../chart";
import { seriesByTag, type RollPoint } from "../coating";
import { api, errorText } from "../context";
import { fill, h, message, svg, table } from "../dom";
import { formatNumber, t } from "../i18n";

interface RollMapView {
  rollId: string;
  polarity: string;
  lengthM: number;
  daughters: { id: string; lane: number | null; startM: number; endM: number }[];
  cells: { cellId: string; startM: number; endM: number; viaRollId: string | null; status: string; grade: string | null; held: boolean }[];
  holds: { holdId: string; startM: number; endM: number; reason: string; ncrId: string | null }[];
}

/** Roll map: the metre axis, held intervals (hatched + "HELD"), cells cut from each interval. */
export function rollMapSvg(map: RollMapView): string {
  const W = 900;
  const x = linearScale([0, map.lengthM], [40, W - 20]);
  const rows = new Map<string, number>();
  for (const c of map.cells) {
    const lane = c.viaRollId ?? map.rollId;
    if (!rows.has(lane)) rows.set(lane, rows.size);
  }
  const H = 90 + Math.max(1, rows.size) * 26;
  const ticks = niceTicks(0, map.lengthM, 8)
    .map((m) => `<g class="tick"><line x1="${x(m)}" x2="${x(m)}" y1="40" y2="${H - 20}"/><text x="${x(m)}" y="${H - 4}" text-anchor="${m === 0 ? "start" : x(m) > W - 60 ? "end" : "middle"}">${formatNumber(m)} m</text></g>`)
    .join("");
  const holds = map.holds
    .map((hd) => `<g class="held"><rect x="${x(hd.startM)}" y="20" width="${Math.max(2, x(hd.endM) - x(hd.startM))}" height="${H - 40}"/><text x="${x(hd.startM) + 4}" y="34">${escapeXml(`${t("eng.held")} ${hd.holdId}`)}</text><title>${escapeXml(`${hd.holdId}: ${hd.reason}`)}</title></g>`)
    .join("");
  const cells = map.cells
    .map((c) => {
      const y = 50 + (rows.get(c.viaRollId ?? map.rollId) ?? 0) * 26;
      return `<rect class="cell${c.held ? " held-cell" : ""}" x="${x(c.startM)}" y="${y}" width="${Math.max(2, x(c.endM) - x(c.startM))}" height="18"><title>${escapeXml(`${c.cellId} ${formatNumber(c.startM)}–${formatNumber(c.endM)} m ${c.status}${c.held ? " HELD" : ""}`)}</title></rect>`;
    })
    .join("");
  const lanes = [...rows.entries()].map(([id, row]) => `<text class="axis" x="2" y="${64 + row * 26}">${escapeXml(id.slice(-3))}</text>`).join("");
  return `<svg class="chart roll" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeXml(`${t("eng.rollMap")} ${map.rollId}`)}"><rect class="axis-bar" x="${x(0)}" y="40" width="${x(map.lengthM) - x(0)}" height="4"/>${ticks}${holds}${cells}${lanes}</svg>`;
}

export async function rollMapPanel(box: HTMLElement, rollId: string): Promise<void> {
  fill(box, t("app.loading"));
  try {
    const map = await api.get<RollMapView>(`/api/workbench/rolls/${encodeURIComponent(rollId)}/map`);
    const coating = h("div", { id: "coating" }, t("app.loading"));
    void coatingCharts(coating, rollId);
    fill(
      box,
      h("h3", {}, `${map.rollId} · ${map.polarity} · ${formatNumber(map.lengthM)} m`),
      svg(rollMapSvg(map)),
      coating,
      map.holds.length
        ? table([t("eng.hold"), "m", "NCR", ""], map.holds.map((hd) => [`⚠ ${hd.holdId}`, `${formatNumber(hd.startM)}–${formatNumber(hd.endM)}`, hd.ncrId ?? "—", hd.reason]))
        : null,
      table(
        [t("eng.cells"), "m", t("op.status"), ""],
        map.cells.slice(0, 200).map((c) => [
          h("a", { href: `#/auditor/${encodeURIComponent(c.cellId)}` }, c.cellId),
          `${formatNumber(c.startM)}–${formatNumber(c.endM)}${c.viaRollId ? ` (${c.viaRollId})` : ""}`,
          `${c.status}${c.grade ? ` · ${c.grade}` : ""}`,
          c.held ? `⚠ ${t("eng.held")}` : "",
        ]),
      ),
    );
  } catch (e) {
    fill(box, message("error", errorText(e)));
  }
}

/** Process values along the roll, one chart per tag on the roll's metre axis; "no data yet" when none. */
async function coatingCharts(box: HTMLElement, rollId: string): Promise<void> {
  try {
    const body = await api.get<{ points: RollPoint[] }>(`/api/workbench/rolls/${encodeURIComponent(rollId)}/coating`);
    const series = seriesByTag(body.points);
    if (series.length === 0) {
      fill(box, h("p", { class: "nodata" }, t("eng.noCoating")));
      return;
    }
    fill(
      box,
      ...series.slice(0, 4).map((s) =>
        svg(
          seriesChart(
            s.points.map((p) => ({ at: p.positionM, value: p.value })),
            [],
            { title: `${rollId} · ${s.tag} (${s.unit})`, formatX: (m) => `${formatNumber(m)} m`, formatY: (v) => `${formatNumber(v, 2)} ${s.unit}` },
          ),
        ),
      ),
    );
  } catch (e) {
    fill(box, e instanceof ApiError && e.status === 404 ? h("p", { class: "nodata" }, t("eng.noCoating")) : message("error", errorText(e)));
  }
}
