import { expect, test } from "@playwright/test";
import { screenshot, signInViaForm } from "./support";

/**
 * Going live, accounts: the administrator opens an account for a branch secretary and reads its
 * one-time password once; the secretary signs in with it, is held on the password page until they
 * choose their own password, and then reaches their candidates.
 */
test("an administrator creates a secretary's account; the one-time password must be replaced at the first sign-in", async ({ page }) => {
  const username = `bithu.e2e${Date.now().toString(36)}`;
  const newPassword = "Hoa-sen-no-2026";

  await signInViaForm(page, "quantri");
  await expect(page).toHaveURL(/\/candidates$/);
  // Accounts sit in the menu's "Quản trị" group, behind its button on a laptop.
  await page.getByRole("button", { name: "Quản trị" }).click();
  await page.getByRole("link", { name: "Tài khoản", exact: true }).click();
  await expect(page).toHaveURL(/\/accounts$/);
  await expect(page.getByRole("heading", { name: "Tài khoản" })).toBeVisible();
  await screenshot(page, "accounts-list");

  await page.getByTestId("account-new").click();
  await expect(page).toHaveURL(/\/accounts\/new$/);
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Họ và tên").fill("Nguyễn Thị Thử Nghiệm");
  await page.getByLabel("Vai trò").selectOption({ label: "Bí thư chi bộ" });
  const branch = await page.locator("#account-unitId option", { hasText: "Chi bộ Khoa Công nghệ thông tin" }).first().getAttribute("value");
  await page.getByLabel("Đơn vị").selectOption(branch!);
  await page.getByTestId("account-create-submit").click();

  const shown = page.getByTestId("one-time-password-value");
  await expect(shown).toBeVisible();
  const oneTimePassword = (await shown.textContent())!.trim();
  expect(oneTimePassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  await screenshot(page, "account-created");

  // The account is on the list, waiting for its password change.
  await page.goto(`/accounts?q=${encodeURIComponent("nguyen thi thu nghiem")}`);
  await expect(page.getByTestId("account-total")).toHaveText("1 tài khoản");

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login$/);

  // The secretary signs in with the one-time password and is held on the password page.
  await signInViaForm(page, username, oneTimePassword);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByTestId("password-forced")).toBeVisible();
  await page.goto("/candidates");
  await expect(page).toHaveURL(/\/account\/password$/);
  const refused = await page.request.get("/api/v1/candidates");
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("PASSWORD_CHANGE_REQUIRED");
  await screenshot(page, "password-forced");

  await page.getByLabel("Mật khẩu hiện tại").fill(oneTimePassword);
  await page.locator("#newPassword").fill(newPassword);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(newPassword);
  await page.getByTestId("own-password-submit").click();

  // Still signed in (the session was re-issued), and on to the candidate list.
  await expect(page).toHaveURL(/\/candidates$/);
  await expect(page.getByRole("heading", { name: "Danh sách quần chúng" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toContainText("Nguyễn Thị Thử Nghiệm");
  expect((await page.request.get("/api/v1/candidates")).status()).toBe(200);

  // The one-time password no longer works; the new one does.
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await signInViaForm(page, username, oneTimePassword);
  await expect(page.getByTestId("login-error")).toBeVisible();
  await signInViaForm(page, username, newPassword);
  await expect(page).toHaveURL(/\/candidates$/);
});

test("the accounts page fits a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInViaForm(page, "bantochuc");
  await expect(page).toHaveURL(/\/candidates$/);
  await page.goto("/accounts");
  await expect(page.getByTestId("account-cards")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, "accounts-phone");
});
