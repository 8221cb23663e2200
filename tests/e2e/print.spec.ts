import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { screenshot, signInViaApi } from "./support";

/**
 * Issue 10: printing. Each print view is printed to PDF with print media (page.pdf), read back
 * with pdftotext and rendered to PNG with pdftoppm (Debian's poppler-utils), next to the
 * screenshots, so that the papers can be looked at as they come out of the printer.
 */
const SHOTS = path.join(process.cwd(), "tests/e2e/screenshots");

/**
 * pdftotext puts stray spaces between some stacked Vietnamese letters ("ĐẢ NG"): the PDF text is
 * compared with its white space removed, in composed form.
 */
const squash = (text: string) => text.normalize("NFC").replace(/\s+/g, "");

/** Prints the page to A4 PDF, saves it and its PNG renderings, and returns its text, page by page (white space removed). */
async function printToPdf(page: Page, name: string): Promise<string[]> {
  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  const file = path.join(SHOTS, `${name}.pdf`);
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: "screen" });
  for (const old of readdirSync(SHOTS).filter((f) => f.startsWith(`${name}-page-`))) rmSync(path.join(SHOTS, old));
  // The first three pages at 80 dpi: enough to see the layout.
  execFileSync("pdftoppm", ["-png", "-r", "80", "-l", "3", file, path.join(SHOTS, `${name}-page`)]);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return text
    .split("\f")
    .filter((p) => p.trim() !== "")
    .map(squash);
}

/** No sheet's content is taller than the sheet: the app's own pagination held on real Chromium. */
async function expectNoOverflow(page: Page) {
  const overflowing = await page.evaluate(() => [...document.querySelectorAll(".sheet-body")].filter((e) => e.scrollHeight > e.clientHeight + 1).length);
  expect(overflowing, "sheets whose content overflows").toBe(0);
}

/** The print dialog is replaced by a counter: the tests check that one click opens it. */
async function countPrintDialogs(page: Page) {
  await page.context().addInitScript(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls++;
    };
  });
}

async function printCalls(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
}

const FORMS = ["GCN", "1-KNĐ", "2-KNĐ", "3-KNĐ", "5-KNĐ", "6-KNĐ", "9-KNĐ", "LLĐV", "PĐV"];

test("an organizer prints a probationer's admission checklist in one click, in the party layout, without the app around it", async ({ page }) => {
  await signInViaApi(page.request, "bantochuc");
  const list = await (await page.request.get("/api/v1/candidates?stage=PROBATION&pageSize=1")).json();
  const candidate = list.items[0];
  await countPrintDialogs(page);
  await page.goto(`/candidates/${candidate.id}`);
  const [view] = await Promise.all([page.waitForEvent("popup"), page.getByTestId("print-checklist").click()]);
  await view.waitForLoadState("load");
  await expect(view.getByTestId("sheet").first()).toBeVisible();
  await expect.poll(() => printCalls(view), { message: "the print dialog opens by itself" }).toBe(1);
  await expectNoOverflow(view);
  await screenshot(view, "print-checklist-screen");

  const pages = await printToPdf(view, "print-checklist");
  const text = pages.join("\n");
  expect(text).toContain(squash("ĐẢNG CỘNG SẢN VIỆT NAM"));
  expect(text).toContain(squash("DANH MỤC HỒ SƠ ĐỀ NGHỊ KẾT NẠP ĐẢNG"));
  expect(text).toContain(squash(candidate.fullName));
  for (const form of FORMS) expect(text, `form ${form}`).toContain(squash(form));
  expect(text).toMatch(/ThanhHóa,ngày\d\dtháng\d\dnăm\d{4}/);
  expect(text).toContain(squash("T/M CHI ỦY"));
  expect(text).toContain(squash("NGƯỜI KIỂM TRA"));
  // Nothing of the app's chrome: no menu, no toolbar, no buttons.
  for (const chrome of ["Bảng giai đoạn", "Đăng xuất", "Quay lại", "Khổ A4"]) expect(text).not.toContain(squash(chrome));
  // Every page names the candidate and says which of how many it is.
  pages.forEach((p, i) => expect(p).toContain(`Trang${i + 1}/${pages.length}`));
  for (const p of pages) expect(p).toContain(squash(candidate.fullName));
});

test("a class's checklists print as one batch, each candidate on sheets of their own, numbered per candidate", async ({ page }) => {
  await signInViaApi(page.request, "bantochuc");
  const classes = (await (await page.request.get("/api/v1/classes")).json()).items as { id: string; enrolled?: number }[];
  // The class with the most enrolments the demo holds (its candidates have gone on to many stages).
  let best = { id: "", count: 0 };
  for (const c of classes.slice(0, 12)) {
    const detail = await (await page.request.get(`/api/v1/classes/${c.id}`)).json();
    if (detail.enrolments.length > best.count) best = { id: c.id, count: detail.enrolments.length };
  }
  expect(best.count).toBeGreaterThan(1);
  await countPrintDialogs(page);
  await page.goto(`/classes/${best.id}`);
  const [view] = await Promise.all([page.waitForEvent("popup"), page.getByTestId("print-class-checklists").click()]);
  await view.waitForLoadState("load");
  await expect.poll(() => printCalls(view)).toBe(1);
  await expectNoOverflow(view);
  const documents = await view.evaluate(
    () => [...new Set([...document.querySelectorAll("[data-testid=sheet]")].map((s) => s.getAttribute("data-document")))].length,
  );
  expect(documents).toBe(best.count);
  const sheets = await view.getByTestId("sheet").count();

  const pages = await printToPdf(view, "print-class-batch");
  expect(pages.length, "one PDF page per sheet").toBe(sheets);
  // Numbering restarts with each candidate: as many "Trang 1/" as candidates, each on a page that opens a file.
  expect(pages.filter((p) => /Trang1\/\d/.test(p)).length).toBe(best.count);
  expect(pages.filter((p) => p.includes(squash("ĐẢNG CỘNG SẢN VIỆT NAM"))).length).toBe(best.count);
  // The enrolled names, and only they, are in the footers.
  const enrolled = (await (await page.request.get(`/api/v1/classes/${best.id}`)).json()).enrolments.map((e: { fullName: string }) => e.fullName);
  for (const name of enrolled)
    expect(
      pages.some((p) => p.includes(squash(name))),
      name,
    ).toBe(true);
});

