import { describe, expect, it } from "vitest";
import { changedTopics } from "./live";

describe("line events", () => {
  it("reads the changed topics of an event", () => {
    expect(changedTopics('{"lineId":"L1","changed":["holds","runs"]}')).toEqual(["holds", "runs"]);
  });

  it("ignores broken or foreign data instead of failing the screen", () => {
    expect(changedTopics("not json")).toEqual([]);
    expect(changedTopics('{"changed":"holds"}')).toEqual([]);
    expect(changedTopics('{"changed":["alarms",3]}')).toEqual(["alarms"]);
  });
});
