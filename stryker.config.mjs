// Mutation testing (StrykerJS): `npm run mutate`. Not run in CI; see tests/unit for the suite it grades.
// @ts-check
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.mts" },
  // The pure rules, the scope/permission logic and the scoped client's policy (lib/db/scope-policy.ts; the Proxy that
  // applies it is tested on PostgreSQL by tests/integration/scoped-client.test.ts). Left out: files that import "server-only",
  // next-auth or next/navigation and read the database or the session. They cannot be loaded by the
  // unit tests at all (lib/auth/actor.ts, options.ts, require-actor.ts); the integration tests cover them.
  mutate: ["lib/domain/**/*.ts", "lib/auth/**/*.ts", "lib/db/scope-policy.ts", "!lib/auth/actor.ts", "!lib/auth/options.ts", "!lib/auth/require-actor.ts"],
  coverageAnalysis: "perTest",
  // The machine's two cores are shared.
  concurrency: 2,
  // Every run is a full run. `npm run mutate -- --incremental` re-tests only the mutants whose code or
  // covering tests changed (reports/stryker-incremental.json): much faster, but a static mutant (one that
  // runs while a module loads, e.g. the rule sets' numbers) that survived stays "survived" even when a new
  // test would kill it, because no test covers it by itself. Use it while writing tests, not for the score.
  incremental: false,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  // A static mutant reruns the whole unit suite, whose start-up is not in the measured test time: on a
  // busy machine a 10 s margin turned slow runs into false "timeouts" (counted as killed).
  timeoutMS: 30_000,
};

export default config;
