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
