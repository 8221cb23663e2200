import { expect, test } from "@playwright/test";
import { screenshot, signInViaForm } from "./support";

test("a wrong password gets a clear error and no session", async ({ page }) => {
  await signInViaForm(page, "bithu.cntt", "sai-mat-khau");
  await expect(page.getByTestId("login-error")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await expect(page).toHaveURL(/\/login$/);
  await screenshot(page, "login-error");
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
});

test("the demo accounts are listed and a secretary signs in to their candidates", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByTestId("demo-accounts")).toContainText("bithu.cntt");
  await screenshot(page, "login");
  await signInViaForm(page, "bithu.cntt");
  await expect(page).toHaveURL(/\/candidates$/);
  await expect(page.getByRole("heading", { name: "Danh sách quần chúng" })).toBeVisible();
});

test("pages need a session", async ({ page }) => {
  await page.goto("/candidates");
  await expect(page).toHaveURL(/\/login$/);
});

test("repeated wrong passwords lock the account for a while, with a message that says how long", async ({ page }) => {
  // An account name used by no other test, so the lock troubles no one else.
  for (let i = 0; i < 5; i++) {
    await signInViaForm(page, "nguoi.doan.mat.khau", `sai-${i}`);
    await expect(page.getByTestId("login-error")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  }
  await signInViaForm(page, "nguoi.doan.mat.khau", "sai-5");
  await expect(page.getByTestId("login-error")).toHaveText(/^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau 1[45] phút\.$/);
});
