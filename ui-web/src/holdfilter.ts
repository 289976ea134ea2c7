/**
 * Which open holds concern a line. GET /api/holds?status=ACTIVE returns every hold of the plant
 * with its scope and target but no line, so the terminal decides per hold:
 *  - EQUIPMENT: the machine is one of the line's machines;
 *  - RECIPE_VERSION: the recipe (and version, when the hold names one) is active on a machine of
 *    the line;
 *  - unit scopes (LOT, ROLL, ROLL_INTERVAL, CELL, MODULE, PACK): the held unit's line, from
 *    GET /api/units/{id}. A unit whose line is not known (no line, or not found) is shown, marked,
 *    because hiding a hold that may apply is worse than showing one too many.
 */
export interface HoldSummary {
  id: string;
  scope: string;
  targetId: string;
  recipeVersion: number | null;
  description: string;
  reason: string;
  heldUnits: number;
}

export interface LineFacts {
  equipment: ReadonlySet<string>;
  /** Active recipes on the line's machines. */
  recipes: readonly { recipeId: string; version: number }[];
  /** Line of each looked-up unit id; null when the unit has no line or was not found. */
  unitLines: ReadonlyMap<string, string | null>;
}

export type HoldPlace = "line" | "unknown" | "elsewhere";

const MACHINE_SCOPES = new Set(["EQUIPMENT", "RECIPE_VERSION"]);

/** Unit ids whose line must be looked up before the holds can be placed. */
export function unitTargets(holds: readonly HoldSummary[]): string[] {
  return [...new Set(holds.filter((hd) => !MACHINE_SCOPES.has(hd.scope)).map((hd) => hd.targetId))];
}

export function placeOf(hold: HoldSummary, line: string, facts: LineFacts): HoldPlace {
  if (hold.scope === "EQUIPMENT") {
    return facts.equipment.has(hold.targetId) ? "line" : "elsewhere";
  }
  if (hold.scope === "RECIPE_VERSION") {
    return facts.recipes.some((r) => r.recipeId === hold.targetId && (hold.recipeVersion === null || hold.recipeVersion === r.version)) ? "line" : "elsewhere";
  }
  const unitLine = facts.unitLines.get(hold.targetId);
  if (unitLine === undefined || unitLine === null) return "unknown";
  return unitLine === line ? "line" : "elsewhere";
}

/** The holds to show on the line's terminal, those of the line first. */
export function holdsForLine(holds: readonly HoldSummary[], line: string, facts: LineFacts): { hold: HoldSummary; place: Exclude<HoldPlace, "elsewhere"> }[] {
  const placed = holds.map((hold) => ({ hold, place: placeOf(hold, line, facts) }));
  return [
    ...placed.filter((p) => p.place === "line"),
    ...placed.filter((p) => p.place === "unknown"),
  ] as { hold: HoldSummary; place: Exclude<HoldPlace, "elsewhere"> }[];
}
