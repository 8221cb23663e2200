import { describe, expect, it } from "vitest";
import { MAX_JSON_BODY_BYTES, checkDeclaredLength, isJsonContentType, readJsonBody, readLimited } from "@/lib/api/body";
import { hasMalformedPercentEncoding, isAcceptableCallbackUrl, withoutBadAuthCookies } from "@/lib/api/request-guards";
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy, newNonce, servedOverHttps } from "@/lib/api/security-headers";

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: { code?: string }) => e.code,
  );

describe("JSON bodies", () => {
  it("take application/json with an optional UTF-8 charset only", () => {
    for (const ok of ["application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF8", 'application/json; charset="utf-8"'])
      expect(isJsonContentType(ok), ok).toBe(true);
    for (const no of [
      null,
      "",
      "text/plain",
      "text/plain; charset=utf-8",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/json; charset=latin1",
      "application/jsonp",
      "application/merge-patch+json",
    ]) {
      expect(isJsonContentType(no), String(no)).toBe(false);
    }
  });

  it("refuse a declared length over the cap, and a malformed one", () => {
    expect(() => checkDeclaredLength(null)).not.toThrow();
    expect(() => checkDeclaredLength(String(MAX_JSON_BODY_BYTES))).not.toThrow();
    expect(() => checkDeclaredLength(String(MAX_JSON_BODY_BYTES + 1))).toThrow(expect.objectContaining({ code: "PAYLOAD_TOO_LARGE" }));
    expect(() => checkDeclaredLength("12abc")).toThrow(expect.objectContaining({ code: "BAD_REQUEST" }));
  });

  it("stop reading a stream past the cap", async () => {
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        controller.enqueue(new Uint8Array(100));
      },
    });
    expect(await codeOf(readLimited(stream, 1000))).toBe("PAYLOAD_TOO_LARGE");
    expect(pulls).toBeLessThanOrEqual(12);
    expect((await readLimited(new Blob(["abc"]).stream(), 3)).byteLength).toBe(3);
    expect((await readLimited(null)).byteLength).toBe(0);
  });

  it("answer 415, 413, 400 and 422 in that order of checks", async () => {
    const req = (body: BodyInit, type = "application/json", headers: Record<string, string> = {}) =>
      new Request("http://x/", { method: "POST", body, headers: { "content-type": type, ...headers } });
    expect(await readJsonBody(req('{"a":1}'))).toEqual({ a: 1 });
    expect(await readJsonBody(req('\ufeff{"a":1}'))).toEqual({ a: 1 });
    expect(await codeOf(readJsonBody(req('{"a":1}', "text/plain")))).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(await codeOf(readJsonBody(req("{}", "application/json", { "content-length": "99999999" })))).toBe("PAYLOAD_TOO_LARGE");
    expect(await codeOf(readJsonBody(req(" ".repeat(MAX_JSON_BODY_BYTES + 1))))).toBe("PAYLOAD_TOO_LARGE");
    expect(await codeOf(readJsonBody(req(new Uint8Array([0x22, 0xc3, 0x28, 0x22]))))).toBe("BAD_REQUEST");
    expect(await codeOf(readJsonBody(req("{not json")))).toBe("VALIDATION_FAILED");
    expect(await codeOf(readJsonBody(req("")))).toBe("VALIDATION_FAILED");
  });
});

describe("request guards of the proxy", () => {
  it("find malformed percent-encoding in a raw path", () => {
    for (const bad of ["/api/v1/candidates/%FF", "/x/%E0%A4%A", "/x/%zz", "/x/%", "/a%2/b"]) expect(hasMalformedPercentEncoding(bad), bad).toBe(true);
    for (const good of ["/", "/api/v1/candidates", "/x/%C3%A9", "/x/%25", "/Nguy%E1%BB%85n"]) expect(hasMalformedPercentEncoding(good), good).toBe(false);
  });

  it("accept the callback URLs next-auth accepts, and nothing else", () => {
    for (const ok of ["/candidates", "/", "http://localhost:3000/x", "https://pdv.example.org"]) expect(isAcceptableCallbackUrl(ok), ok).toBe(true);
    for (const no of ["junk", "", "javascript:alert(1)", "ftp://x", "http://[", "data:text/html,x"]) expect(isAcceptableCallbackUrl(no), no).toBe(false);
  });

  it("drop only bad callback-url cookies, passing the others on unchanged", () => {
    expect(withoutBadAuthCookies(null)).toBeNull();
    expect(withoutBadAuthCookies("a=1; next-auth.callback-url=%2Fcandidates")).toBeNull();
    expect(withoutBadAuthCookies("a=1; next-auth.callback-url=junk; b=x%20y")).toEqual({ header: "a=1; b=x%20y", removed: ["next-auth.callback-url"] });
    expect(withoutBadAuthCookies("__Secure-next-auth.callback-url=http%3A%2F%2F%5B")).toEqual({ header: "", removed: ["__Secure-next-auth.callback-url"] });
    expect(withoutBadAuthCookies("next-auth.session-token=junk")).toBeNull();
  });
});

describe("security headers", () => {
  it("a page policy with a nonce, no inline scripts and the required directives", () => {
    const nonce = newNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(nonce);
    const csp = contentSecurityPolicy({ nonce });
    const directives = Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d]));
    expect(directives["script-src"]).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(directives["object-src"]).toBe("object-src 'none'");
    expect(directives["base-uri"]).toBe("base-uri 'self'");
    expect(directives["form-action"]).toBe("form-action 'self'");
    expect(directives["frame-ancestors"]).toBe("frame-ancestors 'none'");
    expect(directives["upgrade-insecure-requests"]).toBeUndefined();
    expect(contentSecurityPolicy({ nonce, dev: true, https: true })).toMatch(/'unsafe-eval'.*upgrade-insecure-requests$/);
  });

  it("the fixed headers", () => {
    const headers = Object.fromEntries(STATIC_SECURITY_HEADERS.map((h) => [h.key, h.value]));
    expect(headers).toMatchObject({ "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin" });
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });

  it("HSTS only over https: TLS, a trusted proxy's X-Forwarded-Proto, or an https NEXTAUTH_URL", () => {
    const http = new URL("http://localhost:3000/");
    const h = (v: Record<string, string>) => new Headers(v);
    expect(servedOverHttps(h({}), http, { trustProxy: false })).toBe(false);
    expect(servedOverHttps(h({ "x-forwarded-proto": "https" }), http, { trustProxy: false })).toBe(false);
    expect(servedOverHttps(h({ "x-forwarded-proto": "https" }), http, { trustProxy: true })).toBe(true);
    expect(servedOverHttps(h({ "x-forwarded-proto": "http" }), http, { trustProxy: true })).toBe(false);
    expect(servedOverHttps(h({}), http, { trustProxy: false, publicUrl: "https://pdv.example.org" })).toBe(true);
    expect(servedOverHttps(h({}), new URL("https://localhost:3000/"), { trustProxy: false })).toBe(true);
  });
});
