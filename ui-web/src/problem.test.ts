import { describe, expect, it } from "vitest";
import { isProblem, messageOf, plainMessage } from "./problem";

describe("plainMessage", () => {
  it("prefers the detail the MES wrote", () => {
    expect(
      plainMessage({
        title: "Conflict",
        status: 409,
        detail: "Cell C-123 is on hold: coating roll R-9 metres 400–600, NCR-17",
      }),
    ).toBe("Cell C-123 is on hold: coating roll R-9 metres 400–600, NCR-17");
  });

  it("falls back to the title, then to words for the status", () => {
    expect(plainMessage({ title: "Recipe not approved", status: 409, detail: "  " })).toBe("Recipe not approved");
    expect(plainMessage({ status: 403 })).toBe("You are not allowed to do this");
    expect(plainMessage({ status: 418 })).toBe("The MES answered with status 418");
    expect(plainMessage({})).toBe("The MES answered with an error it did not explain");
  });
});

describe("messageOf", () => {
  it("reads a problem+json body", async () => {
    const response = new Response(JSON.stringify({ status: 409, detail: "Roll R-9 is held" }), {
      status: 409,
      headers: { "content-type": "application/problem+json; charset=utf-8" },
    });
    expect(await messageOf(response)).toBe("Roll R-9 is held");
  });

  it("does not trust a body that is not a problem document", async () => {
    const response = new Response("<html>proxy error</html>", {
      status: 503,
      headers: { "content-type": "text/html" },
    });
    expect(await messageOf(response)).toBe("The MES is not available right now");
  });

  it("survives a broken problem body", async () => {
    const response = new Response("{not json", {
      status: 400,
      headers: { "content-type": "application/problem+json" },
    });
    expect(await messageOf(response)).toBe("The request was not valid");
  });

  it("recognises the problem media type only", () => {
    expect(isProblem("application/problem+json")).toBe(true);
    expect(isProblem("application/json")).toBe(false);
    expect(isProblem(null)).toBe(false);
  });
});
