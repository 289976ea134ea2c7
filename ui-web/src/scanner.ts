/**
 * Keyboard-wedge barcode scanners type the code as fast key presses ending in Enter. A person
 * types far slower, so a burst of characters with short gaps followed by Enter is a scan,
 * wherever the focus is on the screen.
 */
export interface ScanOptions {
  /** Longest gap between two characters of one scan, in milliseconds. */
  maxGapMs: number;
  /** Shortest code accepted as a scan. */
  minLength: number;
}

export const DEFAULT_SCAN_OPTIONS: ScanOptions = { maxGapMs: 40, minLength: 4 };

export class ScanDetector {
  private buffer = "";
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: ScanOptions = DEFAULT_SCAN_OPTIONS) {}

  /** Feeds one key press; returns the scanned code when this key completes a scan. */
  key(key: string, atMs: number): string | null {
    const gap = atMs - this.lastAt;
    this.lastAt = atMs;
    if (key === "Enter") {
      const code = this.buffer;
      this.buffer = "";
      return gap <= this.options.maxGapMs && code.length >= this.options.minLength ? code : null;
    }
    if (key.length !== 1) {
      this.buffer = "";
      return null;
    }
    this.buffer = gap <= this.options.maxGapMs ? this.buffer + key : key;
    return null;
  }
}

export type ScannedKind = "cell" | "roll" | "lot" | "unknown";

/** Identifier prefixes used on the plant's labels (see the MES identifier scheme). */
const PREFIXES: ReadonlyArray<[string, ScannedKind]> = [
  ["C-", "cell"],
  ["R-", "roll"],
  ["L-", "lot"],
];

export function classify(code: string): ScannedKind {
  const upper = code.trim().toUpperCase();
  const match = PREFIXES.find(([prefix]) => upper.startsWith(prefix) && upper.length > prefix.length);
  return match ? match[1] : "unknown";
}
