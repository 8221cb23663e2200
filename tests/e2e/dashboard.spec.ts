import { expect, test } from "@playwright/test";
import { screenshot, signInViaApi } from "./support";

test("bloc staff see in one screen which units will miss this year's quota, and why", async ({ page }) => {
  // Two views of the dashboard, its charts loaded on the way: more than the default 30 s on a busy machine.
  test.setTimeout(60_000);
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
  // The charts' code arrives only when they come near the screen, into frames of their final height.
  await expect(page.locator(".recharts-surface")).toHaveCount(0);
  await page.getByTestId("funnel-summary").scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.getByTestId("funnel-summary")).toContainText("người đã học lớp nhận thức đã được kết nạp");
  // The pace chart's months are written as Vietnamese readers write them.
  await expect(
    page
      .locator(".recharts-cartesian-axis-tick-value")
      .filter({ hasText: /^T\d{1,2}\/\d{4}$/ })
      .first(),
  ).toBeVisible();
  await screenshot(page, "dashboard");

  // The API's numbers are the table's.
  const attainment = await (await page.request.get(`/api/v1/dashboard/attainment?period=${year}`)).json();
  const first = attainment.rows[0];
  await expect(rows.first()).toContainText(first.name);
  await expect(rows.first().getByTestId("row-admitted")).toHaveText(String(first.admitted));
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
  // Colour is not the only cue: the bands are named on every row and explained in a visible legend,
  // with the bounds the code applies; the bar opens into the count of each stage.
  const legend = page.getByTestId("band-legend");
  await expect(legend).toBeVisible();
  for (const band of ["Đạt", "Đúng tiến độ", "Có nguy cơ", "Chậm"]) await expect(legend.locator("li").filter({ hasText: `${band}:` })).toBeVisible();
  await expect(legend).toContainText("15 điểm phần trăm");
  await expect(rows.first().getByTestId("band-name").last()).toBeVisible();
  const bar = rows.first().getByTestId("pipeline-bar");
  await bar.locator("summary").click();
  await expect(bar.getByTestId("pipeline-detail")).toContainText(/: \d+/);
  // The sum of the children's quotas says what it is and how it compares with the unit's own.
  await expect(page.getByTestId("summary-children")).toContainText("Cộng chỉ tiêu đã giao cho các đơn vị trực thuộc");

  // Drill down into the university and back up through the breadcrumb; the URL carries the view.
  await page.getByRole("link", { name: "Đảng bộ Trường Đại học Hồng Đức" }).first().click();
  await expect(page).toHaveURL(/unitId=/);
  await expect(page.getByTestId("breadcrumb")).toContainText("Đảng bộ Trường Đại học Hồng Đức");
  await expect(page.getByTestId("attainment-table")).toContainText("Đảng bộ bộ phận Khối Kỹ thuật");
  await page.getByTestId("breadcrumb").getByRole("link", { name: "Đảng ủy Khối các cơ quan tỉnh" }).click();
  await expect(page.getByTestId("attainment-row")).toHaveCount(13);
});

test("on a phone the dashboard reads top to bottom: no sideways scrolling, the legend shown, each unit a block", async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInViaApi(page.request, "bantochuc");
  // Drill-down links prefetch on intent only (hover, focus, touch), not each one as soon as it is seen.
  const prefetched: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"] && r.url().includes("unitId=")) prefetched.push(r.url());
  });
  await page.goto("/dashboard");
  await expect(page.getByTestId("attainment-row")).toHaveCount(13);
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.getByTestId("band-legend")).toBeVisible();
  await expect(page.getByTestId("pipeline-legend")).toBeVisible();

  // Each unit at risk says where it stands in one sentence; the working behind it is one tap away.
  const reasons = page.getByTestId("at-risk").locator(":scope > li").first().getByTestId("forecast-reason");
  await expect(reasons.locator("li").first()).toBeVisible();
  await expect(reasons.locator("details")).not.toHaveAttribute("open");
  await reasons.getByText(/Xem thêm \d+ lý do/).click();
  await expect(reasons.locator("details")).toHaveAttribute("open");

  // A unit's name has the row's width to itself; its figures come below it, each with its name.
  const row = page.getByTestId("attainment-row").filter({ hasText: "Đảng bộ Trường Đại học Hồng Đức" });
  const name = (await row.getByRole("link").boundingBox())!;
  const admitted = (await row.getByTestId("row-admitted").boundingBox())!;
  expect(name.height).toBeLessThan(30);
  expect(admitted.y).toBeGreaterThan(name.y + name.height - 1);
  await expect(row.getByText("Đã kết nạp", { exact: true })).toBeVisible();
  await expect(row.getByText("Dự báo cuối kỳ", { exact: true })).toBeVisible();
  await row.scrollIntoViewIfNeeded();
  const bar = (await row.getByTestId("pipeline-bar").boundingBox())!;
  expect(bar.x + bar.width).toBeLessThanOrEqual(390);

  // Still no sideways scrolling once the charts have been drawn.
  await page.getByTestId("funnel-summary").scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, "dashboard-phone");

  expect(prefetched, "drill-down links prefetched without intent").toEqual([]);
  // The dev server never prefetches; the production build (CI) does, on intent.
  if (!(await page.content()).includes("__nextHmr")) {
    const link = row.getByRole("link");
    const intent = page.waitForRequest((r) => Boolean(r.headers()["next-router-prefetch"]) && r.url().includes("unitId="));
    await link.hover();
    await intent;
  }
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
  // Typing into a row before the page has hydrated loses the figure (the dev server hydrates slowly).
  await page.waitForLoadState("networkidle");
  const rows = page.getByTestId("quota-row");
  await expect(rows.first()).toContainText("Đảng bộ Trường Đại học Hồng Đức");
  await expect(rows.first().getByRole("button")).toHaveText("Đề xuất");
  const branch = rows.filter({ hasText: "Chi bộ Phòng Đào tạo" });
  await branch.getByRole("textbox", { name: "Chỉ tiêu Chi bộ Phòng Đào tạo" }).fill("-2");
  await branch.getByRole("button", { name: "Giao" }).click();
  await expect(branch.getByTestId("quota-error-target")).toHaveText("Không được nhỏ hơn 0.");
  await branch.getByRole("textbox", { name: "Chỉ tiêu Chi bộ Phòng Đào tạo" }).fill("3");
  await branch.getByRole("button", { name: "Giao" }).click();
  await expect(branch).toContainText("Chỉ tiêu: 3");
  await branch.getByTestId("quota-history").locator("summary").click();
  await expect(branch.getByTestId("quota-history")).toContainText("Chỉ tiêu: — → 3");
  await rows.first().getByRole("textbox", { name: "Chỉ tiêu Đảng bộ Trường Đại học Hồng Đức" }).fill("12");
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
