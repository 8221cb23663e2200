#!/usr/bin/env bash
# `npm test`: the whole suite. Unit tests, then services and queries against a real PostgreSQL
# (a throwaway database), then the built app in Chromium, then `npm start` on the embedded database.
# Stops at the first failing stage.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-test-env.sh
echo "== type check, lint and format"
npx tsc --noEmit
npx eslint . --max-warnings 0
npx prettier --check . --log-level warn
echo "== schema and migrations agree"
node scripts/db-check.mjs
echo "== unit tests"
npx vitest run --config vitest.config.mts
echo "== integration tests (PostgreSQL)"
npx vitest run --config vitest.integration.config.mts
echo "== end-to-end tests (Chromium)"
node scripts/e2e.mjs
echo "== npm start on the embedded database (PostgreSQL from npm): demo data once, kept across a restart"
node scripts/embedded-smoke.mjs
