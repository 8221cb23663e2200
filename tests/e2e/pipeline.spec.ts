import { expect, test, type Browser, type Page } from "@playwright/test";
import { screenshot, signInViaApi } from "./support";

async function as(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh", baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signInViaApi(page.request, username);
  return page;
}

/** Fills the step form's fields by name (ids are "step-<name>") and records the step. */
async function step(
  page: Page,
  fields: Record<string, string>,
  introducers: { kind: string; name: string; officialSince?: string; knownSince?: string; documentDate: string }[] = [],
) {
  for (const [name, value] of Object.entries(fields)) {
    const field = page.locator(`#step-${name}`);
    if ((await field.evaluate((el) => el.tagName)) === "SELECT") await field.selectOption({ label: value });
    else await field.fill(value);
  }
  for (const [i, row] of introducers.entries()) {
    const box = page.getByTestId(`introducer-${i}`);
    await box.locator(`[name="introducers.${i}.kind"]`).selectOption(row.kind);
    await box.locator(`[name="introducers.${i}.name"]`).fill(row.name);
    await box.locator(`[name="introducers.${i}.officialSince"]`).fill(row.officialSince ?? "");
    await box.locator(`[name="introducers.${i}.knownSince"]`).fill(row.knownSince ?? "");
    await box.locator(`[name="introducers.${i}.documentDate"]`).fill(row.documentDate);
  }
  await page.getByTestId("transition-submit").click();
}

/** A session of the superior's awareness-test council with this candidate passing it. */
async function recordTestPass(committee: Page, unitId: string, candidateId: string, date: string) {
  const session = await committee.request.post("/api/v1/awareness-tests", { data: { unitId, name: `Sát hạch E2E ${Date.now()}`, date } });
  expect(session.status()).toBe(201);
  const results = await committee.request.post(`/api/v1/awareness-tests/${(await session.json()).id}/results`, {
    data: { results: [{ candidateId, outcome: "PASSED" }] },
  });
  expect((await results.json()).lines).toEqual([{ candidateId, ok: true }]);
}

/** The secretary marks a paper received on the candidate page's checklist, with its date. */
async function fileOnChecklist(page: Page, code: string, date: string) {
  const item = page.getByTestId(`checklist-${code}`);
  await page.getByTestId(`checklist-edit-${code}`).click();
  await item.getByLabel("Tình trạng").selectOption("RECEIVED");
  await item.getByLabel("Ngày văn bản").fill(date);
  await item.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByTestId(`checklist-status-${code}`)).toHaveText("Đã nộp");
}

/** A paper filed through the API (PUT /api/v1/candidates/{id}/checklist), as a secretary's tool would. */
async function fileByApi(page: Page, id: string, code: string, date: string) {
  const res = await page.request.put(`/api/v1/candidates/${id}/checklist`, { data: { code, status: "RECEIVED", date } });
  expect(res.status(), JSON.stringify(await res.json())).toBe(200);
}

async function expectStage(page: Page, stage: string) {
  await expect(page.getByTestId("current-stage")).toHaveText(stage);
}

