import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("CSV export", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(csvField('roll "R-9", metres 400')).toBe('"roll ""R-9"", metres 400"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(["A", "B"])).toBe("A B");
  });

  it("defuses spreadsheet formulas but keeps negative numbers", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-12.5")).toBe("-12.5");
  });

  it("writes a header and one CRLF line per row", () => {
    const csv = toCsv(
      [
        { id: "C-1", grade: "A" },
        { id: "C-2", grade: null },
      ],
      [
        { header: "Cell", value: (r) => r.id },
        { header: "Grade", value: (r) => r.grade },
      ],
    );
    expect(csv).toBe("Cell,Grade\r\nC-1,A\r\nC-2,\r\n");
  });
});
