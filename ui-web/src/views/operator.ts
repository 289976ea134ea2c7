import { ApiError, newIdempotencyKey, NotDoneError, query } from "../api";
import { api, errorText, type Me } from "../context";
import { fill, h, message, table } from "../dom";
import { formatDateTime, formatNumber, t } from "../i18n";
import { holdsForLine, unitTargets, type HoldSummary } from "../holdfilter";
import { knownKeyValues, type KeyValueCheck } from "../keyvalues";
import { LineEvents } from "../live";
import { checkTyped, keyValueFieldset } from "./keyvalueform";

interface Unit {
  id: string;
  kind: string;
  status: string;
  nextOperation: string | null;
  currentRun: number | null;
  currentEquipment: string | null;
  activeHolds: string[];
  lineId: string | null;
  cell?: { grade: string | null; capacityAh: number | null; dcirMOhm: number | null; kValueMvPerDay: number | null; ocvV: number | null } | null;
}
interface Equipment {
  id: string;
  name: string;
  operation: string;
  state: string;
}
interface Limits {
  lower?: number;
  upper?: number;
}
interface Parameter {
  name: string;
  unit: string;
  target?: number;
  specLimits?: Limits;
  controlLimits?: Limits;
}
interface Defect {
  code: string;
  description: string;
}

const RESULTS = ["PASS", "FAIL", "REWORK"] as const;

function limits(l?: Limits): string {
  return l ? `${formatNumber(l.lower)} … ${formatNumber(l.upper)}` : "—";
}

/** The shop-floor terminal of one line: station, item in process, recipe, holds, alarms, insights. */
export class OperatorTerminal {
  private station = "";
  private stations: Equipment[] = [];
  private unit: Unit | null = null;
  private result: (typeof RESULTS)[number] = "PASS";
  private defects = new Set<string>();
  private typed = new Map<string, string>();
  private kvProblems: KeyValueCheck["problems"] = [];
  private readonly root = h("div", { class: "operator" });
  private readonly itemBox = h("section", { class: "panel item", "aria-labelledby": "item-h" });
  private readonly recipeBox = h("section", { class: "panel", "aria-labelledby": "recipe-h" });
  private readonly holdBox = h("section", { class: "panel", "aria-labelledby": "holds-h" });
  private readonly alarmBox = h("section", { class: "panel", "aria-labelledby": "alarms-h" });
  private readonly insightBox = h("section", { class: "panel", "aria-labelledby": "insights-h" });
  private readonly feedback = h("div", { class: "feedback", "aria-live": "assertive" });
  private readonly liveBadge = h("span", { class: "live", role: "status" }, t("op.offline"));
  private events: LineEvents | null = null;

  constructor(
    private readonly me: Me,
    private readonly line: string,
  ) {}

  mount(view: HTMLElement, unitId?: string): void {
    fill(view, this.root);
    const input = h("input", { id: "scan-input", name: "unit", autocomplete: "off", class: "big" }) as HTMLInputElement;
    const stationSelect = h("select", { id: "station", class: "big" }) as HTMLSelectElement;
    stationSelect.addEventListener("change", () => {
      this.station = stationSelect.value;
      void this.refreshRecipe();
      this.renderItem();
    });
    fill(
      this.root,
      h(
        "div",
        { class: "op-head" },
        h("h2", {}, t("op.line", { line: this.line })),
        this.liveBadge,
        h("label", { for: "station" }, t("op.station")),
        stationSelect,
      ),
      h(
        "form",
        {
          class: "open-item",
          onsubmit: (e: Event) => {
            e.preventDefault();
            if (input.value.trim()) {
              void this.open(input.value.trim());
            }
          },
        },
        h("label", { for: "scan-input" }, t("op.scanOrType")),
        input,
        h("button", { type: "submit", class: "btn" }, t("op.open")),
      ),
      this.feedback,
      h("div", { class: "op-grid" }, this.itemBox, h("div", { class: "side" }, this.recipeBox, this.holdBox, this.alarmBox, this.insightBox)),
    );
    // holds are placed on the line by its machines, so they wait for the station list
    void this.loadStations(stationSelect).then(() => {
      void this.refreshHolds();
      return unitId ? this.open(unitId) : this.renderItem();
    });
    void this.refreshAlarms();
    void this.refreshInsights();
    this.events = new LineEvents(this.line, (changed) => this.onLineChange(changed), (live) => {
      this.liveBadge.textContent = live ? `● ${t("op.live")}` : t("op.offline");
      this.liveBadge.className = live ? "live on" : "live";
    });
  }

