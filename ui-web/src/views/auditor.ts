import { escapeXml } from "../chart";
import { api, errorText } from "../context";
import { download, toCsv } from "../csv";
import { fill, h, message, svg, table } from "../dom";
import { layout, type GenealogyView, type Layout } from "../genealogy";
import { formatDateTime, formatNumber, t } from "../i18n";

interface AuditRecord {
  seq: number;
  recordedAt: string;
  actor: string;
  action: string;
  sealed: boolean;
  chainPosition: number | null;
}
interface ChainVerification {
  valid: boolean;
  sealedRecords: number;
  firstBrokenPosition: number | null;
  detail: string | null;
}

const COMPLIANCE_ICON: Record<string, string> = { COMPLIANT: "✔", UNDER_REVIEW: "?", FEOC: "✖" };

export function genealogySvg(placed: Layout, rootId: string): string {
  const colW = 300;
  const rowH = 64;
  const W = Math.max(1, placed.columns) * colW;
  const H = Math.max(1, placed.rows) * rowH + 10;
  const pos = new Map(placed.nodes.map((n) => [n.node.id, { x: n.column * colW + 10, y: n.row * rowH + 10 }]));
  const edges = placed.edges
    .map((e) => {
      const a = pos.get(e.from)!;
      const b = pos.get(e.to)!;
      const x1 = a.x + 190;
      const y1 = a.y + 22;
      const x2 = b.x;
      const y2 = b.y + 22;
      return `<g class="edge"><path d="M${x1},${y1}C${x1 + 20},${y1} ${x2 - 20},${y2} ${x2},${y2}"/><text x="${b.x > a.x ? x2 - 6 : x1 + 6}" y="${b.x > a.x ? y2 - 8 : y1 + 16}" text-anchor="${b.x > a.x ? "end" : "start"}">${escapeXml(e.label)}</text></g>`;
    })
    .join("");
  const nodes = placed.nodes
    .map((n) => {
      const p = pos.get(n.node.id)!;
      const root = n.node.id === rootId ? " root" : "";
      return `<g class="node ${n.node.kind.toLowerCase()}${root}"><rect x="${p.x}" y="${p.y}" width="190" height="44" rx="6"/><text x="${p.x + 8}" y="${p.y + 19}">${escapeXml(n.node.id)}</text><text class="sub" x="${p.x + 8}" y="${p.y + 37}">${escapeXml(`${n.node.kind} · ${n.node.status}${n.node.grade ? ` · ${n.node.grade}` : ""}`)}</text></g>`;
    })
    .join("");
  return `<svg class="chart genealogy" viewBox="0 0 ${W} ${H}" width="${W}" role="img" aria-label="Genealogy of ${escapeXml(rootId)}">${edges}${nodes}</svg>`;
}

/** Auditors: search any id; genealogy graph, lots, intervals, operations, audit trail, export. */
export function auditorView(view: HTMLElement, id?: string): void {
  const input = h("input", { id: "search-id", name: "id", value: id ?? "", class: "big" }) as HTMLInputElement;
  const direction = h("select", { id: "direction" }, h("option", { value: "backward" }, t("aud.backward")), h("option", { value: "forward" }, t("aud.forward"))) as HTMLSelectElement;
  const result = h("div", { id: "genealogy-result" });
  const go = () => input.value.trim() && void show(result, input.value.trim(), direction.value);
  direction.addEventListener("change", go);
  fill(
    view,
    h(
      "form",
      { class: "filters", role: "search", onsubmit: (e: Event) => (e.preventDefault(), go()) },
      h("label", { for: "search-id" }, t("aud.search")),
      input,
      h("label", { for: "direction" }, "↔"),
      direction,
      h("button", { class: "btn primary", type: "submit" }, t("aud.find")),
    ),
    result,
  );
  if (id) go();
}

