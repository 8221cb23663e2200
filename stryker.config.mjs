// Mutation testing (StrykerJS): `npm run mutate`. Not run in CI; see tests/unit for the suite it grades.
// @ts-check
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.mts" },
  // The pure rules and the scope/permission logic. Left out: files that import "server-only",
  // next-auth or next/navigation and read the database or the session. They cannot be loaded by the
  // unit tests at all (lib/auth/actor.ts, options.ts, require-actor.ts); the integration tests cover them.
  mutate: ["lib/domain/**/*.ts", "lib/auth/**/*.ts", "!lib/auth/actor.ts", "!lib/auth/options.ts", "!lib/auth/require-actor.ts"],
  coverageAnalysis: "perTest",
  // The machine's two cores are shared.
  concurrency: 2,
  // Re-runs only test the mutants whose code or covering tests changed (`npm run mutate -- --force` for a full run).
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  timeoutMS: 10_000,
};

export default config;
