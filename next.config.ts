import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Locale comes from a cookie (no /vi or /en prefixes): the request config lives in lib/i18n.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // pg and the Prisma adapter are plain Node packages; keeping them external avoids bundling native code paths.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pino"],
};

export default withNextIntl(nextConfig);
