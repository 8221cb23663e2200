import { expect, test } from "@playwright/test";
import { screenshot, signInViaApi } from "./support";

test("bulk moves on the board check each candidate and report person by person", async ({ page }) => {
  await signInViaApi(page.request, "bithu.cntt");
  const me = await (await page.request.get("/api/v1/me")).json();
  const names = ["Lý Thị Bảng", "Đinh Văn Cột"];
  for (const [i, fullName] of names.entries()) {
    const res = await page.request.post("/api/v1/candidates", {
      data: {
        unitId: me.unit.id,
        fullName,
        sex: i ? "MALE" : "FEMALE",
        birthDate: "1990-01-0" + (i + 1),
        educationLevel: "COLLEGE",
        occupationGroup: "WORKER",
      },
    });
    expect(res.status()).toBe(201);
  }
  await page.goto("/board");
  const column = page.getByTestId("column-SOURCE");
  for (const name of names) await column.getByLabel(name).check();
  await expect(page.getByTestId("selected-count")).toHaveText("2 ✓");

  // Becoming a sympathiser needs a helper for each person: both are refused, each with the reason.
  await page.getByTestId("bulk-to").selectOption({ label: "Cảm tình Đảng" });
  await page.getByTestId("bulk-submit").click();
  const results = page.getByTestId("bulk-results");
  for (const name of names) await expect(results).toContainText(`✗ ${name}: Cần phân công đảng viên giúp đỡ.`);
  await expect(column.getByLabel(names[0]!)).toBeVisible();

  for (const name of names) await column.getByLabel(name).check();
  await page.getByTestId("bulk-to").selectOption({ label: "Đưa ra khỏi danh sách" });
  await page.getByTestId("bulk-reason").fill("Chuyển công tác khỏi đơn vị");
  await page.getByTestId("bulk-submit").click();
  for (const name of names) await expect(results).toContainText(`✓ ${name}`);
  await expect(column.getByLabel(names[0]!)).toHaveCount(0);
  await screenshot(page, "board");
});

test("a bulk move names, for each candidate, the dossier papers still missing", async ({ page }) => {
  await signInViaApi(page.request, "bithu.cntt");
  const me = await (await page.request.get("/api/v1/me")).json();
  // A name of letters only, new on every run (digits spelled as letters).
  const fullName = `Phan Thị Hồ Sơ ${[...Date.now().toString().slice(-5)].map((d) => "abcdefghij"[Number(d)]).join("")}`;
  const created = await page.request.post("/api/v1/candidates", {
    data: {
      unitId: me.unit.id,
      fullName,
      sex: "FEMALE",
      birthDate: "1996-02-03",
      educationLevel: "UNIVERSITY",
      occupationGroup: "INTELLECTUAL",
      sourceDate: "2020-01-06",
    },
  });
  expect(created.status(), JSON.stringify(await created.json())).toBe(201);
  const { id } = await created.json();
  // Through the awareness class of the bloc's demo calendar to the dossier stage, over the API.
  const classes = (await (await page.request.get("/api/v1/classes")).json()).items as { id: string; kind: string; startDate: string; endDate: string }[];
  const course = classes.filter((c) => c.kind === "AWARENESS" && c.startDate >= "2020-02-01").sort((a, b) => a.startDate.localeCompare(b.startDate))[0]!;
  let version = 1;
  for (const body of [
    { to: "SYMPATHIZER", date: "2020-01-10", helperName: "Lê Văn Tâm" },
    { to: "TRAINING", date: course.startDate, courseId: course.id },
    { to: "DOSSIER", date: course.endDate, certificateNumber: "E2E/GCN" },
  ]) {
    const res = await page.request.post(`/api/v1/candidates/${id}/transitions`, { data: { ...body, version } });
    expect(res.status(), JSON.stringify(await res.json())).toBe(200);
    version = (await res.json()).candidate.version;
  }
  await page.goto("/board");
  await page.getByTestId("column-DOSSIER").getByLabel(fullName).check();
  await page.getByTestId("bulk-to").selectOption({ label: "Sát hạch nhận thức" });
  await page.getByTestId("bulk-submit").click();
  const results = page.getByTestId("bulk-results");
  await expect(results).toContainText(`✗ ${fullName}:`);
  await expect(results).toContainText("A2 Đơn xin vào Đảng (1-KNĐ) chưa có");
});

test("committee staff open an awareness class and enrol many sympathisers at once", async ({ page }) => {
  await signInViaApi(page.request, "bantochuc");
  await page.goto("/classes");
  const name = `Lớp nhận thức khóa E2E ${Date.now().toString().slice(-5)}`;
  await page.getByLabel("Tên lớp").fill(name);
  // Today in Hà Nội: every sympathiser joined their stage before it, so every enrolment can pass.
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date()).split("-");
  await page.getByLabel("Ngày khai giảng").fill(`${d}/${m}/${y}`);
  await page.getByLabel("Ngày bế giảng").fill(`${d}/${m}/${y}`);
  await page.getByRole("button", { name: "Mở lớp" }).click();
  await expect(page.getByTestId("course-name")).toHaveText(name);

  const boxes = page.getByTestId("enrol-form").locator('input[type="checkbox"]');
  const count = Math.min(3, await boxes.count());
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await boxes.nth(i).check();
  await page.getByTestId("enrol-submit").click();
  await expect(page.getByTestId("class-results").locator("li", { hasText: "✓" })).toHaveCount(count);
  await expect(page.getByTestId("results-form").locator("tbody tr")).toHaveCount(count);
  await expect(page.getByTestId("results-form")).toContainText("Học lớp nhận thức");

  const firstRow = page.getByTestId("results-form").locator("tbody tr").first();
  await firstRow.locator("select").selectOption("PASSED");
  await firstRow.locator("input").fill("77/GCN-ĐUK");
  await page.getByTestId("results-submit").click();
  await expect(page.getByTestId("class-results")).toContainText("✓");
  await expect(firstRow).toContainText("Làm hồ sơ, thẩm tra lý lịch");
  await screenshot(page, "class");
});
