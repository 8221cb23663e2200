import { beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { prisma } from "@/lib/db/client";
import { addHoliday } from "@/lib/services/holidays/add-holiday";
import { listHolidays } from "@/lib/services/holidays/list-holidays";
import { removeHoliday } from "@/lib/services/holidays/remove-holiday";
import { listDeadlines } from "@/lib/services/pipeline/list-deadlines";
import { session } from "./support/session";
import { actorFor, buildTree, expectAppError, insertCandidate, resetDb, type Tree } from "./support/fixtures";

let tree: Tree;

beforeEach(async () => {
  await resetDb();
  tree = await buildTree();
});

const holidayCount = () => prisma.holiday.count();

describe("the holiday table", () => {
  it("is kept by an administrator: added (dd/MM/yyyy or ISO), listed by year in date order, removed", async () => {
    const admin = await actorFor("ADMIN", tree.SUP.id);
    await addHoliday({ actor: admin, input: { date: "02/09/2026", name: "Quốc khánh" } });
    await addHoliday({ actor: admin, input: { date: "2026-09-01", name: "Quốc khánh (nghỉ bù)" } });
    await addHoliday({ actor: admin, input: { date: "2027-01-01", name: "Tết Dương lịch" } });
    const year = await listHolidays({ actor: admin, input: { year: "2026" } });
    expect(year).toEqual({
      year: 2026,
      mayWrite: true,
      items: [
        { date: "2026-09-01", name: "Quốc khánh (nghỉ bù)" },
        { date: "2026-09-02", name: "Quốc khánh" },
      ],
    });
    expect(await removeHoliday({ actor: admin, input: { date: "2026-09-01" } })).toEqual({ date: "2026-09-01", name: "Quốc khánh (nghỉ bù)" });
    expect((await listHolidays({ actor: admin, input: { year: 2026 } })).items.map((h) => h.date)).toEqual(["2026-09-02"]);
    expect((await expectAppError(removeHoliday({ actor: admin, input: { date: "2026-09-01" } }))).code).toBe("NOT_FOUND");
  });

  it("is read by everyone signed in but changed by nobody without holiday.write", async () => {
    const admin = await actorFor("ADMIN", tree.SUP.id);
    await addHoliday({ actor: admin, input: { date: "2026-04-27", name: "Giỗ Tổ Hùng Vương" } });
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const staff = await actorFor("SUPERIOR_STAFF", tree.SUP.id);
    expect(await listHolidays({ actor: secretary, input: { year: 2026 } })).toMatchObject({ mayWrite: false, items: [{ date: "2026-04-27" }] });
    for (const actor of [secretary, staff]) {
      const refused = await expectAppError(addHoliday({ actor, input: { date: "2026-05-04", name: "Nghỉ thêm" } }));
      expect(refused).toMatchObject({ code: "FORBIDDEN", status: 403 });
      expect((await expectAppError(removeHoliday({ actor, input: { date: "2026-04-27" } }))).status).toBe(403);
    }
    expect(await holidayCount()).toBe(1);
  });

  it("refuses a date already in the table (409) and a bad date or a missing name (422), writing nothing", async () => {
    const admin = await actorFor("ADMIN", tree.SUP.id);
    await addHoliday({ actor: admin, input: { date: "2026-01-01", name: "Tết Dương lịch" } });
    const duplicate = await expectAppError(addHoliday({ actor: admin, input: { date: "01/01/2026", name: "Trùng" } }));
    expect(duplicate).toMatchObject({ code: "CONFLICT", status: 409, messageKey: "HOLIDAY_EXISTS", details: [{ path: "date", message: "holidayExists" }] });
    const bad = await expectAppError(addHoliday({ actor: admin, input: { date: "31/02/2026", name: "" } }));
    expect(bad).toMatchObject({ code: "VALIDATION_FAILED", status: 422 });
    expect(bad.details).toEqual([
      { path: "date", message: "invalidDate" },
      { path: "name", message: "required" },
    ]);
    expect((await expectAppError(removeHoliday({ actor: admin, input: { date: "2026-13-01" } }))).status).toBe(422);
    expect((await expectAppError(listHolidays({ actor: admin, input: { year: "năm nay" } }))).status).toBe(422);
    expect(await prisma.holiday.findMany({ select: { name: true } })).toEqual([{ name: "Tết Dương lịch" }]);
  });
});

describe("working-day deadlines follow the table", () => {
  it("moves the ceremony deadline when a holiday is added inside its window, and back when it is removed", async () => {
    const admin = await actorFor("ADMIN", tree.SUP.id);
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Phạm Thị Thu");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "CEREMONY", stageSince: new Date("2026-06-01T00:00:00Z") } });
    await prisma.decision.create({
      data: {
        candidateId: c.id,
        kind: "ADMISSION",
        unitId: tree.SUP.id,
        number: "310-QĐ/ĐUK",
        date: new Date("2026-06-01T00:00:00Z"),
        receivedOn: new Date("2026-06-05T00:00:00Z"),
      },
    });
    const ceremonyDue = async () =>
      (await listDeadlines({ actor: secretary, input: { within: 60 }, today: "2026-07-01" })).items.find(
        (d) => d.candidateId === c.id && d.kind === "CEREMONY_DUE",
      )?.dueDate;

    // 30 working days after Friday 05/06/2026: Friday 17/07/2026.
    expect(await ceremonyDue()).toBe("2026-07-17");
    await addHoliday({ actor: admin, input: { date: "10/06/2026", name: "Ngày nghỉ thử" } });
    expect(await ceremonyDue()).toBe("2026-07-20");
    await removeHoliday({ actor: admin, input: { date: "2026-06-10" } });
    expect(await ceremonyDue()).toBe("2026-07-17");
  });

  it("names the rule by a stable code, in the reader's language, keeping the regulation's citation", async () => {
    const secretary = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const c = await insertCandidate(tree.B1.id, "Đỗ Văn Nam");
    await prisma.candidate.update({ where: { id: c.id }, data: { stage: "CEREMONY", ruleSetCode: "QD294-2025" } });
    await prisma.decision.create({
      data: { candidateId: c.id, kind: "ADMISSION", unitId: tree.SUP.id, number: "311-QĐ/ĐUK", date: new Date("2026-06-01T00:00:00Z") },
    });
    const read = async (locale: "vi" | "en") => (await listDeadlines({ actor: secretary, input: { within: 60 }, today: "2026-07-01", locale })).items[0]!;
    const vi = await read("vi");
    const en = await read("en");
    expect(vi.rule).toEqual({ code: "CEREMONY_PERIOD", params: { days: 30 } });
    expect(en.rule).toEqual(vi.rule);
    expect(vi.ruleRef).toMatch(/^30 ngày làm việc từ ngày nhận quyết định · QĐ 294-QĐ\/TW/);
    expect(en.ruleRef).toMatch(/^30 working days from receipt of the decision · QĐ 294-QĐ\/TW/);
  });
});

describe("the /api/v1/holidays routes", () => {
  const request = (url: string, init: { method?: string; body?: unknown; lang?: string } = {}) =>
    new NextRequest(`http://localhost${url}`, {
      method: init.method ?? "GET",
      headers: { "content-type": "application/json", "accept-language": init.lang ?? "vi" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });

  it("adds (201), lists and removes for an administrator; answers 401, 403, 409 and 422 in the API's error shape", async () => {
    const { GET, POST } = await import("@/app/api/v1/holidays/route");
    const { DELETE } = await import("@/app/api/v1/holidays/[date]/route");
    const none = { params: Promise.resolve({}) } as never;
    expect((await POST(request("/api/v1/holidays", { method: "POST", body: { date: "2026-09-02", name: "Quốc khánh" } }), none)).status).toBe(401);

    session.actor = await actorFor("BRANCH_SECRETARY", tree.B1.id);
    const forbidden = await POST(request("/api/v1/holidays", { method: "POST", body: { date: "2026-09-02", name: "Quốc khánh" } }), none);
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).error.code).toBe("FORBIDDEN");
    expect(await holidayCount()).toBe(0);

    session.actor = await actorFor("ADMIN", tree.SUP.id);
    const created = await POST(request("/api/v1/holidays", { method: "POST", body: { date: "2026-09-02", name: "Quốc khánh" } }), none);
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ date: "2026-09-02", name: "Quốc khánh" });
    const again = await POST(request("/api/v1/holidays", { method: "POST", body: { date: "02/09/2026", name: "Quốc khánh" }, lang: "en" }), none);
    expect(again.status).toBe(409);
    expect((await again.json()).error).toEqual({
      code: "CONFLICT",
      message: "This date is already in the holiday table.",
      details: [{ path: "date", message: "This date is already in the holiday table." }],
    });
    const bad = await POST(request("/api/v1/holidays", { method: "POST", body: { date: "30/02/2026", name: "Lễ" } }), none);
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.details).toEqual([{ path: "date", message: expect.any(String) }]);

    const listed = await GET(request("/api/v1/holidays?year=2026"), none);
    expect((await listed.json()).items).toEqual([{ date: "2026-09-02", name: "Quốc khánh" }]);
    expect((await DELETE(request("/api/v1/holidays/2026-09-02", { method: "DELETE" }), { params: Promise.resolve({ date: "2026-09-02" }) })).status).toBe(200);
    expect((await DELETE(request("/api/v1/holidays/2026-09-02", { method: "DELETE" }), { params: Promise.resolve({ date: "2026-09-02" }) })).status).toBe(404);
    expect(await holidayCount()).toBe(0);
  });
});
