import { ApiError, query } from "../api";
import { evidenceBars, evidenceChart, PARAMETER_KINDS, segmentOf, type Evidence, type RollSegment } from "../evidence";
import { trendParams, versionProblem, type TrendFilters } from "../trendquery";
import { pareto, paretoChart, seriesChart, type LimitLine } from "../chart";
import { api, errorText } from "../context";
import { fill, h, message, svg, table } from "../dom";
import { formatDateTime, formatNumber, formatPercent, t } from "../i18n";
import { INSIGHT_FILTERS, insightKinds, type InsightFilter } from "../insightfilter";
import { rollMapPanel } from "./rollmap";
import { recipeReview } from "./recipes";

interface TrendPoint {
  bucketStart: string;
  units: number;
  failed: number;
  firstPassYield: number;
  scrapRate: number;
  graded: number;
  gradeA: number;
  gradeAYield: number | null;
}
/** Contract for the analytics job's SPC table (not served by the MES yet): see README. */
export interface SpcPoint {
  at: string;
  value: number;
  centre: number | null;
  ucl: number | null;
  lcl: number | null;
  rule: string | null;
}
interface Insight {
  id: string;
  createdAt: string;
  kind: string;
  severity: string;
  line: string;
  title: string;
  status: string;
  confidence: number | null;
  insight: {
    evidence: Evidence[];
    statistic: string | null;
    scope: { equipmentId: string | null; rollSegment?: RollSegment | null };
    suggestedAction: { description: string; rollSegment?: RollSegment | null } | null;
  };
}

const RANGES: Record<string, number> = { "24h": 24, "7d": 168, "30d": 720 };

