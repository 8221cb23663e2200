import { describe, expect, it } from "vitest";
import { crossSiteRefusal, type OriginPolicy } from "@/lib/api/origin";

const URL_ = new URL("http://localhost:3000/api/v1/candidates");
const direct: OriginPolicy = { trustProxy: false, publicUrl: null };
const decide = (method: string, headers: Record<string, string>, policy: OriginPolicy = direct) =>
  crossSiteRefusal(method, new Headers({ host: "localhost:3000", ...headers }), URL_, policy);

describe("the origin decision for state-changing requests", () => {
  it("never refuses GET, HEAD or OPTIONS", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(decide(method, { origin: "https://evil.example", "sec-fetch-site": "cross-site" })).toBeNull();
  });

  it("lets through requests with neither Origin nor Sec-Fetch-Site (curl, scripts)", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "post"]) expect(decide(method, {})).toBeNull();
  });

  it("refuses Sec-Fetch-Site cross-site, same-site and unknown values; accepts same-origin and none", () => {
    expect(decide("POST", { "sec-fetch-site": "cross-site" })).toBe("SEC_FETCH_SITE");
    expect(decide("POST", { "sec-fetch-site": "same-site" })).toBe("SEC_FETCH_SITE");
    expect(decide("POST", { "sec-fetch-site": "whatever" })).toBe("SEC_FETCH_SITE");
    expect(decide("POST", { "sec-fetch-site": "same-origin" })).toBeNull();
    expect(decide("POST", { "sec-fetch-site": "none" })).toBeNull();
  });

  it("compares Origin with Host, port included, scheme not (TLS may end at a proxy)", () => {
    expect(decide("POST", { origin: "http://localhost:3000" })).toBeNull();
    expect(decide("POST", { origin: "https://localhost:3000" })).toBeNull();
    expect(decide("POST", { origin: "http://LOCALHOST:3000" })).toBeNull();
    expect(decide("POST", { origin: "http://localhost:4000" })).toBe("ORIGIN_MISMATCH");
    expect(decide("POST", { origin: "http://localhost" })).toBe("ORIGIN_MISMATCH");
    expect(decide("POST", { origin: "http://localhost.evil.example:3000" })).toBe("ORIGIN_MISMATCH");
    expect(decide("POST", { origin: "http://localhost:3000.evil.example" })).toBe("ORIGIN_INVALID");
    expect(decide("POST", { origin: "null" })).toBe("ORIGIN_NULL");
    expect(decide("POST", { origin: "not a url" })).toBe("ORIGIN_INVALID");
    expect(decide("POST", { origin: "ftp://localhost:3000" })).toBe("ORIGIN_INVALID");
    // Both must pass: a matching Origin does not excuse a cross-site fetch, nor the reverse.
    expect(decide("POST", { origin: "http://localhost:3000", "sec-fetch-site": "cross-site" })).toBe("SEC_FETCH_SITE");
    expect(decide("POST", { origin: "http://evil.example", "sec-fetch-site": "same-origin" })).toBe("ORIGIN_MISMATCH");
  });

  it("believes X-Forwarded-Host and X-Forwarded-Proto only behind a trusted proxy", () => {
    const forwarded = { origin: "https://pdv.example.org", "x-forwarded-host": "pdv.example.org", "x-forwarded-proto": "https" };
    expect(decide("POST", forwarded)).toBe("ORIGIN_MISMATCH");
    expect(decide("POST", forwarded, { trustProxy: true })).toBeNull();
    expect(decide("POST", { ...forwarded, "x-forwarded-host": "pdv.example.org, internal:3000" }, { trustProxy: true })).toBeNull();
    expect(decide("POST", { ...forwarded, "x-forwarded-proto": "http" }, { trustProxy: true })).toBe("ORIGIN_MISMATCH");
    expect(decide("POST", { ...forwarded, origin: "https://evil.example" }, { trustProxy: true })).toBe("ORIGIN_MISMATCH");
  });

  it("accepts NEXTAUTH_URL's origin, scheme included", () => {
    const policy = { trustProxy: false, publicUrl: "https://pdv.example.org/some/path" };
    expect(decide("POST", { origin: "https://pdv.example.org" }, policy)).toBeNull();
    expect(decide("POST", { origin: "http://pdv.example.org" }, policy)).toBe("ORIGIN_MISMATCH");
    expect(decide("POST", { origin: "https://pdv.example.org:8443" }, policy)).toBe("ORIGIN_MISMATCH");
    expect(decide("POST", { origin: "https://pdv.example.org" }, { trustProxy: false, publicUrl: "not a url" })).toBe("ORIGIN_MISMATCH");
  });

  it("falls back to the request URL's host when there is no Host header", () => {
    expect(crossSiteRefusal("POST", new Headers({ origin: "http://localhost:3000" }), URL_, direct)).toBeNull();
    expect(crossSiteRefusal("POST", new Headers({ origin: "http://localhost:4000" }), URL_, direct)).toBe("ORIGIN_MISMATCH");
  });
});
