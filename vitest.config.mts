import { defineConfig } from "vitest/config";
import path from "node:path";

// Unit tests: pure code only (lib/domain, validation, i18n). No database, no network.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
  },
});
