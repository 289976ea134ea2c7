import { Api } from "./api";

/** The logged-in user, from /api/me. */
export interface Me {
  name: string;
  roles: string[];
  lines: string[];
  authenticatedAt: string | null;
}

/** Sends the browser through the MES's OIDC login and back to the current UI route. */
export function goToLogin(fresh = false): void {
  const then = encodeURIComponent(window.location.hash || "#/");
  window.location.assign(`/login${fresh ? "/fresh" : ""}?then=${then}`);
}

export const api = new Api({ onLoggedOut: () => goToLogin() });

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
