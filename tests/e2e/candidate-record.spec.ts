import { expect as baseExpect, test, type Page } from "@playwright/test";
import { screenshot, signInViaApi } from "./support";

// The candidate record as a branch secretary uses it on a phone: who the person is and what to do
// next on the first screen, the rest a tap away, every action saying what it did.

test.use({ viewport: { width: 390, height: 844 } });
// Each action refreshes the record from the server: allow for a busy server.
const expect = baseExpect.configure({ timeout: 15_000 });

const PHONE = 844;

/** Today in Viet Nam, as ISO and as the forms show it, and a day some weeks on. */
function days(offset: number): { iso: string; vn: string } {
  const iso = new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
  const [y, m, d] = iso.split("-");
  return { iso, vn: `${d}/${m}/${y}` };
}

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function newCandidate(page: Page, fullName: string): Promise<string> {
  const me = await (await page.request.get("/api/v1/me")).json();
  const res = await page.request.post("/api/v1/candidates", {
    data: {
      unitId: me.unit.id,
      fullName,
      sex: "MALE",
      // Past Youth Union age: the union's resolution (A5) is not part of this file.
      birthDate: "1980-03-14",
      educationLevel: "UNIVERSITY",
      occupationGroup: "INTELLECTUAL",
      phone: "0912 345 678",
      sourceDate: days(-30).iso,
    },
  });
  expect(res.status()).toBe(201);
  return (await res.json()).id;
}

