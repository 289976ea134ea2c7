import { describe, expect, it } from "vitest";
import { FRESH_LOGIN_MS, loginIsFresh } from "./recipes";

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