  unmount(): void {
    this.events?.close();
  }

  private onLineChange(changed: string[]): void {
    if (changed.includes("holds")) void this.refreshHolds();
    if (changed.includes("alarms") || changed.includes("equipment")) void this.refreshAlarms();
    if (changed.includes("insights")) void this.refreshInsights();
    if (changed.includes("recipes")) void this.refreshRecipe();
    if ((changed.includes("runs") || changed.includes("holds")) && this.unit) void this.open(this.unit.id, false);
  }

  private async loadStations(select: HTMLSelectElement): Promise<void> {
    try {
      this.stations = await api.get<Equipment[]>(`/api/plant/lines/${encodeURIComponent(this.line)}/equipment`);
    } catch (e) {
      this.feedback.replaceChildren(message("error", errorText(e)));
      return;
    }
    fill(select, ...this.stations.map((s) => h("option", { value: s.id }, `${s.id} — ${s.operation}`)));
    this.station = this.station || this.stations[0]?.id || "";
    select.value = this.station;
    await this.refreshRecipe();
  }

  async open(unitId: string, clearFeedback = true): Promise<void> {
    if (clearFeedback) this.feedback.replaceChildren();
    try {
      const unit = await api.get<Unit>(`/api/units/${encodeURIComponent(unitId)}`);
      if (unit.id !== this.unit?.id) {
        this.typed.clear();
        this.kvProblems = [];
      }
      this.unit = unit;
      // the station the unit is at (in process), else the one of its next operation
      const at = unit.currentRun !== null
        ? this.stations.find((s) => s.id === unit.currentEquipment)
        : this.stations.find((s) => s.operation === unit.nextOperation);
      if (at && clearFeedback) {
        this.selectStation(at.id);
      }
      this.renderItem();
    } catch (e) {
      this.unit = null;
      this.renderItem();
      this.feedback.replaceChildren(message("error", errorText(e)));
    }
  }

  private selectStation(id: string): void {
    this.station = id;
    const select = this.root.querySelector<HTMLSelectElement>("#station");
    if (select) select.value = id;
    void this.refreshRecipe();
  }

  private currentOperation(): string | undefined {
    return this.stations.find((s) => s.id === this.station)?.operation;
  }

  private renderItem(): void {
    const u = this.unit;
    if (!u) {
      fill(this.itemBox, h("h3", { id: "item-h" }, t("op.item")), h("p", { class: "hint" }, t("app.scanHint")));
      return;
    }
    const held = u.activeHolds.length > 0;
    fill(
      this.itemBox,
      h("h3", { id: "item-h" }, t("op.item")),
      h("p", { class: "unit-id" }, u.id, " ", h("span", { class: "tag" }, u.kind)),
      h(
        "dl",
        {},
        h("dt", {}, t("op.status")),
        h("dd", {}, u.status),
        h("dt", {}, t("op.next")),
        h("dd", {}, u.nextOperation ?? "—"),
        u.cell?.grade ? h("dt", {}, t("op.grade")) : null,
        u.cell?.grade ? h("dd", { id: "grade" }, u.cell.grade) : null,
      ),
      held
        ? h(
            "div",
            { class: "hold-banner", role: "alert" },
            h("strong", {}, `⚠ ${t("op.onHold")}: `),
            `${u.id} — ${u.activeHolds.join("; ")}`,
          )
        : null,
      this.actions(u),
    );
    void this.loadDefects();
  }

