import { api, errorText, goToLogin, type Me } from "../context";
import { fill, h, message, table } from "../dom";
import { formatDateTime, t } from "../i18n";

interface Summary {
  id: string;
  version: number;
  name: string;
  status: string;
  equipmentClass: string;
}
interface Change {
  kind: "ADDED" | "REMOVED" | "CHANGED";
  path: string;
  before: string | null;
  after: string | null;
  unit: string | null;
}

const KIND_TEXT: Record<Change["kind"], string> = { ADDED: "+ added", REMOVED: "− removed", CHANGED: "~ changed" };

/** How long a login counts as fresh for signing (the MES allows 5 minutes; keep a margin). */
export const FRESH_LOGIN_MS = 4 * 60_000;

export function loginIsFresh(authenticatedAt: string | null, now: number): boolean {
  return authenticatedAt !== null && now - Date.parse(authenticatedAt) < FRESH_LOGIN_MS;
}

let me: Me | null = null;
export function setRecipeUser(user: Me): void {
  me = user;
}

/** Side-by-side diff of two versions, e-signature with re-authentication, download results. */
export function recipeReview(box: HTMLElement, route: string[]): void {
  const recipeSelect = h("select", { id: "recipe" }) as HTMLSelectElement;
  const from = h("select", { id: "from-version" }) as HTMLSelectElement;
  const to = h("select", { id: "to-version" }) as HTMLSelectElement;
  const diffBox = h("div", { id: "diff" });
  const signBox = h("div", { id: "sign" });
  const downloadBox = h("div", { id: "downloads" });
  const compare = () => void showDiff(diffBox, signBox, recipeSelect.value, Number(from.value), Number(to.value));
  fill(
    box,
    h(
      "form",
      { class: "filters", onsubmit: (e: Event) => (e.preventDefault(), compare()) },
      h("label", { for: "recipe" }, t("eng.recipe")),
      recipeSelect,
      h("label", { for: "from-version" }, t("eng.from")),
      from,
      h("label", { for: "to-version" }, t("eng.to")),
      to,
      h("button", { class: "btn", type: "submit" }, t("eng.compare")),
    ),
    diffBox,
    signBox,
    h("h3", {}, t("eng.downloads")),
    downloadBox,
  );
  void (async () => {
    try {
      const all = await api.get<Summary[]>("/api/recipes");
      const ids = [...new Set(all.map((r) => r.id))].sort();
      fill(recipeSelect, ...ids.map((id) => h("option", { value: id }, id)));
      const versions = async () => {
        const list = await api.get<Summary[]>(`/api/recipes/${encodeURIComponent(recipeSelect.value)}`);
        const options = () => list.map((v) => h("option", { value: v.version }, `v${v.version} ${v.status}`));
        fill(from, ...options());
        fill(to, ...options());
        from.value = String(list[Math.max(0, list.length - 2)]?.version ?? 1);
        to.value = String(list[list.length - 1]?.version ?? 1);
      };
      const downloads = () => {
        const reviewed = all.find((r) => r.id === recipeSelect.value);
        if (reviewed) void showDownloads(downloadBox, reviewed);
      };
      recipeSelect.addEventListener("change", () => {
        void versions();
        downloads();
      });
      if (route[0] === "sign" && route[1]) {
        recipeSelect.value = route[1];
      }
      await versions();
      if (route[0] === "sign" && route[2]) {
        to.value = route[2];
      }
      compare();
      downloads();
    } catch (e) {
      fill(box, message("error", errorText(e)));
    }
  })();
}

async function showDiff(box: HTMLElement, signBox: HTMLElement, id: string, from: number, to: number): Promise<void> {
  try {
    const diff = await api.get<{ changes: Change[] }>(`/api/recipes/${encodeURIComponent(id)}/diff?from=${from}&to=${to}`);
    fill(
      box,
      diff.changes.length === 0
        ? h("p", { class: "hint" }, t("eng.noDiff"))
        : table(
            ["", t("op.parameter"), t("eng.before", { v: from }), t("eng.before", { v: to })],
            diff.changes.map((c) => [KIND_TEXT[c.kind], c.path, `${c.before ?? "—"} ${c.before ? c.unit ?? "" : ""}`, `${c.after ?? "—"} ${c.after ? c.unit ?? "" : ""}`]),
          ),
    );
    signForm(signBox, id, to);
  } catch (e) {
    fill(box, message("error", errorText(e)));
  }
}

