import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";

export const PASSWORD = "demo1234";

/** Signs in through the credentials endpoint (the API path of shared/API.md), not the form. */
export async function signInViaApi(request: APIRequestContext, username: string, password = PASSWORD): Promise<void> {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const res = await request.post("/api/auth/callback/credentials", { form: { csrfToken, username, password, json: "true" } });
  expect(res.ok()).toBeTruthy();
  const me = await request.get("/api/v1/me");
  expect(me.status(), `sign-in as ${username}`).toBe(200);
}

export async function signInViaForm(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
}

const SHOTS = path.join(process.cwd(), "tests/e2e/screenshots");

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