  private actions(u: Unit): HTMLElement {
    const inProcess = u.currentRun !== null;
    const resultGroup = h(
      "div",
      { role: "group", "aria-labelledby": "result-label", class: "choices" },
      h("span", { id: "result-label", class: "label" }, t("op.result")),
      ...RESULTS.map((r) =>
        h(
          "button",
          {
            type: "button",
            class: `btn choice result-${r.toLowerCase()}`,
            "aria-pressed": String(this.result === r),
            onclick: () => {
              this.result = r;
              this.renderItem();
            },
          },
          `${this.result === r ? "✔ " : ""}${t(`result.${r}`)}`,
        ),
      ),
    );
    return h(
      "div",
      { class: "actions" },
      inProcess ? resultGroup : null,
      inProcess ? h("div", { id: "defects", role: "group", "aria-label": t("op.defects"), class: "choices" }) : null,
      inProcess && u.kind === "CELL" ? keyValueFieldset(this.currentOperation() ?? "", this.typed, this.kvProblems) : null,
      h(
        "div",
        { class: "buttons" },
        h("button", { type: "button", class: "btn primary", id: "track-in", disabled: inProcess, onclick: () => void this.trackIn() }, t("op.trackIn")),
        h("button", { type: "button", class: "btn primary", id: "track-out", disabled: !inProcess, onclick: () => void this.trackOut() }, t("op.trackOut")),
      ),
    );
  }

  private async loadDefects(): Promise<void> {
    const box = this.itemBox.querySelector("#defects");
    const operation = this.currentOperation();
    if (!box || !operation) return;
    try {
      const codes = await api.get<Defect[]>(`/api/defect-codes${query({ operation })}`);
      fill(
        box,
        h("span", { class: "label" }, t("op.defects")),
        ...codes.map((d) =>
          h(
            "button",
            {
              type: "button",
              class: "btn choice defect",
              "aria-pressed": String(this.defects.has(d.code)),
              title: d.description,
              onclick: (e: Event) => {
                const button = e.currentTarget as HTMLElement;
                if (this.defects.has(d.code)) this.defects.delete(d.code);
                else this.defects.add(d.code);
                button.setAttribute("aria-pressed", String(this.defects.has(d.code)));
                button.firstChild!.textContent = `${this.defects.has(d.code) ? "✔ " : ""}${d.code}`;
              },
            },
            h("span", {}, `${this.defects.has(d.code) ? "✔ " : ""}${d.code}`),
            h("small", {}, d.description),
          ),
        ),
      );
    } catch (e) {
      box.replaceChildren(message("error", errorText(e)));
    }
  }

  private async trackIn(): Promise<void> {
    const u = this.unit;
    if (!u) return;
    try {
      await api.post(`/api/units/${encodeURIComponent(u.id)}/track-in`, { equipmentId: this.station });
      this.feedback.replaceChildren(message("ok", t("op.trackedIn", { unit: u.id, equipment: this.station })));
      await this.open(u.id, false);
    } catch (e) {
      this.report(e, u.id);
    }
  }

  private async trackOut(): Promise<void> {
    const u = this.unit;
    if (!u) return;
    if (this.result === "FAIL" && this.defects.size === 0) {
      this.feedback.replaceChildren(message("error", t("op.needDefect")));
      return;
    }
    const check = u.kind === "CELL" ? checkTyped(this.currentOperation() ?? "", this.typed, knownKeyValues(u.cell)) : { values: {}, problems: [] };
    this.kvProblems = check.problems;
    if (check.problems.length > 0) {
      this.renderItem();
      this.feedback.replaceChildren(message("error", t("op.checkValues")));
      this.itemBox.querySelector<HTMLInputElement>("[aria-invalid=true]")?.focus();
      return;
    }
    const key = newIdempotencyKey(); // one key per button press: retries of this press are safe
    const button = this.itemBox.querySelector<HTMLButtonElement>("#track-out");
    if (button) button.disabled = true;
    try {
      const run = await api.postIdempotent<{ grade: string | null } | undefined>(
        `/api/units/${encodeURIComponent(u.id)}/track-out`,
        { result: this.result, defectCodes: [...this.defects], keyValues: check.values },
        key,
      );
      const done = t("op.trackedOut", { unit: u.id, result: t(`result.${this.result}`) });
      this.feedback.replaceChildren(message("ok", run?.grade ? `${done} · ${t("op.graded", { grade: run.grade })}` : done));
      this.result = "PASS";
      this.defects.clear();
      this.typed.clear();
      await this.open(u.id, false);
    } catch (e) {
      this.report(e, u.id);
      if (button) button.disabled = false;
    }
  }

  private report(e: unknown, unitId: string): void {
    const text = e instanceof NotDoneError ? t("op.notDone", { unit: unitId }) : e instanceof ApiError ? e.message : errorText(e);
    this.feedback.replaceChildren(message("error", text));
  }

