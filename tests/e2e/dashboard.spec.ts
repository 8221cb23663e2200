import { expect, test } from "@playwright/test";
import { screenshot, signInViaApi } from "./support";

test("bloc staff see in one screen which units will miss this year's quota, and why", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInViaApi(page.request, "bantochuc");
  const year = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date()).slice(0, 4);
  await page.goto(`/dashboard?period=${year}`);
  await expect(page.getByRole("heading", { name: `Chỉ tiêu phát triển đảng viên ${year}` })).toBeVisible();
  await expect(page.getByTestId("breadcrumb")).toContainText("Đảng ủy Khối các cơ quan tỉnh");
  await expect(page.getByTestId("forecast-method")).toContainText("Cách dự báo");
  const rows = page.getByTestId("attainment-row");
  await expect(rows).toHaveCount(13);

  // Every unit flagged at risk comes with at least one reason, and the API agrees with the page.
  const api = await (await page.request.get(`/api/v1/dashboard/forecast?period=${year}`)).json();
  const atRisk = page.getByTestId("at-risk").locator(":scope > li");
  await expect(atRisk).toHaveCount(api.atRisk.length);
  for (let i = 0; i < api.atRisk.length; i++) await expect(atRisk.nth(i).locator("ul li").first()).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.getByTestId("funnel-summary")).toContainText("người đã học lớp nhận thức đã được kết nạp");
  await screenshot(page, "dashboard");

  // The API's numbers are the table's.
  const attainment = await (await page.request.get(`/api/v1/dashboard/attainment?period=${year}`)).json();
  const first = attainment.rows[0];
  await expect(rows.first()).toContainText(first.name);
  await expect(rows.first().locator("td").nth(2)).toHaveText(String(first.admitted));
  // The pipeline column shows the row's candidates before admission stage by stage, as the API counts them.
  const beforeAdmission = ["SOURCE", "SYMPATHIZER", "TRAINING", "DOSSIER", "AWARENESS_TEST", "BRANCH_VOTE", "COMMITTEE_REVIEW", "SUPERIOR_DECISION"];
  const shown = await rows
    .first()
    .getByTestId("pipeline-bar")
    .locator("[data-stage]")
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute("data-stage"), Number(e.getAttribute("data-count"))])));
  expect(shown).toEqual(
    Object.fromEntries(Object.entries(first.pipeline as Record<string, number>).filter(([stage, n]) => beforeAdmission.includes(stage) && n > 0)),
  );
  await expect(page.getByTestId("pipeline-legend")).toContainText("Chờ quyết định kết nạp");

  // Drill down into the university and back up through the breadcrumb; the URL carries the view.
  await page.getByRole("link", { name: "Đảng bộ Trường Đại học Hồng Đức" }).first().click();
  await expect(page).toHaveURL(/unitId=/);
  await expect(page.getByTestId("breadcrumb")).toContainText("Đảng bộ Trường Đại học Hồng Đức");
  await expect(page.getByTestId("attainment-table")).toContainText("Đảng bộ bộ phận Khối Kỹ thuật");
  await page.getByTestId("breadcrumb").getByRole("link", { name: "Đảng ủy Khối các cơ quan tỉnh" }).click();
  await expect(page.getByTestId("attainment-row")).toHaveCount(13);
});

test("the table exports to Excel and CSV, and bad periods are refused", async ({ request }) => {
  await signInViaApi(request, "bantochuc");
  const xlsx = await request.get("/api/v1/dashboard/export?period=2020-2025&format=xlsx");
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  const csv = await request.get("/api/v1/dashboard/export?period=2025&format=csv");
  const text = (await csv.body()).toString("utf8");
  expect(text.startsWith("\uFEFFĐơn vị,Chỉ tiêu,Đã kết nạp")).toBe(true);
  expect(text).toContain("Đảng bộ Công ty CP Xi măng Bỉm Sơn");
  const bad = await request.get("/api/v1/dashboard/attainment?period=2020-2024");
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.details[0]).toEqual({ path: "period", message: "Nhiệm kỳ dài đúng 5 năm (ví dụ 2020-2025)." });
  const quota = await request.put("/api/v1/quotas", { data: { unitId: "00000000-0000-0000-0000-000000000000", period: "2026", target: -3 } });
  expect(quota.status()).toBe(422);
});