test("the class roster prints with columns to fill by hand and downloads as Excel", async ({ page }) => {
  await signInViaApi(page.request, "bantochuc");
  const classes = (await (await page.request.get("/api/v1/classes")).json()).items as { id: string }[];
  const course = classes[0]!;
  const detail = await (await page.request.get(`/api/v1/classes/${course.id}`)).json();
  await page.goto(`/print/lists/roster?classId=${course.id}`);
  await expectNoOverflow(page);
  const pages = await printToPdf(page, "print-roster");
  const text = pages.join("\n");
  expect(text).toContain(squash("DANH SÁCH HỌC VIÊN LỚP BỒI DƯỠNG"));
  for (const column of ["STT", "Họ và tên", "Ngày sinh", "Điểm", "Kết", "Ký"]) expect(text).toContain(squash(column));
  expect(text).toContain(squash(`Danh sách có ${detail.enrolments.length} người.`));
  expect(text).toContain(squash("BÍ THƯ"));

  const excel = await page.request.get((await page.getByTestId("print-excel").getAttribute("href")) as string);
  expect(excel.status()).toBe(200);
  expect(excel.headers()["content-type"]).toContain("spreadsheetml");
  expect((await excel.body()).subarray(0, 2).toString()).toBe("PK");
});

test("the paperwork page prints the ceremony's checklists and list, and the candidate list exports as filtered", async ({ page }) => {
  await signInViaApi(page.request, "bantochuc");
  await countPrintDialogs(page);
  await page.goto("/paperwork");
  await screenshot(page, "paperwork");
  const ceremony = await (await page.request.get("/api/v1/candidates?stage=CEREMONY&pageSize=100")).json();
  const [view] = await Promise.all([page.waitForEvent("popup"), page.getByTestId("print-ceremony-checklists").click()]);
  await view.waitForLoadState("load");
  await expect.poll(() => printCalls(view)).toBe(1);
  const documents = await view.evaluate(() => new Set([...document.querySelectorAll("[data-testid=sheet]")].map((s) => s.getAttribute("data-document"))).size);
  expect(documents).toBe(ceremony.total);
  await view.close();

  const [list] = await Promise.all([page.waitForEvent("popup"), page.getByTestId("print-ceremony").click()]);
  await list.waitForLoadState("load");
  const text = (await printToPdf(list, "print-ceremony-list")).join("\n");
  expect(text).toContain(squash("DANH SÁCH QUẦN CHÚNG ĐƯỢC KẾT NẠP ĐẢNG CHỜ TỔ CHỨC LỄ KẾT NẠP"));
  expect(text).toContain(squash(`Danh sách có ${ceremony.total} người.`));
  await list.close();

  // The candidate list filtered to one stage: the export holds exactly those rows, CSV with a BOM.
  await page.goto("/candidates?stage=CEREMONY");
  const href = await page.getByTestId("export-csv").getAttribute("href");
  const csv = await page.request.get(href!);
  const body = await csv.body();
  expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const lines = body.toString("utf8").slice(1).trim().split("\r\n");
  expect(lines[0]).toMatch(/^STT,Họ và tên,Ngày sinh,/);
  expect(lines.length - 1).toBe(ceremony.total);
  expect(lines[1]).toMatch(/,\d\d\/\d\d\/\d{4},/);
});

test("in English the headings translate while the Party's own titles stay Vietnamese; a foreign candidate cannot be printed", async ({ page, context }) => {
  await signInViaApi(page.request, "bithu.cntt");
  const own = (await (await page.request.get("/api/v1/candidates?pageSize=1")).json()).items[0];
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: test.info().project.use.baseURL! }]);
  await page.goto(`/print/checklists?candidateId=${own.id}`);
  await expect(page.getByTestId("print-title").first()).toHaveText("ADMISSION DOSSIER CHECKLIST");
  await expect(page.getByTestId("party-header").first()).toContainText("ĐẢNG CỘNG SẢN VIỆT NAM");
  await expect(page.getByTestId("signer").first()).toContainText("T/M CHI ỦY");
  await expect(page.getByTestId("sheet-page").first()).toContainText("Page 1/");
  await screenshot(page, "print-checklist-en");

  // A candidate of another grassroots organisation (seen by the bloc's staff) is not found for the branch secretary.
  const staff = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
  await signInViaApi(staff.request, "bantochuc");
  const all = (await (await staff.request.get("/api/v1/candidates?pageSize=100")).json()).items as { id: string; unitId: string }[];
  const foreign = all.find((c) => c.unitId !== own.unitId)!;
  await staff.close();
  const res = await page.goto(`/print/checklists?candidateId=${foreign.id}`);
  expect(res!.status()).toBe(404);
  const list = await page.request.get(`/api/v1/candidates/export?format=csv&unitId=${foreign.unitId}`);
  expect(list.status()).toBe(404);
});
