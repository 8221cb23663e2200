import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./lib/api/security-headers";

// Locale comes from a cookie (no /vi or /en prefixes): the request config lives in lib/i18n.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` and CI type-check the whole project (tsc --noEmit) before building; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // pg and the Prisma adapter are plain Node packages; keeping them external avoids bundling native code paths.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pino"],
  experimental: {
    // The proxy (proxy.ts) buffers request bodies up to this size and passes a longer one on cut
    // short (by default at 10 MB). Just above the API's upload cap (lib/api/multipart.ts, 30 MB), so
    // that an upload within the cap arrives whole and a longer one is still refused there with 413.
    proxyClientMaxBodySize: "31mb",
  },
  // The fixed browser security headers on every answer, static files included. The per-request
  // ones (the Content-Security-Policy with its nonce, HSTS, the API's no-store) are set in proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

export default withNextIntl(nextConfig);