function signForm(box: HTMLElement, id: string, version: number): void {
  const meaning = h("select", { id: "meaning" }, ...["REVIEWED", "APPROVED", "REJECTED"].map((m) => h("option", { value: m }, m))) as HTMLSelectElement;
  const comment = h("input", { id: "comment" }) as HTMLInputElement;
  const result = h("div", { "aria-live": "polite" });
  fill(
    box,
    h(
      "form",
      {
        class: "filters",
        onsubmit: async (e: Event) => {
          e.preventDefault();
          if (!loginIsFresh(me?.authenticatedAt ?? null, Date.now())) {
            window.location.hash = `#/engineer/sign/${encodeURIComponent(id)}/${version}`;
            goToLogin(true); // Keycloak asks for the password again (prompt=login, max_age=0)
            return;
          }
          try {
            const s = await api.post<{ meaning: string; statusAfter: string; signedAt: string }>(
              `/api/recipes/${encodeURIComponent(id)}/versions/${version}/signatures`,
              { meaning: meaning.value, comment: comment.value || null },
            );
            fill(result, message("ok", `${t("eng.signed", { meaning: s.meaning, status: s.statusAfter })} · ${formatDateTime(s.signedAt)}`));
          } catch (err) {
            fill(result, message("error", errorText(err)));
          }
        },
      },
      h("strong", {}, `${id} v${version}`),
      h("label", { for: "meaning" }, t("eng.meaning")),
      meaning,
      h("label", { for: "comment" }, t("eng.comment")),
      comment,
      h("button", { class: "btn primary", type: "submit" }, loginIsFresh(me?.authenticatedAt ?? null, Date.now()) ? t("eng.sign") : t("eng.reauth")),
    ),
    result,
  );
}

interface Download {
  recipeId: string;
  recipeVersion: number;
  status: string;
  requestedAt: string;
  message: string | null;
}

/** Downloads of one recipe to the machines that run it, newest first. */
export function downloadsOfRecipe(recipeId: string, perMachine: readonly { equipmentId: string; downloads: readonly Download[] }[]): (Download & { equipmentId: string })[] {
  return perMachine
    .flatMap((m) => m.downloads.filter((d) => d.recipeId === recipeId).map((d) => ({ ...d, equipmentId: m.equipmentId })))
    .sort((a, b) => Date.parse(b.requestedAt) - Date.parse(a.requestedAt));
}

/** Download results of the reviewed recipe on every machine of its equipment class. */
async function showDownloads(box: HTMLElement, recipe: Summary): Promise<void> {
  const cls = recipe.equipmentClass;
  try {
    const machines = (await api.get<{ id: string; equipmentClass: string }[]>("/api/plant/equipment")).filter((m) => m.equipmentClass === cls);
    if (machines.length === 0) {
      fill(box, h("p", { class: "nodata" }, t("eng.noMachines", { cls })));
      return;
    }
    const perMachine = await Promise.all(
      machines.map(async (m) => ({
        equipmentId: m.id,
        downloads: await api.get<Download[]>(`/api/equipment/${encodeURIComponent(m.id)}/recipe-downloads`),
      })),
    );
    const rows = downloadsOfRecipe(recipe.id, perMachine);
    fill(
      box,
      h("p", { class: "hint" }, t("eng.downloadsFor", { cls, recipe: recipe.id }), `: ${machines.map((m) => m.id).join(", ")}`),
      rows.length === 0
        ? h("p", { class: "nodata" }, t("app.noData"))
        : table(
            [t("eng.equipment"), t("eng.recipe"), t("op.status"), t("aud.when"), ""],
            rows.slice(0, 30).map((d) => [d.equipmentId, `${d.recipeId} v${d.recipeVersion}`, d.status, formatDateTime(d.requestedAt), d.message ?? ""]),
          ),
    );
  } catch (e) {
    fill(box, message("error", errorText(e)));
  }
}
