import { expect, test } from "@playwright/test";
import { screenshot, signInViaApi } from "./support";

test("bad input shows field errors and saves nothing", async ({ page }) => {
  await signInViaApi(page.request, "bithu.cntt");
  const before = (await (await page.request.get("/api/v1/candidates")).json()).total;
  await page.goto("/candidates/new");
  await page.getByLabel("Họ và tên").fill("A");
  await page.getByLabel("Ngày sinh").fill("31/02/2001");
  await page.getByLabel("Số CCCD").fill("12345");
  await page.getByTestId("save").click();
  await expect(page.getByTestId("error-fullName")).toHaveText("Tối thiểu 2 ký tự.");
  await expect(page.getByTestId("error-birthDate")).toHaveText("Ngày không hợp lệ: gõ ngày, tháng và năm đủ 4 chữ số, ví dụ 11/07/1982 hoặc 11071982.");
  await expect(page.getByTestId("error-nationalId")).toHaveText("Số CCCD gồm 12 chữ số.");
  await expect(page.getByTestId("error-sex")).toHaveText("Bắt buộc chọn.");
  await expect(page.getByTestId("form-error")).toBeVisible();
  await screenshot(page, "form-errors");
  expect((await (await page.request.get("/api/v1/candidates")).json()).total).toBe(before);
});

test("a secretary adds a candidate, edits the record, and the history shows both", async ({ page }) => {
  await signInViaApi(page.request, "bithu.cntt");
  await page.goto("/candidates/new");
  await page.getByLabel("Họ và tên").fill("Lò Thị Mỷ");
  await page.getByLabel("Giới tính").selectOption("FEMALE");
  await page.getByLabel("Ngày sinh").fill("05/09/2002");
  await page.getByLabel("Trình độ chuyên môn").selectOption("UNIVERSITY");
  await page.getByLabel("Nhóm nghề nghiệp").selectOption("INTELLECTUAL");
  await page.getByLabel("Dân tộc").fill("Thái");
  await page.getByLabel("Số CCCD").fill("038302009876");
  await page.getByTestId("save").click();
  await expect(page.getByTestId("candidate-name")).toHaveText("Lò Thị Mỷ");
  await expect(page.getByTestId("current-stage")).toHaveText("Nguồn");
  await expect(page.getByTestId("history")).toContainText("Đưa vào danh sách nguồn");

  await page.getByTestId("edit-candidate").click();
  await page.getByLabel("Điện thoại").fill("0912 345 678");
  await page.getByTestId("save").click();
  await expect(page.getByTestId("history")).toContainText("Sửa lý lịch");
  await expect(page.getByTestId("history")).toContainText("Điện thoại: (trống) → 0912 345 678");
  await screenshot(page, "candidate-detail");

  // The same national ID again is refused on the form itself.
  await page.goto("/candidates/new");
  await page.getByLabel("Họ và tên").fill("Lò Thị Mỷ");
  await page.getByLabel("Giới tính").selectOption("FEMALE");
  await page.getByLabel("Ngày sinh").fill("05/09/2002");
  await page.getByLabel("Trình độ chuyên môn").selectOption("UNIVERSITY");
  await page.getByLabel("Nhóm nghề nghiệp").selectOption("INTELLECTUAL");
  await page.getByLabel("Số CCCD").fill("038302009876");
  await page.getByTestId("save").click();
  await expect(page.getByTestId("error-nationalId")).toHaveText("Số CCCD này đã có trong hệ thống.");
});

test("on a phone the list is a column of cards", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInViaApi(page.request, "bithu.cntt");
  await page.goto("/candidates");
  await expect(page.getByTestId("candidate-cards")).toBeVisible();
  await screenshot(page, "phone-list");
  await page.getByTestId("candidate-cards").locator("a").first().click();
  await expect(page.getByTestId("candidate-name")).toBeVisible();
  await screenshot(page, "phone-detail");
});

test("the interface switches to English", async ({ page }) => {
  await signInViaApi(page.request, "bithu.cntt");
  await page.goto("/candidates");
  await page.getByTestId("locale-en").click();
  await expect(page.getByRole("heading", { name: "Candidates" })).toBeVisible();
  await page.getByTestId("locale-vi").click();
  await expect(page.getByRole("heading", { name: "Danh sách quần chúng" })).toBeVisible();
});