  private async refreshRecipe(): Promise<void> {
    if (!this.station) return;
    try {
      const active = await api.get<{ recipeId: string; version: number; status: string }>(`/api/equipment/${encodeURIComponent(this.station)}/recipe`);
      const recipe = await api.get<{ parameters: Parameter[] }>(`/api/recipes/${encodeURIComponent(active.recipeId)}/versions/${active.version}`);
      fill(
        this.recipeBox,
        h("h3", { id: "recipe-h" }, `${t("op.recipe")}: ${active.recipeId} v${active.version}`),
        table(
          [t("op.parameter"), t("op.target"), t("op.spec"), t("op.control")],
          recipe.parameters.map((p) => [p.name, `${formatNumber(p.target, 4)} ${p.unit}`, limits(p.specLimits), limits(p.controlLimits)]),
        ),
      );
    } catch (e) {
      fill(this.recipeBox, h("h3", { id: "recipe-h" }, t("op.recipe")), message("error", errorText(e)));
    }
  }

  /** Lines of held units, looked up once per unit (a unit does not change line). */
  private readonly unitLines = new Map<string, string | null>();

  private async refreshHolds(): Promise<void> {
    await this.list(this.holdBox, "holds-h", t("op.holds"), async () => {
      const holds = await api.get<HoldSummary[]>("/api/holds?status=ACTIVE");
      const unknown = unitTargets(holds).filter((id) => !this.unitLines.has(id)).slice(0, 50);
      await Promise.all(
        unknown.map((id) =>
          api.get<{ lineId: string | null }>(`/api/units/${encodeURIComponent(id)}`).then(
            (u) => this.unitLines.set(id, u.lineId),
            () => this.unitLines.set(id, null),
          ),
        ),
      );
      const recipes = holds.some((hd) => hd.scope === "RECIPE_VERSION") ? await this.activeRecipes() : [];
      const facts = { equipment: new Set(this.stations.map((s) => s.id)), recipes, unitLines: this.unitLines };
      return holdsForLine(holds, this.line, facts)
        .slice(0, 8)
        .map(({ hold: hd, place }) => [
          `⚠ ${hd.description} (${formatNumber(hd.heldUnits)} ${t("eng.cells")})`,
          place === "unknown" ? h("span", { class: "hold-scope" }, t("op.plantWide")) : null,
        ]);
    }, t("op.lineHolds", { line: this.line }));
  }

  private async activeRecipes(): Promise<{ recipeId: string; version: number }[]> {
    const active = await Promise.all(
      this.stations.map((s) => api.get<{ recipeId: string; version: number }>(`/api/equipment/${encodeURIComponent(s.id)}/recipe`).catch(() => null)),
    );
    return active.filter((r): r is { recipeId: string; version: number } => r !== null);
  }

  private async refreshAlarms(): Promise<void> {
    await this.list(this.alarmBox, "alarms-h", t("op.alarms"), async () => {
      const alarms = await api.get<{ equipmentId: string; alarmCode: string; message: string; raisedAt: string }[]>(
        `/api/lines/${encodeURIComponent(this.line)}/alarms?active=true`,
      );
      return alarms.map((a) => `🔔 ${a.equipmentId} ${a.alarmCode}: ${a.message ?? ""} (${formatDateTime(a.raisedAt)})`);
    });
  }

  private async refreshInsights(): Promise<void> {
    await this.list(this.insightBox, "insights-h", t("op.insights"), async () => {
      const insights = await api.get<{ title: string; severity: string; createdAt: string }[]>(`/api/insights${query({ line: this.line, limit: 5 })}`);
      return insights.map((i) => `${i.severity}: ${i.title} (${formatDateTime(i.createdAt)})`);
    });
  }

  private async list(box: HTMLElement, id: string, title: string, load: () => Promise<(string | (string | HTMLElement | null)[])[]>, hint?: string): Promise<void> {
    try {
      const items = await load();
      fill(
        box,
        h("h3", { id }, title),
        hint ? h("p", { class: "hint small" }, hint) : null,
        items.length ? h("ul", {}, ...items.map((i) => h("li", {}, ...(Array.isArray(i) ? i : [i])))) : h("p", { class: "hint" }, t("op.none")),
      );
    } catch (e) {
      fill(box, h("h3", { id }, title), message("error", errorText(e)));
    }
  }

  get user(): Me {
    return this.me;
  }
}
