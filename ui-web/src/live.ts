/**
 * Server-sent events of a line (/api/lines/{id}/events): each event names the parts of the screen
 * that changed. The browser's EventSource reconnects by itself; the badge shows when it is down.
 */
export class LineEvents {
  private readonly source: EventSource;

  constructor(line: string, onChange: (changed: string[]) => void, onLive: (live: boolean) => void) {
    this.source = new EventSource(`/api/lines/${encodeURIComponent(line)}/events`, { withCredentials: true });
    this.source.onopen = () => onLive(true);
    this.source.onerror = () => onLive(false);
    this.source.onmessage = (event: MessageEvent<string>) => {
      onLive(true);
      onChange(changedTopics(event.data));
    };
  }

  close(): void {
    this.source.close();
  }
}

export function changedTopics(data: string): string[] {
  try {
    const parsed = JSON.parse(data) as { changed?: unknown };
    return Array.isArray(parsed.changed) ? parsed.changed.filter((c): c is string => typeof c === "string") : [];
  } catch {
    return [];
  }
}
