import { expect, request as playwrightRequest, test } from "@playwright/test";
import { screenshot, signInViaApi } from "./support";

type List = { items: { id: string; unitName: string; unitId: string }[]; total: number };

test("a branch secretary sees only their own branch's candidates", async ({ page }) => {
  await signInViaApi(page.request, "bithu.cntt");
  const me = await (await page.request.get("/api/v1/me")).json();
  const list: List = await (await page.request.get("/api/v1/candidates?pageSize=100")).json();
  expect(list.total).toBeGreaterThan(0);
  expect(new Set(list.items.map((c) => c.unitId))).toEqual(new Set([me.unit.id]));

  await page.goto("/candidates");
  await expect(page.getByTestId("candidate-total")).toHaveText(`${list.total} người`);
  const units = await page.getByTestId("candidate-row").locator("td:nth-child(3)").allTextContents();
  expect(new Set(units)).toEqual(new Set(["Chi bộ Khoa Công nghệ thông tin"]));
  await screenshot(page, "secretary-list");

  // Another branch's candidate, found by the bloc's staff, is simply not there for the secretary.
  const staff = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
  await signInViaApi(staff, "bantochuc");
  const all: List = await (await staff.get("/api/v1/candidates?pageSize=100")).json();
  const foreign = all.items.find((c) => c.unitId !== me.unit.id)!;
  await staff.dispose();
  expect((await page.request.get(`/api/v1/candidates/${foreign.id}`)).status()).toBe(404);
  await page.goto(`/candidates/${foreign.id}`);
  await expect(page.getByTestId("not-found")).toBeVisible();
});

test("grassroots committee staff see their whole subtree and can narrow it", async ({ page }) => {
  await signInViaApi(page.request, "vanphong.dhhd");
  const list: List = await (await page.request.get("/api/v1/candidates?pageSize=100")).json();
  const bloc = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
  await signInViaApi(bloc, "bantochuc");
  const blocList: List = await (await bloc.get("/api/v1/candidates?pageSize=1")).json();
  await bloc.dispose();
  expect(new Set(list.items.map((c) => c.unitName)).size).toBeGreaterThan(3);
  expect(list.items.every((c) => c.unitName.startsWith("Chi bộ"))).toBe(true);
  expect(list.total).toBeLessThan(blocList.total);

  await page.goto("/candidates");
  await expect(page.getByTestId("candidate-total")).toHaveText(`${list.total} người`);
  // The unit filter offers the partial committees and branches of the university only.
  const options = await page.getByTestId("filter-unit").locator("option").allTextContents();
  expect(options.some((o) => o.includes("Đảng bộ bộ phận Khối Kỹ thuật"))).toBe(true);
  expect(options.some((o) => o.includes("Xi măng"))).toBe(false);
  await page.getByTestId("filter-unit").selectOption({ label: "\u00a0\u00a0Đảng bộ bộ phận Khối Kỹ thuật" });
  await page.getByTestId("filter-submit").click();
  await expect(page).toHaveURL(/unitId=/);
  const units = new Set(await page.getByTestId("candidate-row").locator("td:nth-child(3)").allTextContents());
  for (const unit of units) expect(["Chi bộ Khoa Công nghệ thông tin", "Chi bộ Khoa Kỹ thuật công nghệ", "Chi bộ Sinh viên Khối Kỹ thuật"]).toContain(unit);
  await screenshot(page, "grassroots-filtered");
});

test("search ignores accents: 'nguyen van' finds 'Nguyễn Văn'", async ({ page }) => {
  await signInViaApi(page.request, "bantochuc");
  await page.goto("/candidates?q=nguyen+van");
  const names = await page.getByTestId("candidate-row").locator("td:nth-child(1)").allTextContents();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names)
    expect(
      name
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
        .toLowerCase(),
    ).toContain("nguyen van");
  await screenshot(page, "search");
});