test("grassroots staff set their branches' quotas and propose their own", async ({ page }) => {
  await signInViaApi(page.request, "vanphong.dhhd");
  await page.goto("/quotas?period=2027");
  const rows = page.getByTestId("quota-row");
  await expect(rows.first()).toContainText("Đảng bộ Trường Đại học Hồng Đức");
  await expect(rows.first().getByRole("button")).toHaveText("Đề xuất");
  const branch = rows.filter({ hasText: "Chi bộ Phòng Đào tạo" });
  await branch.getByLabel("Chỉ tiêu Chi bộ Phòng Đào tạo").fill("-2");
  await branch.getByRole("button", { name: "Giao" }).click();
  await expect(branch.getByTestId("quota-error-target")).toHaveText("Không được nhỏ hơn 0.");
  await branch.getByLabel("Chỉ tiêu Chi bộ Phòng Đào tạo").fill("3");
  await branch.getByRole("button", { name: "Giao" }).click();
  await expect(branch).toContainText("Chỉ tiêu: 3");
  await branch.getByTestId("quota-history").locator("summary").click();
  await expect(branch.getByTestId("quota-history")).toContainText("Chỉ tiêu: — → 3");
  await rows.first().getByLabel("Chỉ tiêu Đảng bộ Trường Đại học Hồng Đức").fill("12");
  await rows.first().getByRole("button", { name: "Đề xuất" }).click();
  await expect(rows.first()).toContainText("đề xuất 12");
  await screenshot(page, "quotas");
});

test("a unit outside the caller's units does not exist on the dashboard, in the page or the API", async ({ page, browser }) => {
  const bloc = await browser.newContext({ baseURL: process.env.BASE_URL });
  await signInViaApi(bloc.request, "bantochuc");
  const units = (await (await bloc.request.get("/api/v1/units")).json()) as { items: { id: string; code: string }[] };
  const blocId = units.items.find((u) => u.code === "DUK")!.id;
  await bloc.close();

  await signInViaApi(page.request, "vanphong.dhhd");
  const res = await page.goto(`/dashboard?unitId=${blocId}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
  expect((await page.request.get(`/api/v1/dashboard/attainment?period=2026&unitId=${blocId}`)).status()).toBe(404);
  expect((await page.request.get(`/api/v1/dashboard/export?period=2026&unitId=${blocId}&format=csv`)).status()).toBe(404);
});

test("administrators keep the holiday table the working-day deadlines count on; others only read it", async ({ page }) => {
  await signInViaApi(page.request, "quantri");
  await page.goto("/holidays?year=2027");
  await expect(page.getByRole("heading", { name: "Ngày nghỉ lễ năm 2027" })).toBeVisible();
  await page.locator("#holiday-date").fill("31/02/2027");
  await page.locator("#holiday-name").fill("Ngày sai");
  await page.getByRole("button", { name: "Thêm ngày nghỉ" }).click();
  await expect(page.getByTestId("holiday-add-form")).toContainText("Ngày không hợp lệ");
  await page.locator("#holiday-date").fill("01/09/2027");
  await page.locator("#holiday-name").fill("Quốc khánh (bù)");
  await page.getByRole("button", { name: "Thêm ngày nghỉ" }).click();
  await expect(page.getByTestId("holiday-message")).toHaveText("Đã thêm ngày nghỉ.");
  await expect(page.getByTestId("holiday-items")).toContainText("01/09/2027");
  await screenshot(page, "holidays");

  await signInViaApi(page.request, "bithu.cntt");
  await page.goto("/holidays?year=2027");
  await expect(page.getByTestId("holiday-items")).toContainText("01/09/2027");
  await expect(page.getByTestId("holiday-add-form")).toHaveCount(0);
});
