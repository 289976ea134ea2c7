// Which insight kinds the engineer's insight list shows. Findings about yield and material come
// first: a busy line raises many SPC rule violations, which would push a containment or a recipe
// suggestion out of a short list.
export const INSIGHT_FILTERS = {
  findings: ["YIELD_DIP", "CONTAINMENT_SUGGESTION", "RECIPE_SUGGESTION", "PARAMETER_OUTCOME_CORRELATION"],
  spc: ["SPC_RULE_VIOLATION"],
  all: [],
} as const satisfies Record<string, readonly string[]>;

export type InsightFilter = keyof typeof INSIGHT_FILTERS;

/** The kinds to ask the MES for; none means every kind. An unknown filter shows the findings. */
export function insightKinds(filter: string): string[] {
  return [...(INSIGHT_FILTERS[filter as InsightFilter] ?? INSIGHT_FILTERS.findings)];
}
