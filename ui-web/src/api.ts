import { messageOf } from "./problem";

/**
 * The MES API as the browser calls it: same origin, session cookie (no tokens in this code),
 * problem documents turned into plain words, and track-outs that survive a network drop.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The action may or may not have reached the MES; the operator must be told it is not confirmed. */
export class NotDoneError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotDoneError";
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiOptions {
  fetch?: Fetch;
  /** Called when the session is gone (401, or 499 from Quarkus OIDC for script requests). */
  onLoggedOut?: () => void;
  /** Waits between retries of an idempotent write, in milliseconds. */
  retryDelaysMs?: number[];
  sleep?: (ms: number) => Promise<void>;
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

const LOGGED_OUT = new Set([401, 499]);

export class Api {
  private readonly fetchFn: Fetch;
  private readonly retryDelaysMs: number[];
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: ApiOptions = {}) {
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.retryDelaysMs = options.retryDelaysMs ?? [500, 1500, 4000];
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  async get<T>(path: string): Promise<T> {
    return this.send<T>(path, { method: "GET" });
  }

  /** A write that is not safe to repeat: one attempt; a network drop is reported as not done. */
  async post<T>(path: string, body: unknown): Promise<T> {
    try {
      return await this.send<T>(path, { method: "POST", body: JSON.stringify(body) });
    } catch (e) {
      throw e instanceof TypeError ? new NotDoneError("network") : e;
    }
  }

  /**
   * A write the MES de-duplicates by Idempotency-Key: the same key is sent on every retry, so a
   * retry after a lost answer returns the first answer and changes nothing. Retries only when the
   * network failed or the MES was unavailable (502/503/504).
   */
  async postIdempotent<T>(path: string, body: unknown, key: string): Promise<T> {
    const init: RequestInit = {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "Idempotency-Key": key },
    };
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.send<T>(path, init);
      } catch (e) {
        const transient = e instanceof TypeError || (e instanceof ApiError && [502, 503, 504].includes(e.status));
        if (!transient) {
          throw e;
        }
        if (attempt >= this.retryDelaysMs.length) {
          throw new NotDoneError("network");
        }
        await this.sleep(this.retryDelaysMs[attempt]);
      }
    }
  }

  private async send<T>(path: string, init: RequestInit): Promise<T> {
    const headers = new Headers(init.headers);
    headers.set("Accept", "application/json");
    headers.set("X-Requested-With", "JavaScript");
    if (init.body !== undefined) {
      headers.set("Content-Type", "application/json");
    }
    const response = await this.fetchFn(path, { ...init, headers, credentials: "same-origin" });
    if (LOGGED_OUT.has(response.status)) {
      this.options.onLoggedOut?.();
      throw new ApiError("Please log in again", response.status);
    }
    if (!response.ok) {
      throw new ApiError(await messageOf(response), response.status);
    }
    if (response.status === 204) {
      return undefined as T;
    }
    return (await response.json()) as T;
  }
}

/** Query string from the defined values only. */
export function query(params: Record<string, string | number | string[] | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== "") {
        search.append(name, String(one));
      }
    }
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
