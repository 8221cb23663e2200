import { describe, expect, it } from "vitest";
import { classesOpenOn, classStateOn, type ClassPeriod } from "@/lib/domain/rules/awareness-classes";

const cls = (id: string, startDate: string, endDate: string, name = `Lớp ${id}`): ClassPeriod => ({ id, name, startDate, endDate });

describe("classStateOn", () => {
  const c = cls("a", "2026-12-07", "2026-12-11");
  it("is upcoming before the first day, ongoing from the first to the last day, ended after it", () => {
    expect(classStateOn(c, "2026-12-06")).toBe("UPCOMING");
    expect(classStateOn(c, "2026-12-07")).toBe("ONGOING");
    expect(classStateOn(c, "2026-12-11")).toBe("ONGOING");
    expect(classStateOn(c, "2026-12-12")).toBe("ENDED");
  });
  it("holds a one-day class open on its day", () => {
    expect(classStateOn(cls("b", "2026-12-07", "2026-12-07"), "2026-12-07")).toBe("ONGOING");
  });
});

describe("classesOpenOn", () => {
  const ended = cls("ended", "2026-11-10", "2026-11-14");
  const endsToday = cls("endsToday", "2026-11-27", "2026-12-01");
  const later = cls("later", "2027-02-08", "2027-02-12");
  const soon = cls("soon", "2026-12-07", "2026-12-11");
  const today = "2026-12-01";

  it("leaves out the classes that are over, however recent", () => {
    expect(classesOpenOn([ended], today)).toEqual([]);
    expect(classesOpenOn([ended, cls("yesterday", "2026-11-26", "2026-11-30")], today)).toEqual([]);
  });

  it("offers the class under way first, then the next to start", () => {
    expect(classesOpenOn([later, ended, soon, endsToday], today).map((c) => c.id)).toEqual(["endsToday", "soon", "later"]);
  });

  it("orders classes starting the same day by name, Vietnamese-aware", () => {
    const a = cls("2", "2027-01-04", "2027-01-08", "Lớp Đông Hà");
    const b = cls("1", "2027-01-04", "2027-01-08", "Lớp Dương Kinh");
    expect(classesOpenOn([a, b], today).map((c) => c.name)).toEqual(["Lớp Dương Kinh", "Lớp Đông Hà"]);
  });

  it("reads the classes open on a past date, for an enrolment recorded late", () => {
    expect(classesOpenOn([later, ended, soon], "2026-11-10").map((c) => c.id)).toEqual(["ended", "soon", "later"]);
  });

  it("does not reorder the list it is given", () => {
    const list = [later, soon];
    classesOpenOn(list, today);
    expect(list.map((c) => c.id)).toEqual(["later", "soon"]);
  });
});
