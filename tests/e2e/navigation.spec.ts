import { expect, test } from "@playwright/test";
import { screenshot, signInViaApi } from "./support";

test("on a phone the menu shows who is signed in and every section, grouped, without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInViaApi(page.request, "bithu.cntt");
  await page.goto("/candidates");
  const menu = page.getByTestId("phone-menu");
  await expect(menu).toBeHidden();
  const button = page.getByTestId("menu-button");
  const box = await button.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByTestId("phone-signed-in-as")).toContainText("Bí thư chi bộ");
  await expect(page.getByTestId("phone-signed-in-as")).toContainText("Chi bộ Khoa Công nghệ thông tin");
  for (const group of ["Công việc", "Chỉ tiêu", "Quản trị"]) await expect(menu.getByRole("heading", { name: group })).toBeVisible();
  for (const section of ["Quần chúng", "Việc cần làm", "Bảng giai đoạn", "Lớp học", "In ấn", "Giao chỉ tiêu", "Đơn vị", "Nhật ký"]) {
    await expect(menu.getByRole("link", { name: section, exact: true })).toBeVisible();
  }
  await expect(menu.getByRole("link", { name: "Quần chúng", exact: true })).toHaveAttribute("aria-current", "page");
  // A secretary records no committee steps: the awareness-test section is not offered.
  await expect(menu.getByRole("link", { name: "Sát hạch" })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await screenshot(page, "phone-menu");

  // Following a link closes the menu; so does Escape.
  await menu.getByRole("link", { name: "Lớp học", exact: true }).click();
  await expect(page).toHaveURL(/\/classes$/);
  await expect(menu).toBeHidden();
  await button.click();
  await expect(menu).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
});

test("the first tab stop skips the menu to the page, and the tab has an icon", async ({ page }) => {
  await signInViaApi(page.request, "vanphong.dhhd");
  await page.goto("/candidates");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();

  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toBeTruthy();
  const res = await page.request.get(icon!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("image/");
});

test("on a laptop the daily sections are in a row and system keeping opens from its group", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signInViaApi(page.request, "bantochuc");
  await page.goto("/dashboard");
  await expect(page.getByTestId("signed-in-as")).toContainText("Đảng ủy Khối các cơ quan tỉnh");
  const nav = page.getByRole("navigation", { name: "Các mục chính" });
  await expect(nav.getByRole("link", { name: "Chỉ tiêu", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Đơn vị", exact: true })).toBeHidden();
  await nav.getByRole("button", { name: "Quản trị" }).click();
  await nav.getByRole("link", { name: "Đơn vị", exact: true }).click();
  await expect(page).toHaveURL(/\/units$/);
  await expect(nav.getByRole("button", { name: "Quản trị" })).toHaveAttribute("aria-expanded", "false");
});
