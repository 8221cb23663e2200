import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { screenshot, signInViaForm } from "./support";

/**
 * Issue 11, done means: a bloc gives a new branch its secretary and its candidates without a
 * database console. The administrator adds a branch to the tree and opens its secretary's account;
 * the secretary signs in with the one-time password, must replace it, imports a small Excel list,
 * and finds the rows in the candidate list.
 */
test("an administrator adds a branch and its secretary; the secretary changes the one-time password, imports an Excel list and sees it", async ({ page }) => {
  const stamp = Date.now().toString(36);
  const code = `E2E-${stamp}`.toUpperCase();
  const branchName = `Chi bộ Thử nghiệm ${stamp}`;
  const username = `bithu.${stamp}`;
  const newPassword = "Sen-vang-no-2026";

  await signInViaForm(page, "quantri");
  await expect(page).toHaveURL(/\/candidates$/);
  const units = (await (await page.request.get("/api/v1/units")).json()).items as { id: string; code: string }[];
  const parent = units.find((u) => u.code === "DHHD")!;

  // The branch, from its committee's page.
  await page.goto(`/units/${parent.id}`);
  const form = page.getByTestId("unit-create-form");
  await form.locator("#new-unit-code").fill(code);
  await form.locator("#new-unit-name").fill(branchName);
  await form.locator("#new-unit-kind").selectOption("BRANCH");
  await form.locator("#new-unit-officialMembers").fill("7");
  await form.locator("#new-unit-totalMembers").fill("8");
  await page.getByTestId("unit-create-submit").click();
  await expect(page).toHaveURL(/\/units\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: branchName })).toBeVisible();
  await screenshot(page, "go-live-branch");

  // Its secretary's account, with a one-time password shown once.
  await page.goto("/accounts/new");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Họ và tên").fill("Trịnh Thị Bí Thư");
  await page.getByLabel("Vai trò").selectOption({ label: "Bí thư chi bộ" });
  const branchOption = await page.locator("#account-unitId option", { hasText: branchName }).first().getAttribute("value");
  await page.getByLabel("Đơn vị").selectOption(branchOption!);
  await page.getByTestId("account-create-submit").click();
  const oneTimePassword = (await page.getByTestId("one-time-password-value").textContent())!.trim();
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login$/);

  // First sign-in: the password must be replaced before anything else.
  await signInViaForm(page, username, oneTimePassword);
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel("Mật khẩu hiện tại").fill(oneTimePassword);
  await page.locator("#newPassword").fill(newPassword);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(newPassword);
  await page.getByTestId("own-password-submit").click();
  await expect(page).toHaveURL(/\/candidates$/);

  // Last year's list, as a branch keeps it in Excel: Vietnamese headers and labels.
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Danh sách");
  sheet.addRow([
    "Họ và tên",
    "Giới tính",
    "Ngày sinh (dd/mm/yyyy)",
    "Trình độ chuyên môn",
    "Nhóm nghề nghiệp",
    "Mã chi bộ",
    "Giai đoạn",
    "Ngày vào giai đoạn (dd/mm/yyyy)",
  ]);
  sheet.addRow(["Đoàn Văn Nhập", "Nam", "12/04/1999", "Đại học", "Cán bộ, công chức, viên chức", code, "Nguồn", "05/01/2026"]);
  sheet.addRow(["Lương Thị Excel", "Nữ", "30/11/2000", "Cao đẳng", "Công nhân", code, "Cảm tình Đảng", "10/02/2026"]);
  const file = Buffer.from(await book.xlsx.writeBuffer());

  await page.goto("/imports");
  await page.getByTestId("upload-candidates").locator('input[type="file"]').setInputFiles({
    name: "danh-sach-2025.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: file,
  });
  await page.getByTestId("upload-candidates").getByRole("button", { name: "Tải lên và kiểm tra" }).click();
  await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("import-rows")).toContainText("Đoàn Văn Nhập");
  await screenshot(page, "go-live-import-preview");
  await page.getByTestId("import-commit").click();
  await expect(page.getByTestId("import-commit-notice").or(page.getByTestId("import-committed"))).toBeVisible();

  await page.goto("/candidates");
  await expect(page.getByTestId("candidate-total")).toHaveText("2 người");
  await expect(page.getByRole("link", { name: "Đoàn Văn Nhập" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Lương Thị Excel" })).toBeVisible();
  await screenshot(page, "go-live-candidates");
});
