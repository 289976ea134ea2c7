import { describe, expect, it } from "vitest";
import { downloadsOfRecipe, FRESH_LOGIN_MS, loginIsFresh } from "./recipes";

describe("signing needs a fresh login", () => {
  const now = Date.parse("2026-11-22T10:00:00Z");

  it("accepts a login of a minute ago", () => {
    expect(loginIsFresh("2026-11-22T09:59:00Z", now)).toBe(true);
  });

  it("sends the user through the login again when it is older or unknown", () => {
    expect(loginIsFresh(new Date(now - FRESH_LOGIN_MS).toISOString(), now)).toBe(false);
    expect(loginIsFresh(null, now)).toBe(false);
  });
});

describe("download results of the reviewed recipe", () => {
  const d = (recipeId: string, recipeVersion: number, requestedAt: string) => ({ recipeId, recipeVersion, status: "CONFIRMED", requestedAt, message: null });

  it("lists the recipe's downloads on each of its machines, newest first, and no other recipe", () => {
    const rows = downloadsOfRecipe("COAT-A", [
      { equipmentId: "COAT-C01", downloads: [d("COAT-A", 1, "2026-11-20T08:00:00Z"), d("COAT-B", 4, "2026-11-22T08:00:00Z")] },
      { equipmentId: "COAT-C02", downloads: [d("COAT-A", 2, "2026-11-21T08:00:00Z")] },
    ]);
    expect(rows.map((r) => `${r.equipmentId} v${r.recipeVersion}`)).toEqual(["COAT-C02 v2", "COAT-C01 v1"]);
  });
});
