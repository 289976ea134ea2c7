import { describe, expect, it, vi } from "vitest";
import { Api, ApiError, NotDoneError, query } from "./api";

function problem(status: number, detail: string): Response {
  return new Response(JSON.stringify({ status, detail }), {
    status,
    headers: { "content-type": "application/problem+json" },
  });
}

function ok(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
}

const noSleep = async () => undefined;

describe("Api", () => {
  it("marks requests as script requests so Quarkus OIDC answers 499 instead of redirecting", async () => {
    const fetch = vi.fn(async (_path: string, _init?: RequestInit) => ok({ id: "C-1" }));
    await new Api({ fetch }).get("/api/units/C-1");
    const headers = new Headers(fetch.mock.calls[0][1]?.headers);
    expect(headers.get("X-Requested-With")).toBe("JavaScript");
    expect(headers.get("Authorization")).toBeNull();
  });

  it("turns a problem document into an error with the MES's words", async () => {
    const api = new Api({ fetch: async () => problem(409, "Cell C-123 is on hold: roll R-9 metres 400–600, NCR-17") });
    await expect(api.post("/api/units/C-123/track-in", {})).rejects.toEqual(
      new ApiError("Cell C-123 is on hold: roll R-9 metres 400–600, NCR-17", 409),
    );
  });

  it("reports a lost session once and sends the user to log in", async () => {
    const onLoggedOut = vi.fn();
    const api = new Api({ fetch: async () => new Response("", { status: 499 }), onLoggedOut });
    await expect(api.get("/api/me")).rejects.toBeInstanceOf(ApiError);
    expect(onLoggedOut).toHaveBeenCalledTimes(1);
  });

  it("retries a track-out after a network drop with the same idempotency key", async () => {
    const keys: (string | null)[] = [];
    let calls = 0;
    const fetch = async (_path: string, init?: RequestInit) => {
      keys.push(new Headers(init?.headers).get("Idempotency-Key"));
      calls++;
      if (calls === 1) {
        throw new TypeError("Failed to fetch");
      }
      if (calls === 2) {
        return new Response("", { status: 503 });
      }
      return ok({ runId: 7 });
    };
    const result = await new Api({ fetch, sleep: noSleep }).postIdempotent<{ runId: number }>(
      "/api/units/C-1/track-out",
      { result: "PASS" },
      "key-1",
    );
    expect(result.runId).toBe(7);
    expect(keys).toEqual(["key-1", "key-1", "key-1"]);
  });

  it("does not retry a rejection and says plainly when the network never came back", async () => {
    let calls = 0;
    const rejecting = new Api({ fetch: async () => (calls++, problem(400, "FAIL needs a defect code")), sleep: noSleep });
    await expect(rejecting.postIdempotent("/x", {}, "k")).rejects.toThrow("FAIL needs a defect code");
    expect(calls).toBe(1);

    const offline = new Api({
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
      sleep: noSleep,
      retryDelaysMs: [1, 1],
    });
    await expect(offline.postIdempotent("/x", {}, "k")).rejects.toBeInstanceOf(NotDoneError);
  });

  it("reports a network drop on a one-shot write as not done", async () => {
    const api = new Api({
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    await expect(api.post("/api/units/C-1/track-in", {})).rejects.toBeInstanceOf(NotDoneError);
  });
});

describe("query", () => {
  it("keeps defined values only and encodes them", () => {
    expect(query({ from: "2026-01-01T00:00:00Z", line: "", op: undefined, n: 3 })).toBe(
      "?from=2026-01-01T00%3A00%3A00Z&n=3",
    );
    expect(query({})).toBe("");
    expect(query({ kind: ["YIELD_DIP", "RECIPE_SUGGESTION"], line: "L1", none: [] })).toBe(
      "?kind=YIELD_DIP&kind=RECIPE_SUGGESTION&line=L1",
    );
  });
});