test("a secretary on a phone sees who the person is and what to do next first, and every action says what it did", async ({ page }) => {
  test.setTimeout(90_000);
  await signInViaApi(page.request, "bithu.cntt");
  const id = await newCandidate(page, "Đặng Văn Phúc");
  await page.goto(`/candidates/${id}`);

  // Who: name, unit, stage by name and since when, a phone one can tap; what next: the step's card, all on the first screen.
  await expect(page.getByRole("heading", { level: 1, name: "Đặng Văn Phúc" })).toBeVisible();
  await expect(page.getByTestId("current-stage")).toHaveText("Nguồn");
  await expect(page.getByTestId("candidate-unit")).toContainText("Sinh năm 1980");
  await expect(page.getByTestId("candidate-phone")).toHaveAttribute("href", "tel:0912345678");
  const nextStep = page.getByTestId("next-step");
  await expect(nextStep).toBeVisible();
  expect((await nextStep.boundingBox())!.y).toBeLessThan(PHONE);
  await noSidewaysScroll(page);
  await screenshot(page, "record-phone-first-screen");

  // The stage bar's steps carry names: the current one shown, all of them a tap away, each saying where it stands.
  await page.getByText("Xem cả 11 giai đoạn").click();
  const stages = page.getByRole("list", { name: "Các giai đoạn phát triển đảng viên" }).filter({ visible: true });
  await expect(stages.getByRole("listitem")).toHaveCount(11);
  await expect(stages.locator('[aria-current="step"]')).toContainText("Nguồn (hiện tại)");
  await expect(stages).toContainText("Làm hồ sơ, thẩm tra lý lịch");

  // The dossier and the rest wait below, closed, each with a line saying what is inside.
  const dossier = page.getByTestId("section-dossier");
  const toggle = dossier.getByRole("button", { name: /Hồ sơ/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(dossier.getByTestId("checklist")).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  // A paper that does not apply keeps its number, greyed, with the reason.
  await expect(dossier.getByTestId("checklist-A5")).toContainText("Không áp dụng");
  await expect(dossier.getByTestId("checklist-A5")).toContainText("Chỉ khi được Đoàn hoặc Công đoàn giới thiệu");

  // A paper is updated through its own button, with labelled fields, and the row says what was saved.
  const edit = dossier.getByTestId("checklist-edit-A2");
  expect((await edit.boundingBox())!.height).toBeGreaterThanOrEqual(24);
  await edit.click();
  const a2 = dossier.getByTestId("checklist-A2");
  await a2.getByLabel("Tình trạng").selectOption("RECEIVED");
  await a2.getByLabel("Số văn bản").fill("Đơn-01");
  await a2.getByLabel("Ngày văn bản").fill(days(-2).vn.replaceAll("/", ""));
  await expect(a2.getByTestId("date-reading")).toContainText(days(-2).vn);
  await a2.getByRole("button", { name: "Lưu" }).click();
  await expect(a2.getByRole("status")).toHaveText("Đã lưu A2: Đã nộp.");
  await expect(dossier.getByTestId("checklist-status-A2")).toHaveText("Đã nộp");
  await expect(a2).toContainText("Đơn-01");
  await expect(edit).toBeFocused();
  await noSidewaysScroll(page);
  await screenshot(page, "record-phone-dossier");

  // A move is confirmed above the next step's form, not inside it.
  await page.locator("#step-helperName").fill("Lê Văn Tâm");
  await page.getByTestId("transition-submit").click();
  await expect(page.getByTestId("current-stage")).toHaveText("Cảm tình Đảng");
  await expect(page.getByTestId("record-flash")).toHaveText("Đã ghi nhận: Nguồn → Cảm tình Đảng.");
  await expect(page.getByTestId("transition-form")).not.toContainText("Đã ghi nhận");
  await expect(page.locator("#step-helperName")).toHaveCount(0);

  // Editing the personal record comes back to the record, which says it saved.
  await page.getByTestId("edit-candidate").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Đặng Văn Phúc");
  await page.getByLabel("Điện thoại").fill("0987 654 321");
  await page.getByTestId("save").click();
  await expect(page.getByTestId("record-flash")).toHaveText("Đã lưu thay đổi.");
  await expect(page.getByTestId("candidate-phone")).toHaveAttribute("href", "tel:0987654321");
  await noSidewaysScroll(page);
});

test("the enrolment step offers the classes one can still join, and says who opens one", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const stamp = Date.now().toString().slice(-6);
  // The bloc committee opens a class starting in three weeks; the demo's classes are all over.
  const bloc = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await signInViaApi(bloc.request, "bantochuc");
  const units = (await (await bloc.request.get("/api/v1/units")).json()).items as { id: string; code: string }[];
  const upcoming = `Lớp nhận thức sắp mở ${stamp}`;
  const created = await bloc.request.post("/api/v1/classes", {
    data: { kind: "AWARENESS", name: upcoming, unitId: units.find((u) => u.code === "DUK")!.id, startDate: days(21).iso, endDate: days(25).iso },
  });
  expect(created.status()).toBe(201);
  await bloc.close();

  await signInViaApi(page.request, "bithu.cntt");
  const id = await newCandidate(page, "Triệu Thị Lan");
  const moved = await page.request.post(`/api/v1/candidates/${id}/transitions`, {
    data: { to: "SYMPATHIZER", date: days(-1).iso, helperName: "Lê Văn Tâm", version: 1 },
  });
  expect(moved.status()).toBe(200);
  await page.goto(`/candidates/${id}`);
  const course = page.locator("#step-courseId");
  // Today: the upcoming class, not the ones that ended (the demo's classes of past years).
  const options = await course.locator("option").allTextContents();
  expect(options).toContain(`${upcoming} (${days(21).vn}–${days(25).vn}, sắp khai giảng)`);
  expect(options.some((o) => o.includes("khóa 1/2025"))).toBe(false);

  // An enrolment recorded late, dated while a past class ran, finds that class (and those still to come then).
  await page.locator("#step-date").fill("12/02/2025");
  await expect(course.locator("option", { hasText: "khóa 1/2025" })).toHaveCount(1);
  await expect(course.locator("option", { hasText: upcoming })).toHaveCount(1);
  await page.locator("#step-date").fill("20/02/2030");
  await expect(page.getByTestId("no-open-class")).toContainText("bí thư chi bộ không tự mở lớp");
  await expect(page.getByTestId("no-open-class").getByRole("link", { name: "Xem các lớp học" })).toHaveAttribute("href", "/classes");
  await screenshot(page, "record-phone-no-class");

  // Enrolled today in the class to come: the record says so above the next step's form.
  await page.locator("#step-date").fill(days(0).vn);
  await course.selectOption({ label: `${upcoming} (${days(21).vn}–${days(25).vn}, sắp khai giảng)` });
  await page.getByTestId("transition-submit").click();
  await expect(page.getByTestId("current-stage")).toHaveText("Học lớp nhận thức");
  await expect(page.getByTestId("record-flash")).toHaveText("Đã ghi nhận: Cảm tình Đảng → Học lớp nhận thức.");
});
