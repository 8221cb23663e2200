import { expect, test, type Page } from "@playwright/test";
import { screenshot, signInViaApi } from "./support";

// A branch secretary on a phone: the numeric keypad has no "/", so dates are typed as digits or
// with a dot, and the form says what it understood before saving.
test.use({ viewport: { width: 390, height: 844 } });

async function fillRequired(page: Page, name: string) {
  await page.getByLabel("Họ và tên").fill(name);
  await page.getByLabel("Giới tính").selectOption("MALE");
  await page.getByLabel("Trình độ chuyên môn").selectOption("UNIVERSITY");
  await page.getByLabel("Nhóm nghề nghiệp").selectOption("WORKER");
}

for (const [typed, name] of [
  ["11071982", "Vàng A Chính"],
  ["11.07.1982", "Vàng A Dũng"],
] as const) {
  test(`a birth date typed as ${typed} is read as 11/07/1982 and saved`, async ({ page }) => {
    await signInViaApi(page.request, "bithu.cntt");
    await page.goto("/candidates/new");
    await fillRequired(page, name);
    const birth = page.getByLabel("Ngày sinh");
    await expect(birth).toHaveAttribute("inputmode", "numeric");
    await birth.fill(typed);
    await expect(page.getByText("Hiểu là: 11/07/1982 (Chủ nhật)")).toBeVisible();
    // Leaving the field writes the date the usual way.
    await birth.blur();
    await expect(birth).toHaveValue("11/07/1982");
    await screenshot(page, `date-input-${typed.replace(/\./g, "-dot-")}`);
    await page.getByTestId("save").click();
    await expect(page).toHaveURL(/\/candidates\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.locator("main")).toContainText("11/07/1982");
  });
}

test("a date that cannot be read says how to type it, and is not saved", async ({ page }) => {
  await signInViaApi(page.request, "bithu.cntt");
  await page.goto("/candidates/new");
  await fillRequired(page, "Vàng A Giàng");
  const birth = page.getByLabel("Ngày sinh");
  await birth.fill("110782");
  const reading = page.locator("#birthDate-reading");
  await expect(reading).toHaveText("Năm cần đủ 4 chữ số — ví dụ 11071982");
  await expect(birth).toHaveAttribute("aria-describedby", /birthDate-reading/);
  await birth.fill("31022001");
  await expect(reading).toHaveText(/Không có ngày này/);
  await birth.blur();
  await expect(birth).toHaveValue("31022001");
  await page.getByTestId("save").click();
  await expect(page.getByTestId("error-birthDate")).toHaveText(/Ngày không hợp lệ/);
  await expect(page).toHaveURL(/\/candidates\/new$/);
  // Emptied: no reading at all, and the empty required choice says "choose".
  await birth.fill("");
  await expect(reading).toHaveText("");
  await page.getByLabel("Giới tính").selectOption("");
  await page.getByTestId("save").click();
  await expect(page.getByTestId("error-sex")).toHaveText("Bắt buộc chọn.");
  await expect(page.getByTestId("error-birthDate")).toHaveText("Bắt buộc nhập.");
});

test("a server-rendered filter (the audit log) takes a date typed as digits, by a plain GET", async ({ page }) => {
  await signInViaApi(page.request, "bantochuc");
  await page.goto("/audit");
  const from = page.getByLabel("Từ ngày");
  await from.fill("01012020");
  await expect(page.locator("#audit-from-reading")).toHaveText("Hiểu là: 01/01/2020 (thứ Tư)");
  // Enter submits before any blur: the server reads the digits as they are.
  await from.press("Enter");
  await expect(page).toHaveURL(/[?&]from=01012020/);
  await expect(page.getByTestId("audit-bad-filter")).toHaveCount(0);
  await expect(page.getByLabel("Từ ngày")).toHaveValue("01012020");
  await expect(page.locator("#audit-from-reading")).toHaveText("Hiểu là: 01/01/2020 (thứ Tư)");
});

test("after a save empties the form, the reading goes too", async ({ page }) => {
  await signInViaApi(page.request, "quantri");
  await page.goto("/holidays?year=2099");
  const date = page.locator("#holiday-date");
  await date.fill("02.09.2099");
  await expect(page.locator("#holiday-date-reading")).toHaveText("Hiểu là: 02/09/2099 (thứ Tư)");
  await page.getByLabel("Tên ngày lễ").fill("Thử ô ngày");
  await page.getByRole("button", { name: "Thêm ngày nghỉ" }).click();
  await expect(page.getByTestId("holiday-items")).toContainText("02/09/2099");
  await expect(date).toHaveValue("");
  await expect(page.locator("#holiday-date-reading")).toHaveText("");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Xóa 02/09/2099" }).click();
  await expect(page.getByTestId("holiday-items")).toHaveCount(0);
});
