import { expect, test } from "@playwright/test";
import { screenshot, signInViaApi } from "./support";

test("bulk moves on the board check each candidate and report person by person", async ({ page }) => {
  test.setTimeout(60_000);
  await signInViaApi(page.request, "bithu.cntt");
  const me = await (await page.request.get("/api/v1/me")).json();
  // Names of letters only, new on every run (digits spelled as letters): a run cut short leaves no namesake behind.
  const tag = [...Date.now().toString().slice(-5)].map((d) => "abcdefghij"[Number(d)]).join("");
  const names = [`Lý Thị Bảng ${tag}`, `Đinh Văn Cột ${tag}`];
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
  const bar = page.getByTestId("bulk-form");
  // Until someone is picked the bar says how to pick, and offers no fields.
  await expect(bar.getByRole("heading", { name: "Chuyển nhiều người sang giai đoạn khác" })).toBeVisible();
  await expect(page.getByTestId("bulk-hint")).toBeVisible();
  await expect(bar.locator("select, input")).toHaveCount(0);
  const column = page.getByTestId("column-SOURCE");
  for (const name of names) await column.getByLabel(name).check();
  await expect(page.getByTestId("selected-count")).toHaveText("Đã chọn 2 người");

  // Picked: the bar reads as the action it is, every field named by a label one can see.
  await expect(bar.getByRole("heading", { name: "Chuyển 2 người đã chọn sang giai đoạn khác" })).toBeVisible();
  for (const label of ["Chuyển sang giai đoạn", "Ngày chuyển", "Địa điểm (nếu có)", "Lý do (khi đưa ra khỏi danh sách)"]) {
    await expect(bar.locator("label", { hasText: label })).toBeVisible();
    await expect(bar.getByLabel(label, { exact: false })).toBeVisible();
  }
  const submit = bar.getByRole("button", { name: "Chuyển 2 người" });

  // Becoming a sympathiser needs a helper for each person: both are refused, each with the reason.
  await bar.getByLabel("Chuyển sang giai đoạn").selectOption({ label: "Cảm tình Đảng" });
  await submit.click();
  const results = page.getByTestId("bulk-results");
  for (const name of names) await expect(results).toContainText(`✗ ${name}: Cần phân công đảng viên giúp đỡ.`, { timeout: 15_000 });
  await expect(column.getByLabel(names[0]!)).toBeVisible();

  for (const name of names) await column.getByLabel(name).check();
  await bar.getByLabel("Chuyển sang giai đoạn").selectOption({ label: "Đưa ra khỏi danh sách" });
  await bar.getByLabel("Lý do (khi đưa ra khỏi danh sách)").fill("Chuyển công tác khỏi đơn vị");
  await submit.click();
  for (const name of names) await expect(results).toContainText(`✓ ${name}`, { timeout: 15_000 });
  await expect(column.getByLabel(names[0]!)).toHaveCount(0);
  await screenshot(page, "board");
});

test("a bulk move names, for each candidate, the dossier papers still missing", async ({ page }) => {
  test.setTimeout(60_000);
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
  await expect(results).toContainText(`✗ ${fullName}:`, { timeout: 15_000 });
  await expect(results).toContainText("A2 Đơn xin vào Đảng (1-KNĐ) chưa có");
  // The refused move changed nothing; take the test's candidate off the board so runs do not pile up on it.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
  const dropped = await page.request.post(`/api/v1/candidates/${id}/transitions`, {
    data: { to: "DROPPED", date: today, reason: "Hồ sơ thử nghiệm", version },
  });
  expect(dropped.status(), JSON.stringify(await dropped.json())).toBe(200);
});

test("committee staff open an awareness class and enrol many sympathisers at once", async ({ page }) => {
  // Three pages and two bulk actions, each checking every candidate on its own: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  await signInViaApi(page.request, "bantochuc");
  await page.goto("/classes");
  // The list comes first: the form waits behind its button.
  await expect(page.getByTestId("course-list")).toBeVisible();
  await expect(page.getByLabel("Tên lớp")).toHaveCount(0);
  const open = page.getByRole("button", { name: "Mở lớp mới" });
  await expect(open).toHaveAttribute("aria-expanded", "false");
  await open.click();
  await expect(page.getByLabel("Loại lớp")).toBeFocused();
  const name = `Lớp nhận thức khóa E2E ${Date.now().toString().slice(-5)}`;
  await page.getByLabel("Tên lớp").fill(name);
  // Today in Hà Nội: every sympathiser joined their stage before it, so every enrolment can pass.
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date()).split("-");
  await page.getByLabel("Ngày khai giảng").fill(`${d}/${m}/${y}`);
  await page.getByLabel("Ngày bế giảng").fill(`${d}/${m}/${y}`);
  await page.getByRole("button", { name: "Mở lớp", exact: true }).click();
  await expect(page.getByTestId("course-name")).toHaveText(name, { timeout: 20_000 });
  await expect(page.getByTestId("course-learners")).toHaveText("0 học viên");

  const boxes = page.getByTestId("enrol-form").locator('input[type="checkbox"]');
  const count = Math.min(3, await boxes.count());
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await boxes.nth(i).check();
  await page.getByTestId("enrol-submit").click();
  await expect(page.getByTestId("class-results").locator("li", { hasText: "✓" })).toHaveCount(count, { timeout: 20_000 });
  const rows = page.getByTestId("results-form").getByTestId("result-row");
  await expect(rows).toHaveCount(count);
  await expect(page.getByTestId("course-learners")).toHaveText(`${count} học viên`);
  await expect(page.getByTestId("results-form")).toContainText("Học lớp nhận thức");

  // Each row's result and certificate number carry a label one can see.
  const who = (await rows.first().getByTestId("learner-name").textContent())!.trim();
  const row = rows.filter({ hasText: who });
  await row.getByLabel(`Kết quả – ${who}`).selectOption("PASSED");
  await row.getByLabel(`Số giấy chứng nhận – ${who}`).fill("77/GCN-ĐUK");
  await page.getByTestId("results-submit").click();
  // The enrolment's lines give way to the one line of this save.
  await expect(page.getByTestId("class-results").locator("li")).toHaveText([`✓ ${who}`], { timeout: 20_000 });
  await expect(row).toContainText("Làm hồ sơ, thẩm tra lý lịch", { timeout: 20_000 });
  await screenshot(page, "class");
  await page.getByTestId("back-to-classes").click();
  await expect(page.getByRole("heading", { level: 1, name: "Lớp bồi dưỡng" })).toBeVisible({ timeout: 20_000 });
});
