/**
 * CSV export of what a screen shows (RFC 4180: quotes around fields with separators, quotes or
 * line breaks). Fields starting with = + - @ are prefixed with ' so spreadsheets do not run them.
 */
export interface Column<T> {
  header: string;
  value: (row: T) => unknown;
}

export function csvField(value: unknown): string {
  if (value === null || value === undefined) {
    return "";
  }
  let text = Array.isArray(value) ? value.join(" ") : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const lines = [columns.map((c) => csvField(c.header)).join(",")];
  for (const row of rows) {
    lines.push(columns.map((c) => csvField(c.value(row))).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}

/** Offers text as a file download in the browser. */
export function download(fileName: string, mediaType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
