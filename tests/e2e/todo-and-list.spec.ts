import { expect, test, type Page } from "@playwright/test";
import { screenshot, signInViaApi } from "./support";

// A branch secretary on a phone: "Việc cần làm" has a next step for each of their open candidates,
// most urgent first, and the list starts with the candidates, its filters folded away.

const SECRETARY = "bithu.cntt";
const PHONE = { width: 390, height: 844 };
const URGENCY_ORDER = ["OVERDUE", "DUE", "WAITING", "LATER"];
const CLOSED = new Set(["OFFICIAL", "DROPPED", "STRUCK_OFF"]);

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signInViaApi(page.request, SECRETARY);
});

test("the to-do page has the next step of every open candidate, most urgent first, and opens the record", async ({ page }) => {
  const list: { items: { id: string; stage: string }[] } = await (await page.request.get("/api/v1/candidates?pageSize=100")).json();
  const open = list.items.filter((c) => !CLOSED.has(c.stage));
  expect(open.length).toBeGreaterThan(0);

  await page.goto("/deadlines");
  const items = page.getByTestId("todo-item");
  await expect(items).toHaveCount(open.length);
  const links = await page.getByTestId("todo-link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(new Set(links)).toEqual(new Set(open.map((c) => `/candidates/${c.id}`)));
  for (const action of await page.getByTestId("todo-action").allTextContents()) expect(action.trim().length).toBeGreaterThan("Bước tiếp theo:".length);

  // Overdue, then due, both by date; then waiting, longest first; then periods ending later, by date.
  const ranks = await items.evaluateAll((lis) =>
    lis.map((li) => ({ urgency: li.getAttribute("data-urgency") ?? "", due: li.getAttribute("data-due") ?? "", since: li.getAttribute("data-since") ?? "" })),
  );
  const key = (r: (typeof ranks)[number]) => `${URGENCY_ORDER.indexOf(r.urgency)}|${r.urgency === "WAITING" ? r.since : r.due}`;
  expect(ranks.map(key)).toEqual([...ranks.map(key)].sort());
  // Overdue is said in words, not by colour alone.
  for (const li of await page.locator('[data-testid="todo-item"][data-urgency="OVERDUE"]').all())
    await expect(li.getByTestId("todo-urgency")).toHaveText("Quá hạn");

  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  await screenshot(page, "todo-phone");

  const first = page.getByTestId("todo-link").first();
  const name = (await first.textContent())!.trim();
  expect((await first.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await first.click();
  await expect(page).toHaveURL(/\/candidates\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("candidate-name")).toHaveText(name);
});

test("the list on a phone: no unit filter for one branch, filters folded until tapped, cards with the next deadline", async ({ page }) => {
  await page.goto("/candidates");
  await expect(page.getByTestId("filter-q")).toBeVisible();
  await expect(page.getByTestId("filter-unit")).toHaveCount(0);
  await expect(page.getByText("Tất cả đơn vị")).toHaveCount(0);
  const toggle = page.getByTestId("filter-toggle");
  await expect(toggle).toHaveText(/^Lọc/);
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByTestId("filter-stage")).toBeHidden();
  // The first cards are on the first screen.
  expect((await page.getByTestId("candidate-card").first().boundingBox())!.y).toBeLessThan(PHONE.height);
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  await screenshot(page, "list-phone-folded");

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await page.getByTestId("filter-stage").selectOption("PROBATION");
  await page.getByTestId("filter-submit").click();
  await expect(page).toHaveURL(/stage=PROBATION/);
  await expect(page.getByTestId("filter-toggle")).toHaveText(/Lọc \(1\)/);
  await expect(page.getByTestId("filter-stage")).toBeHidden();

  const cards = page.getByTestId("candidate-card");
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) {
    await expect(card).toContainText("Đảng viên dự bị");
    await expect(card).toContainText("Chi bộ Khoa Công nghệ thông tin");
    await expect(card.getByTestId("card-deadline")).toContainText("Hết thời gian dự bị");
    expect((await card.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  await screenshot(page, "list-phone-filtered");
  await cards.first().click();
  await expect(page.getByTestId("candidate-name")).toBeVisible();
});

test("on a wide screen the filters show without the fold", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto("/candidates?stage=PROBATION");
  await expect(page.getByTestId("filter-toggle")).toBeHidden();
  await expect(page.getByTestId("filter-stage")).toBeVisible();
  await expect(page.getByTestId("filter-stage")).toHaveValue("PROBATION");
  await expect(page.getByTestId("filter-unit")).toHaveCount(0);
});
