/**
 * Key values an operator enters at track-out (formation, aging, grading): which ones each
 * operation has, their units and plausible ranges, and the check before anything is sent. The MES
 * grades the cell at GRADING from capacity, DCIR and OCV (and the k-value when there is one),
 * taken from this or an earlier track-out.
 */
export interface KeyValueSpec {
  name: string;
  unit: string;
  /** Plausible range (inclusive); a value outside is a typing error, not a measurement. */
  min: number;
  max: number;
}

const CAPACITY: KeyValueSpec = { name: "capacity_ah", unit: "Ah", min: 0.001, max: 2000 };
const DCIR: KeyValueSpec = { name: "dcir_mohm", unit: "mΩ", min: 0.001, max: 1000 };
const K_VALUE: KeyValueSpec = { name: "k_value_mv_per_day", unit: "mV/day", min: -100, max: 100 };
const OCV: KeyValueSpec = { name: "ocv_v", unit: "V", min: 0, max: 5 };

const BY_OPERATION: Record<string, KeyValueSpec[]> = {
  FORMATION: [CAPACITY, DCIR, OCV],
  AGING: [K_VALUE, OCV],
  GRADING: [CAPACITY, DCIR, K_VALUE, OCV],
};

/** What grading needs, from this or an earlier track-out. */
export const NEEDED_FOR_GRADE = [CAPACITY.name, DCIR.name, OCV.name];

export function keyValuesOf(operation: string | null | undefined): KeyValueSpec[] {
  return (operation && BY_OPERATION[operation]) || [];
}

/** Key values the cell already has (from the unit view), by key-value name. */
export function knownKeyValues(cell: { capacityAh?: number | null; dcirMOhm?: number | null; kValueMvPerDay?: number | null; ocvV?: number | null } | null | undefined): Set<string> {
  const known = new Set<string>();
  if (!cell) return known;
  if (cell.capacityAh != null) known.add(CAPACITY.name);
  if (cell.dcirMOhm != null) known.add(DCIR.name);
  if (cell.kValueMvPerDay != null) known.add(K_VALUE.name);
  if (cell.ocvV != null) known.add(OCV.name);
  return known;
}

export type KeyValueProblem = "required" | "number" | "range";

export interface KeyValueCheck {
  values: Record<string, number>;
  problems: { spec: KeyValueSpec; problem: KeyValueProblem }[];
}

/** Text as typed: a plain decimal, with "." or "," as the decimal mark; nothing else. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/**
 * Checks the typed values of an operation's key values. Empty fields are left out, except at
 * GRADING where what grading needs must be typed unless the cell already has it.
 */
export function checkKeyValues(operation: string, typed: Record<string, string>, known: Set<string> = new Set()): KeyValueCheck {
  const values: Record<string, number> = {};
  const problems: KeyValueCheck["problems"] = [];
  for (const spec of keyValuesOf(operation)) {
    const text = (typed[spec.name] ?? "").trim();
    if (text === "") {
      if (operation === "GRADING" && NEEDED_FOR_GRADE.includes(spec.name) && !known.has(spec.name)) {
        problems.push({ spec, problem: "required" });
      }
      continue;
    }
    const value = parseDecimal(text);
    if (value === null) {
      problems.push({ spec, problem: "number" });
    } else if (value < spec.min || value > spec.max) {
      problems.push({ spec, problem: "range" });
    } else {
      values[spec.name] = value;
    }
  }
  return { values, problems };
}