function rangeOf(key: string): { from: string; to: string } {
  const to = new Date();
  const from = new Date(to.getTime() - (RANGES[key] ?? 24) * 3600_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

function select(id: string, options: [string, string][], value = ""): HTMLSelectElement {
  const s = h("select", { id, name: id }, ...options.map(([v, label]) => h("option", { value: v }, label))) as HTMLSelectElement;
  s.value = value;
  return s;
}

/** A label and its control kept together when the filter bar wraps. */
function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return h("span", { class: "field" }, h("label", { for: id }, label), control);
}

/** Process engineers: yield trend, SPC, Pareto, insights, roll map, recipe review. */
export function engineerView(view: HTMLElement, route: string[]): void {
  const trendBox = h("div", { id: "trend" });
  const spcBox = h("div", { id: "spc" });
  const paretoBox = h("div", { id: "pareto" });
  const insightBox = h("div", { id: "insights" });
  const insightKind = select("insight-kind", (Object.keys(INSIGHT_FILTERS) as InsightFilter[]).map((k) => [k, t(`eng.kind.${k}`)]), "findings");
  const rollBox = h("div", { id: "rollmap" });
  const recipeBox = h("div", { id: "recipes" });
  const range = select("range", Object.keys(RANGES).map((k) => [k, t(`eng.range.${k}` as "eng.range.24h")]), "7d");
  const bucket = select("bucket", [["ten_minutes", "10 min"], ["hour", "1 h"], ["shift", "8 h"], ["day", "1 d"], ["week", "1 w"]], "hour");
  const line = select("line", [["", t("eng.all")], ["L1", "L1"], ["L2", "L2"]]);
  const operation = select("operation", [["", t("eng.all")], ...["COATING", "CALENDERING", "SLITTING", "STACKING", "FILLING", "FORMATION", "AGING", "GRADING"].map((o): [string, string] => [o, o])]);
  const equipment = select("trend-equipment", [["", t("eng.all")]]);
  const recipe = select("trend-recipe", [["", t("eng.all")]]);
  const version = h("input", { id: "trend-version", name: "trend-version", class: "tiny", inputmode: "numeric", autocomplete: "off", "aria-describedby": "trend-version-problem" }) as HTMLInputElement;
  const versionNote = h("span", { id: "trend-version-problem", class: "kv-problem", "aria-live": "polite" });
  void fillBreakdownOptions(equipment, recipe);
  const show = () => {
    const problem = versionProblem({ recipe: recipe.value, version: version.value });
    versionNote.textContent = problem ? `✖ ${t(problem === "needsRecipe" ? "eng.versionNeedsRecipe" : "eng.versionWhole")}` : "";
    version.setAttribute("aria-invalid", String(problem !== null));
    if (problem) return;
    void loadTrend(trendBox, { ...rangeOf(range.value), bucket: bucket.value, line: line.value, operation: operation.value, equipment: equipment.value, recipe: recipe.value, version: version.value });
    void loadPareto(paretoBox, range.value, line.value);
    loadInsightList();
  };
  const loadInsightList = () => void loadInsights(insightBox, line.value, insightKinds(insightKind.value), (rollId) => rollMapPanel(rollBox, rollId));
  insightKind.addEventListener("change", loadInsightList);
  fill(
    view,
    h(
      "form",
      { class: "filters", onsubmit: (e: Event) => (e.preventDefault(), show()) },
      field("range", t("eng.range"), range),
      field("bucket", t("eng.bucket"), bucket),
      field("line", t("eng.line"), line),
      field("operation", t("eng.operation"), operation),
      field("trend-equipment", t("eng.equipment"), equipment),
      field("trend-recipe", t("eng.recipe"), recipe),
      field("trend-version", t("eng.version"), version),
      h("button", { class: "btn", type: "submit" }, t("eng.show")),
      versionNote,
    ),
    h("div", { class: "eng-grid" },
      h("section", { class: "panel wide" }, h("h2", {}, t("eng.trend")), trendBox),
      h("section", { class: "panel" }, h("h2", {}, t("eng.pareto")), paretoBox),
      h("section", { class: "panel" }, h("h2", {}, t("eng.spc")), spcForm(spcBox), spcBox),
      h("section", { class: "panel wide" }, h("h2", {}, t("eng.insights")), h("div", { class: "filters" }, field("insight-kind", t("eng.insightKind"), insightKind)), insightBox),
      h("section", { class: "panel wide" }, h("h2", {}, t("eng.rollMap")), rollForm(rollBox), rollBox),
      h("section", { class: "panel wide" }, h("h2", {}, t("eng.recipes")), recipeBox),
    ),
  );
  show();
  recipeReview(recipeBox, route);
  if (route[0] === "roll" && route[1]) {
    rollMapPanel(rollBox, route[1]);
  }
}

/** Machines and recipes for the trend breakdown; the trend works without them if they fail. */
async function fillBreakdownOptions(equipment: HTMLSelectElement, recipe: HTMLSelectElement): Promise<void> {
  const [machines, recipes] = await Promise.all([
    api.get<{ id: string; name: string }[]>("/api/plant/equipment").catch(() => []),
    api.get<{ id: string }[]>("/api/recipes").catch(() => []),
  ]);
  equipment.append(...machines.map((m) => h("option", { value: m.id }, `${m.id} — ${m.name}`)));
  recipe.append(...[...new Set(recipes.map((r) => r.id))].sort().map((id) => h("option", { value: id }, id)));
}

async function loadTrend(box: HTMLElement, filters: TrendFilters): Promise<void> {
  fill(box, t("app.loading"));
  try {
    const points = await api.get<TrendPoint[]>(`/api/workbench/fpy-trend${query(trendParams(filters))}`);
    if (points.length === 0) {
      fill(box, h("p", { class: "nodata" }, t("app.noData")));
      return;
    }
    const chart = seriesChart(
      points.map((p) => ({ at: Date.parse(p.bucketStart), value: p.firstPassYield, violation: null })),
      [],
      { title: t("eng.trend"), formatX: (at) => formatDateTime(at), formatY: (v) => formatPercent(v) },
    );
    // Downgrades at grading are a yield loss the FPY does not show: the grade-A yield of the cells
    // graded in each bucket, where any were.
    const graded = points.filter((p) => p.gradeAYield !== null);
    const gradeChart = graded.length
      ? svg(
          seriesChart(
            graded.map((p) => ({ at: Date.parse(p.bucketStart), value: p.gradeAYield ?? 0, violation: null })),
            [],
            { title: t("eng.gradeAYield"), formatX: (at) => formatDateTime(at), formatY: (v) => formatPercent(v) },
          ),
        )
      : null;
    fill(
      box,
      svg(chart),
      gradeChart ? h("h3", {}, t("eng.gradeAYield")) : null,
      gradeChart,
      table(
        [t("eng.from"), t("eng.units"), t("eng.fpy"), t("eng.scrap"), t("eng.graded"), t("eng.gradeAYield")],
        points.map((p) => [
          formatDateTime(p.bucketStart),
          formatNumber(p.units),
          formatPercent(p.firstPassYield),
          formatPercent(p.scrapRate),
          formatNumber(p.graded),
          p.gradeAYield === null ? "—" : formatPercent(p.gradeAYield),
        ]),
      ),
    );
  } catch (e) {
    fill(box, message("error", errorText(e)));
  }
}

async function loadPareto(box: HTMLElement, rangeKey: string, line: string): Promise<void> {
  try {
    const bars = await api.get<{ code: string; count: number }[]>(`/api/workbench/defect-pareto${query({ ...rangeOf(rangeKey), line })}`);
    if (bars.length === 0) {
      fill(box, h("p", { class: "nodata" }, t("app.noData")));
      return;
    }
    const data = pareto(bars.map((b) => ({ label: b.code, count: b.count })));
    fill(box, svg(paretoChart(data, t("eng.pareto"), (n) => formatNumber(n))), table(["", t("eng.units"), "Σ"], data.map((b) => [b.label, formatNumber(b.count), formatPercent(b.cumulative)])));
  } catch (e) {
    fill(box, message("error", errorText(e)));
  }
}

interface SpcSeries {
  equipmentId: string;
  tag: string;
  points: number;
  violations: number;
}

/** A picker of the charts that have points (most rule violations first), and the chosen chart. */
function spcForm(box: HTMLElement): HTMLElement {
  const chart = h("select", { id: "spc-chart" }) as HTMLSelectElement;
  const show = (): void => {
    const [equipmentId, tag] = chart.value.split("|");
    if (equipmentId && tag) void loadSpc(box, equipmentId, tag);
  };
  chart.addEventListener("change", show);
  void (async () => {
    try {
      const series = await api.get<SpcSeries[]>(`/api/workbench/spc-charts${query(rangeOf("7d"))}`);
      if (!series.length) {
        fill(box, h("p", { class: "nodata" }, t("eng.noSpc")));
        return;
      }
      fill(chart, ...series.map((s) => h("option", { value: `${s.equipmentId}|${s.tag}` }, t("eng.spcSeries", { equipment: s.equipmentId, tag: s.tag, points: formatNumber(s.points), violations: formatNumber(s.violations) }))));
      show();
    } catch (e) {
      fill(box, message("error", errorText(e)));
    }
  })();
  return h("div", { class: "filters" }, h("label", { for: "spc-chart" }, t("eng.spcChart")), chart);
}

/** Draws SPC points with centre line and control limits; violations marked with their rule. */
export function spcChart(points: SpcPoint[], title: string): string {
  const last = points[points.length - 1];
  const lines: [string, number | null, LimitLine["kind"]][] = [
    [t("eng.limitUcl"), last.ucl, "limit"],
    [t("eng.limitCentre"), last.centre, "centre"],
    [t("eng.limitLcl"), last.lcl, "limit"],
  ];
  const limits: LimitLine[] = lines
    .filter((l): l is [string, number, LimitLine["kind"]] => l[1] !== null && Number.isFinite(l[1]))
    .map(([label, value, kind]) => ({ label: `${label} ${formatNumber(value, 3)}`, value, kind }));
  return seriesChart(
    points.map((p) => ({ at: Date.parse(p.at), value: p.value, violation: p.rule })),
    limits,
    { title, formatX: (at) => formatDateTime(at), formatY: (v) => formatNumber(v, 3) },
  );
}

async function loadSpc(box: HTMLElement, equipmentId: string, tag: string): Promise<void> {
  try {
    const range = rangeOf("7d");
    const body = await api.get<{ points: SpcPoint[] }>(`/api/workbench/spc${query({ equipmentId, tag, ...range })}`);
    if (!body.points?.length) {
      fill(box, h("p", { class: "nodata" }, t("eng.noSpc")));
      return;
    }
    fill(box, svg(spcChart(body.points, `${equipmentId} ${tag}`)));
  } catch (e) {
    fill(box, e instanceof ApiError && e.status === 404 ? h("p", { class: "nodata" }, t("eng.noSpc")) : message("error", errorText(e)));
  }
}

function rollForm(box: HTMLElement): HTMLElement {
  const roll = h("input", { id: "roll-id", class: "short" }) as HTMLInputElement;
  return h(
    "form",
    { class: "filters", onsubmit: (e: Event) => (e.preventDefault(), roll.value.trim() && rollMapPanel(box, roll.value.trim())) },
    h("label", { for: "roll-id" }, t("eng.roll")),
    roll,
    h("button", { class: "btn", type: "submit" }, t("eng.show")),
  );
}

async function loadInsights(box: HTMLElement, line: string, kind: string[], openRoll: (rollId: string) => void): Promise<void> {
  try {
    const insights = await api.get<Insight[]>(`/api/insights${query({ line, kind, limit: 20 })}`);
    if (insights.length === 0) {
      fill(box, h("p", { class: "nodata" }, t("app.noData")));
      return;
    }
    fill(
      box,
      h(
        "ul",
        { class: "insights" },
        ...insights.map((i) => {
          const segment = segmentOf(i.insight);
          const roll = segment?.rollId;
          return h(
            "li",
            {},
            h("details", {},
              h("summary", {}, `${i.severity} · ${formatDateTime(i.createdAt)} · ${i.title} (${i.status})`),
              h("p", {}, `${t("eng.confidence")}: ${formatPercent(i.confidence)} ${i.insight.statistic ?? ""}`),
              table([t("eng.evidence"), "", ""], i.insight.evidence.map((ev) => [ev.name, `${formatNumber(ev.value, 4)} ${ev.unit ?? ""}`, ev.sampleSize === null ? "" : `n=${ev.sampleSize}`])),
              PARAMETER_KINDS.has(i.kind) ? parameterVsOutcome(i, segment) : null,
              i.insight.suggestedAction ? h("p", {}, i.insight.suggestedAction.description) : null,
              roll ? h("button", { class: "btn", type: "button", onclick: () => openRoll(roll) }, `${t("eng.rollMap")}: ${roll}`) : null,
            ),
          );
        }),
      ),
    );
  } catch (e) {
    fill(box, message("error", errorText(e)));
  }
}

/** The insight's evidence numbers as bars with units and sample sizes, and a link to its segment. */
function parameterVsOutcome(i: Insight, segment: RollSegment | null): HTMLElement {
  const title = `${t("eng.paramVsOutcome")}: ${i.title}`;
  const chart = evidenceChart(evidenceBars(i.insight.evidence), {
    title,
    value: (b) => `${formatNumber(b.value, 4)} ${b.unit ?? ""}`.trim(),
    sample: (b) => (b.sampleSize === null ? t("eng.nUnknown") : `n=${formatNumber(b.sampleSize)}${b.smallSample ? ` (${t("eng.smallSample")})` : ""}`),
  });
  return h(
    "div",
    { class: "param-outcome" },
    h("h3", {}, t("eng.paramVsOutcome")),
    i.insight.evidence.length ? svg(chart) : h("p", { class: "nodata" }, t("app.noData")),
    segment
      ? h(
          "a",
          { class: "btn", href: `#/engineer/roll/${encodeURIComponent(segment.rollId)}` },
          t("eng.openSegment", { roll: segment.rollId, from: formatNumber(segment.startM), to: formatNumber(segment.endM) }),
        )
      : null,
  );
}
