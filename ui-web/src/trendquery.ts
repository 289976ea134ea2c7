/**
 * Query of GET /api/workbench/fpy-trend from the workbench's breakdown controls: line, operation,
 * machine (`equipment`), recipe and recipe version. A version means nothing without its recipe
 * and must be a whole number ≥ 1, so it is sent only then.
 */
export interface TrendFilters {
  from: string;
  to: string;
  bucket: string;
  line: string;
  operation: string;
  equipment: string;
  recipe: string;
  version: string;
}

export function trendParams(f: TrendFilters): Record<string, string | undefined> {
  const version = f.version.trim();
  const validVersion = f.recipe !== "" && /^[1-9]\d*$/.test(version);
  return {
    from: f.from,
    to: f.to,
    bucket: f.bucket,
    line: f.line || undefined,
    operation: f.operation || undefined,
    equipment: f.equipment || undefined,
    recipe: f.recipe || undefined,
    version: validVersion ? version : undefined,
  };
}

/** What is wrong with the version field, or null: a version needs a recipe and a whole number. */
export function versionProblem(f: Pick<TrendFilters, "recipe" | "version">): "needsRecipe" | "notWhole" | null {
  const version = f.version.trim();
  if (version === "") return null;
  if (!/^[1-9]\d*$/.test(version)) return "notWhole";
  return f.recipe === "" ? "needsRecipe" : null;
}