test("a candidate goes from the source list to official member, each rule checked on the way", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString().slice(-6);
  const bloc = await as(browser, "bantochuc");
  const units = (await (await bloc.request.get("/api/v1/units")).json()).items as { id: string; code: string }[];
  const dukId = units.find((u) => u.code === "DUK")!.id;
  await bloc.request.post("/api/v1/classes", {
    data: {
      kind: "AWARENESS",
      name: `Lớp nhận thức E2E ${stamp}`,
      unitId: dukId,
      startDate: "2024-11-11",
      endDate: "2024-11-15",
      issuer: "Đảng ủy Khối các cơ quan tỉnh",
    },
  });

  const secretary = await as(browser, "bithu.cntt");
  const me = await (await secretary.request.get("/api/v1/me")).json();
  const created = await secretary.request.post("/api/v1/candidates", {
    data: {
      unitId: me.unit.id,
      fullName: "Hoàng Thị Thu Trang",
      sex: "FEMALE",
      birthDate: "1998-04-10",
      educationLevel: "UNIVERSITY",
      occupationGroup: "INTELLECTUAL",
      youthUnionMember: true,
      sourceDate: "2024-09-03",
    },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  const url = `/candidates/${id}`;

  await secretary.goto(url);
  await expectStage(secretary, "Nguồn");
  await step(secretary, { date: "01/10/2024", helperName: "Lê Văn Tâm" });
  await expectStage(secretary, "Cảm tình Đảng");
  // The step's date is typed first: the class is offered while it runs on that date.
  await step(secretary, { date: "11/11/2024", courseId: `Lớp nhận thức E2E ${stamp} (11/11/2024–15/11/2024, đang học)` });
  await expectStage(secretary, "Học lớp nhận thức");
  await step(secretary, { date: "15/11/2024", certificateNumber: `${stamp}/GCN-ĐUK` });
  await expectStage(secretary, "Làm hồ sơ, thẩm tra lý lịch");
  // The application (A2, 1-KNĐ) is not in the file yet: the page says so, and the certification is refused.
  await expect(secretary.getByTestId("missing")).toContainText("A2 Đơn xin vào Đảng (1-KNĐ) chưa có");
  const verification = { verificationRequestedOn: "20/11/2024", date: "10/01/2025", certifiedOn: "15/01/2025" };
  await step(secretary, verification);
  await expect(secretary.getByTestId("transition-refused")).toContainText("A2 Đơn xin vào Đảng (1-KNĐ) chưa có");
  await screenshot(secretary, "pipeline-paper-missing");
  await expectStage(secretary, "Làm hồ sơ, thẩm tra lý lịch");
  await fileOnChecklist(secretary, "A2", "18/11/2024");
  await expect(secretary.getByTestId("missing")).not.toContainText("1-KNĐ");
  await step(secretary, verification);
  await expectStage(secretary, "Sát hạch nhận thức");
  await expect(secretary.getByTestId("missing")).toContainText("Chưa có kết quả đạt sát hạch nhận thức về Đảng");
  // The superior's test council records the pass, which moves the candidate on to the branch vote.
  await recordTestPass(bloc, dukId, id, "2025-02-20");
  await secretary.reload();
  await expectStage(secretary, "Chờ chi bộ xét");
  await expect(secretary.getByTestId("missing")).toContainText("Cần 2 đảng viên chính thức giới thiệu");

  // A vote of 1 with two member introducers: the Youth Union route and the 2/3 rule both refuse it.
  const roll = Number(await secretary.locator("#step-membersOnRoll").inputValue());
  const member = { kind: "PARTY_MEMBER", name: "Trần Văn Hùng", officialSince: "01/05/2010", knownSince: "01/01/2020", documentDate: "01/03/2025" };
  await step(secretary, { date: "10/03/2025", resolutionNumber: "03-NQ/CB", votesFor: "1", opinionsSummaryDate: "05/03/2025" }, [
    member,
    { ...member, name: "Ngô Thị Lan" },
  ]);
  const refused = secretary.getByTestId("transition-refused");
  await expect(refused).toContainText("cần nghị quyết giới thiệu của Đoàn (4-KNĐ)");
  await expect(refused).toContainText(`Chưa đủ 2/3: 1/${roll} tán thành`);
  await screenshot(secretary, "pipeline-vote-refused");
  await expectStage(secretary, "Chờ chi bộ xét");

  await step(secretary, { date: "10/03/2025", resolutionNumber: "03-NQ/CB", votesFor: String(roll), opinionsSummaryDate: "05/03/2025" }, [
    { kind: "YOUTH_UNION", name: "Đoàn Khoa Công nghệ thông tin", documentDate: "01/03/2025" },
    member,
  ]);
  await expectStage(secretary, "Đảng ủy xét");
  await expect(secretary.getByText("Bước này do cán bộ cấp ủy ghi nhận.")).toBeVisible();

  const grassroots = await as(browser, "vanphong.dhhd");
  await grassroots.goto(url);
  await step(grassroots, { date: "20/03/2025", resolutionNumber: "21-NQ/ĐU", votesFor: "9", partialAppraisalDate: "15/03/2025" });
  await expectStage(grassroots, "Chờ quyết định kết nạp");

  await bloc.goto(url);
  await step(bloc, { date: "15/04/2025", decisionNumber: `${stamp}-QĐ/ĐUK`, receivedOn: "18/04/2025" });
  await expectStage(bloc, "Chờ lễ kết nạp");

  // The ceremony cannot come before the decision reached the branch.
  await secretary.goto(url);
  await step(secretary, { date: "10/04/2025" });
  await expect(secretary.getByTestId("transition-refused")).toContainText("Lễ kết nạp không được trước ngày nhận quyết định (18/04/2025)");
  await step(secretary, { date: "19/05/2025", place: "Hội trường Khoa CNTT" });
  await expectStage(secretary, "Đảng viên dự bị");
  // The conversion file: the new-member course certificate and the self-review, helper's comments and opinions.
  await expect(secretary.getByTestId("missing")).toContainText("C2 Bản tự kiểm điểm của đảng viên dự bị (10-KNĐ) chưa có");
  await fileOnChecklist(secretary, "C1", "20/09/2025");
  for (const code of ["C2", "C3", "C4"]) await fileByApi(secretary, id, code, "2026-05-20");

  // The conversion's first step: the branch's resolution (13-KNĐ), recorded while the member stays on probation.
  await secretary.reload();
  const conversion = secretary.getByTestId("recorded-step-CONVERSION_RESOLUTION");
  await conversion.locator("#recorded-CONVERSION_RESOLUTION-date").fill("25/05/2026");
  await conversion.locator("#recorded-CONVERSION_RESOLUTION-resolutionNumber").fill("07-NQ/CB");
  await conversion.locator("#recorded-CONVERSION_RESOLUTION-votesFor").fill(String(roll));
  await conversion.getByTestId("recorded-step-submit").click();
  // Recorded: the branch's own deadline closes and the committee's decision deadline opens.
  await expect(secretary.getByTestId("deadlines")).toContainText("Hạn ra quyết định công nhận chính thức");
  await expect(secretary.getByTestId("deadlines")).not.toContainText("Hạn chi bộ xét công nhận chính thức");
  await expectStage(secretary, "Đảng viên dự bị");
  await screenshot(secretary, "pipeline-conversion-resolution");
  // The appraisals of the committees above go up with the file (14-KNĐ where a partial committee exists, 15-KNĐ).
  for (const code of ["C6", "C7"]) await fileByApi(secretary, id, code, "2026-05-28");

  await bloc.goto(url);
  await step(bloc, { date: "10/06/2026", decisionNumber: `${stamp}-CN/ĐUK` });
  await expectStage(bloc, "Đảng viên chính thức");
  await expect(bloc.getByTestId("history")).toContainText("Chuyển giai đoạn: Đảng viên dự bị → Đảng viên chính thức");
  await expect(bloc.getByTestId("checklist-B4")).toContainText(`${stamp}-QĐ/ĐUK`);
  await screenshot(bloc, "pipeline-official");
  const record = await (await bloc.request.get(`/api/v1/candidates/${id}`)).json();
  expect(record).toMatchObject({ stage: "OFFICIAL", admittedOn: "2025-04-15", ceremonyOn: "2025-05-19", officialOn: "2026-05-19" });
});

test("an expired awareness certificate stops the branch vote, with the reason shown", async ({ browser }) => {
  const stamp = Date.now().toString().slice(-6);
  const bloc = await as(browser, "bantochuc");
  const units = (await (await bloc.request.get("/api/v1/units")).json()).items as { id: string; code: string }[];
  const course = await (
    await bloc.request.post("/api/v1/classes", {
      data: {
        kind: "AWARENESS",
        name: `Lớp 2021 E2E ${stamp}`,
        unitId: units.find((u) => u.code === "DUK")!.id,
        startDate: "2021-01-11",
        endDate: "2021-01-15",
      },
    })
  ).json();

  const secretary = await as(browser, "bithu.cntt");
  const me = await (await secretary.request.get("/api/v1/me")).json();
  const { id } = await (
    await secretary.request.post("/api/v1/candidates", {
      data: {
        unitId: me.unit.id,
        fullName: "Bùi Văn Khải",
        sex: "MALE",
        birthDate: "1985-07-20",
        educationLevel: "MASTER",
        occupationGroup: "INTELLECTUAL",
        sourceDate: "2020-06-01",
      },
    })
  ).json();
  let version = 1;
  for (const body of [
    { to: "SYMPATHIZER", date: "2020-07-01", helperName: "Lê Văn Tâm" },
    { to: "TRAINING", date: "2021-01-11", courseId: course.id },
    { to: "DOSSIER", date: "2021-01-15", certificateNumber: `${stamp}/GCN` },
    { to: "AWARENESS_TEST", date: "2021-03-01", verificationRequestedOn: "2021-01-20", certifiedOn: "2021-03-05" },
  ]) {
    if (body.to === "AWARENESS_TEST") await fileByApi(secretary, id, "A2", "2021-01-18");
    const res = await secretary.request.post(`/api/v1/candidates/${id}/transitions`, { data: { ...body, version } });
    expect(res.status(), JSON.stringify(await res.json())).toBe(200);
    version = (await res.json()).candidate.version;
  }
  await recordTestPass(bloc, units.find((u) => u.code === "DUK")!.id, id, "2021-04-01");
  version = (await (await secretary.request.get(`/api/v1/candidates/${id}`)).json()).version;

  await secretary.goto(`/candidates/${id}`);
  await expect(secretary.getByTestId("missing")).toContainText("Giấy chứng nhận bồi dưỡng nhận thức về Đảng đã hết hạn ngày 16/01/2026");
  const member = { kind: "PARTY_MEMBER", name: "Trần Văn Hùng", officialSince: "01/05/2010", knownSince: "01/01/2015" };
  const today = await secretary.locator("#step-date").inputValue();
  await step(secretary, { votesFor: await secretary.locator("#step-membersOnRoll").inputValue(), opinionsSummaryDate: today }, [
    { ...member, documentDate: today },
    { ...member, name: "Ngô Thị Lan", documentDate: today },
  ]);
  await expect(secretary.getByTestId("transition-refused")).toContainText("Giấy chứng nhận bồi dưỡng nhận thức về Đảng đã hết hạn ngày 16/01/2026");
  await screenshot(secretary, "pipeline-certificate-expired");
  await expectStage(secretary, "Chờ chi bộ xét");

  // The API answers the same refusal with each unmet prerequisite listed.
  const api = await secretary.request.post(`/api/v1/candidates/${id}/transitions`, {
    data: { to: "COMMITTEE_REVIEW", date: "2026-11-02", version, votesFor: 3 },
    headers: { "accept-language": "en" },
  });
  expect(api.status()).toBe(422);
  const body = await api.json();
  expect(body.error.code).toBe("TRANSITION_NOT_ALLOWED");
  expect(body.error.details.map((d: { message: string }) => d.message)).toContain("The awareness certificate expired on 16/01/2026.");

  // Back to the class, with the reason recorded.
  await secretary.getByTestId("mode-other").click();
  await secretary.locator("#step-to").selectOption({ label: "Học lớp nhận thức" });
  await secretary.locator("#step-reason").fill("Giấy chứng nhận hết hạn, học lại lớp nhận thức");
  await secretary.getByTestId("transition-submit").click();
  await expectStage(secretary, "Học lớp nhận thức");
  await expect(secretary.getByTestId("history")).toContainText("Giấy chứng nhận hết hạn, học lại lớp nhận thức");
});
