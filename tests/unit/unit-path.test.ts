import { describe, expect, it } from "vitest";
import { rootIdOfPath, unitIdsOnPath } from "@/lib/domain/unit-path";

describe("materialised unit paths", () => {
  it("lists the units from the root down to the unit itself", () => {
    expect(unitIdsOnPath("/bloc/g1/b1/")).toEqual(["bloc", "g1", "b1"]);
    expect(rootIdOfPath("/bloc/g1/b1/")).toBe("bloc");
    expect(unitIdsOnPath("/")).toEqual([]);
    expect(rootIdOfPath("")).toBeNull();
  });
});
