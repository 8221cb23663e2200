import { expect, test, type Page } from "@playwright/test";
import { signInViaApi, signInViaForm } from "./support";

/**
 * What only the built app shows (issue 9): headers from next.config.ts and proxy.ts, the pages
 * working under their Content-Security-Policy, and the proxy's answers to malformed input.
 */

/** Collects the page's CSP violations (a blocked script would break hydration silently). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test("pages carry a nonce-based CSP and the fixed security headers, and work under them", async ({ page }) => {
  const violations = await watchCsp(page);
  const res = await page.goto("/login");
  const headers = res!.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Served over plain http here: no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined();
  // A fresh nonce per request.
  const again = (await page.request.get("/login")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);

  // Hydration works: the sign-in form (a client component) signs in, and the pages after it render.
  await signInViaForm(page, "bithu.cntt");
  await expect(page).toHaveURL(/\/candidates$/);
  await page.goto("/dashboard");
  await expect(page.locator("main")).toBeVisible();
  await page.goto("/candidates/new");
  await expect(page.locator("form")).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("API answers are not stored and carry a strict policy", async ({ request }) => {
  await signInViaApi(request, "bithu.cntt");
  const me = await request.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect(me.headers()["cache-control"]).toBe("no-store");
  expect(me.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(me.headers()["x-content-type-options"]).toBe("nosniff");
});

test("undefined methods answer 405 with Allow, malformed paths 400, both in the error shape and without a session", async ({ request }) => {
  const del = await request.delete("/api/v1/me");
  expect(del.status()).toBe(405);
  expect(del.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  expect((await del.json()).error.code).toBe("METHOD_NOT_ALLOWED");
  const options = await request.fetch("/api/v1/candidates", { method: "OPTIONS" });
  expect(options.status()).toBe(204);
  expect(options.headers()["allow"]).toBe("GET, HEAD, OPTIONS, POST");

  const malformed = await request.get("/api/v1/candidates/%FF");
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.code).toBe("BAD_REQUEST");
  expect((await request.get("/candidates/%E0%A4%A")).status()).toBe(400);
});

test("a junk next-auth callback-url cookie gives no 500 anywhere and is cleared", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "next-auth.callback-url", value: "junk", url: baseURL! }]);
  expect((await page.request.get("/api/auth/csrf")).status()).toBe(200);
  expect((await page.request.get("/api/auth/session")).status()).toBe(200);
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  const login = await page.goto("/login");
  expect(login!.status()).toBe(200);
  await signInViaForm(page, "bithu.cntt");
  await expect(page).toHaveURL(/\/candidates$/);
  expect((await context.cookies()).find((c) => c.name === "next-auth.callback-url")?.value ?? "").not.toBe("junk");
  expect((await page.request.get("/api/auth/signin?callbackUrl=junk")).status()).toBe(400);
});

test("a page on another port cannot post to the API with the user's cookie", async ({ page, request }) => {
  await signInViaForm(page, "bithu.cntt");
  await expect(page).toHaveURL(/\/candidates$/);
  const units = (await (await page.request.get("/api/v1/units")).json()).items as { id: string; kind: string }[];
  const branch = units.find((u) => u.kind === "BRANCH")!;
  const before = (await (await page.request.get("/api/v1/candidates?q=Ke%20Gian")).json()).total as number;

  // The reported attack: a page served from another port of the same host (same site, so the
  // SameSite=Lax session cookie goes along) auto-submits a text/plain form whose body is JSON.
  // (ASCII only: the page declares no charset.)
  const target = new URL("/api/v1/candidates", page.url()).toString();
  const fieldName = JSON.stringify({
    unitId: branch.id,
    fullName: "Ke Gian",
    sex: "MALE",
    birthDate: "2000-01-01",
    educationLevel: "COLLEGE",
    occupationGroup: "WORKER",
    occupation: "",
  }).slice(0, -2);
  await page.route("http://localhost:4999/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<form method="POST" enctype="text/plain" action="${target}"><input name='${fieldName}' value='"}'></form><script>document.forms[0].submit()</script>`,
    }),
  );
  const answer = page.waitForResponse((r) => r.url() === target && r.request().method() === "POST");
  await page.goto("http://localhost:4999/evil");
  const res = await answer;
  expect(res.status()).toBe(403);
  expect((await res.json()).error.code).toBe("FORBIDDEN");
  expect((await (await page.request.get("/api/v1/candidates?q=Ke%20Gian")).json()).total).toBe(before);

  // The same body sent by a script (no Origin): refused for its content type.
  await signInViaApi(request, "bithu.cntt");
  const plain = await request.post("/api/v1/candidates", { headers: { "content-type": "text/plain" }, data: `${fieldName}="}` });
  expect(plain.status()).toBe(415);
  expect((await plain.json()).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
});
