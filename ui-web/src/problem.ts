/**
 * Turns an RFC 9457 problem document returned by the MES API into one sentence an operator can
 * read from a metre away. The API puts the useful words in `detail`; `title` is the fallback.
 */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
}

const STATUS_WORDS: Record<number, string> = {
  400: "The request was not valid",
  401: "Please log in again",
  403: "You are not allowed to do this",
  404: "Not found",
  409: "This conflicts with the current state",
  422: "The input was rejected",
  503: "The MES is not available right now",
};

export function isProblem(contentType: string | null): boolean {
  return contentType !== null && contentType.toLowerCase().startsWith("application/problem+json");
}

export function plainMessage(problem: Problem): string {
  const detail = problem.detail?.trim();
  if (detail) {
    return detail;
  }
  const title = problem.title?.trim();
  if (title) {
    return title;
  }
  if (problem.status !== undefined) {
    return STATUS_WORDS[problem.status] ?? `The MES answered with status ${problem.status}`;
  }
  return "The MES answered with an error it did not explain";
}

/** Reads an error response: a problem document when there is one, the status otherwise. */
export async function messageOf(response: Response): Promise<string> {
  if (isProblem(response.headers.get("content-type"))) {
    try {
      return plainMessage((await response.json()) as Problem);
    } catch {
      // fall through to the status-based message
    }
  }
  return plainMessage({ status: response.status });
}