async function show(box: HTMLElement, id: string, direction: string): Promise<void> {
  fill(box, t("app.loading"));
  try {
    const view = await api.get<GenealogyView>(`/api/genealogy/${encodeURIComponent(id)}/${direction}`);
    const trail = await api.get<AuditRecord[]>(`/api/audit?entityType=unit&entityId=${encodeURIComponent(id)}`).catch(() => [] as AuditRecord[]);
    const chain = await api.get<ChainVerification>("/api/audit/verify").catch((e: unknown) => errorText(e));
    const operationsCsv = () =>
      toCsv(view.operations, [
        { header: "unit", value: (o) => o.unitId },
        { header: "operation", value: (o) => o.operation },
        { header: "equipment", value: (o) => o.equipmentId },
        { header: "recipe", value: (o) => o.recipeId },
        { header: "recipeVersion", value: (o) => o.recipeVersion },
        { header: "operator", value: (o) => o.operator },
        { header: "trackedInAt", value: (o) => o.trackedInAt },
        { header: "trackedOutAt", value: (o) => o.trackedOutAt },
        { header: "result", value: (o) => o.result },
        { header: "defectCodes", value: (o) => o.defectCodes },
      ]);
    fill(
      box,
      h(
        "div",
        { class: "buttons" },
        h("button", { class: "btn", type: "button", id: "export-json", onclick: () => download(`genealogy-${id}.json`, "application/json", JSON.stringify({ genealogy: view, auditTrail: trail, chain }, null, 2)) }, t("aud.exportJson")),
        h("button", { class: "btn", type: "button", id: "export-csv", onclick: () => download(`operations-${id}.csv`, "text/csv", operationsCsv()) }, t("aud.exportCsv")),
      ),
      h("section", { class: "panel wide" }, h("h2", {}, `${id} — ${direction === "backward" ? t("aud.backward") : t("aud.forward")}`), h("div", { class: "scroll" }, svg(genealogySvg(layout(view), view.rootId)))),
      h("section", { class: "panel" }, h("h2", {}, t("aud.lots")),
        table([t("aud.lots"), t("aud.supplier"), t("aud.origin"), t("aud.compliance"), "CO₂e kg/kg", "♻ %"],
          view.materialLots.map((l) => [`${l.lotId} (${l.materialId})`, `${l.supplier} ${l.supplierLot ?? ""}`, l.countryOfOrigin, h("span", { class: `compliance ${l.complianceStatus.toLowerCase()}` }, `${COMPLIANCE_ICON[l.complianceStatus] ?? "?"} ${l.complianceStatus}`), formatNumber(l.carbonFootprintKgPerKg), formatNumber(l.recycledContentPct)]))),
      h("section", { class: "panel" }, h("h2", {}, t("aud.intervals")),
        table(["", t("eng.roll"), "m", ""], view.intervals.map((i) => [i.unitId, i.rollId, `${formatNumber(i.startM)}–${formatNumber(i.endM)}`, i.viaRollId ? `via ${i.viaRollId}` : ""]))),
      h("section", { class: "panel wide" }, h("h2", {}, t("aud.operations")),
        table([t("eng.cells"), t("eng.operation"), t("eng.equipment"), t("eng.recipe"), t("aud.operator"), t("eng.from"), t("eng.to"), t("op.result"), t("op.defects")],
          view.operations.map((o) => [o.unitId, o.operation, o.equipmentId, o.recipeId ? `${o.recipeId} v${o.recipeVersion}` : "—", o.operator, formatDateTime(o.trackedInAt), formatDateTime(o.trackedOutAt), o.result ?? "…", o.defectCodes.join(", ")]))),
      h("section", { class: "panel wide" }, h("h2", {}, t("aud.trail")), chainBanner(chain),
        table([t("aud.when"), t("aud.actor"), t("aud.action"), ""], trail.map((r) => [formatDateTime(r.recordedAt), r.actor, r.action, r.sealed ? `✔ ${t("aud.sealed")} #${r.chainPosition}` : t("aud.unsealed")]))),
    );
  } catch (e) {
    fill(box, message("error", errorText(e)));
  }
}

function chainBanner(chain: ChainVerification | string): HTMLElement {
  if (typeof chain === "string") {
    return message("info", chain);
  }
  return chain.valid
    ? message("ok", t("aud.chainOk", { n: formatNumber(chain.sealedRecords) }))
    : message("error", t("aud.chainBroken", { pos: chain.firstBrokenPosition ?? "?", detail: chain.detail ?? "" }));
}
