#!/usr/bin/env node
// `npm run load:embedded -- [baseUrl] [--clients N] [--seconds S]`: an office's worth of use against a
// running app (default http://127.0.0.1:3000, started with `npm start`; the demo data is needed).
// N clients (default 20, env LOAD_CLIENTS) each sign in as a demo account through next-auth's
// credentials flow, then for S seconds (default 60, env LOAD_SECONDS) mix pages, the dashboard's
// Excel export, the list/dashboard/deadline API and edits (PATCH with the version just read; 409
// is an expected answer). Then: figures; every endpoint must still answer 2xx; and a race, 20
// identical PATCHes of one candidate at the same version: exactly one 200, the rest 409.
// Exits 1 on any 5xx or network error, a broken endpoint afterwards, or a lost race.
// Only 127.0.0.1/localhost; at most 100 clients and 600 s.

const args = process.argv.slice(2);
function option(name, envName, fallback) {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? args.splice(at, 2)[1] : process.env[envName];
  return value === undefined ? fallback : Number(value);
}
const CLIENTS = option("clients", "LOAD_CLIENTS", 20);
const SECONDS = option("seconds", "LOAD_SECONDS", 60);
const base = new URL(args[0] ?? "http://127.0.0.1:3000");
if (!["127.0.0.1", "localhost", "[::1]"].includes(base.hostname)) usage(`only a local app (127.0.0.1), not ${base.hostname}`);
if (!(Number.isInteger(CLIENTS) && CLIENTS >= 1 && CLIENTS <= 100)) usage("clients: 1 to 100");
if (!(SECONDS > 0 && SECONDS <= 600)) usage("seconds: more than 0, at most 600");
const origin = base.origin;
const PASSWORD = "demo1234";
const REQUEST_TIMEOUT_MS = 60_000;
const RACE = 20;

function usage(message) {
  console.error(`[load] ${message}\nusage: node scripts/load-test.mjs [http://127.0.0.1:3000] [--clients 20] [--seconds 60]`);
  process.exit(2);
}

// The demo accounts (prisma/demo/accounts.ts); the viewer reads only.
const ACCOUNTS = [
  { username: "bantochuc", writes: true },
  { username: "vanphong.dhhd", writes: true },
  { username: "bithu.cntt", writes: true },
  { username: "quantri", writes: true },
  { username: "xem.sgd", writes: false },
];
const year = new Intl.DateTimeFormat("en", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date());

// ───────────── Measuring ─────────────
/** label → { latencies: number[], byStatus: Map<status, count> } */
const stats = new Map();
const problems = [];

function record(label, status, ms) {
  let entry = stats.get(label);
  if (!entry) stats.set(label, (entry = { latencies: [], byStatus: new Map() }));
  entry.latencies.push(ms);
  entry.byStatus.set(status, (entry.byStatus.get(status) ?? 0) + 1);
}

/** One request; status 0 stands for a network error or a timeout. */
async function call(label, pathname, { cookie, method = "GET", body, headers = {}, measure = true } = {}) {
  const started = performance.now();
  let status = 0;
  let text = "";
  let response = null;
  try {
    response = await fetch(origin + pathname, {
      method,
      redirect: "manual",
      headers: { ...(cookie ? { cookie } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === "string" || body instanceof URLSearchParams ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    text = error.message;
  }
  const ms = performance.now() - started;
  if (measure) record(label, status, ms);
  if ((status === 0 || status >= 500) && problems.length < 20)
    problems.push(`${method} ${pathname} → ${status || "network error"}: ${text.slice(0, 160).replace(/\s+/g, " ")}`);
  return { status, text, response, json: () => JSON.parse(text) };
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0);
const cookiesOf = (response) => response.headers.getSetCookie().map((c) => c.split(";")[0]);

/** next-auth's credentials flow (shared/API.md): GET the CSRF token, POST the form; returns the cookie. */
async function signIn(username) {
  const csrf = await call("sign-in", "/api/auth/csrf");
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const jar = cookiesOf(csrf.response);
  const form = new URLSearchParams({ csrfToken: csrf.json().csrfToken, username, password: PASSWORD, json: "true" });
  const login = await call("sign-in", "/api/auth/callback/credentials", {
    method: "POST",
    cookie: jar.join("; "),
    body: form,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  const cookies = [...jar, ...cookiesOf(login.response)];
  if (!cookies.some((c) => c.includes("session-token=")))
    throw new Error(`signing in as ${username} gave no session (${login.status}); is the demo data loaded?`);
  return cookies.join("; ");
}

// ───────────── What a client does ─────────────
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const ENDPOINTS = {
  "page /dashboard": () => "/dashboard",
  "page /candidates": () => "/candidates",
  "page /candidates/[id]": (c) => `/candidates/${pick(c.ids)}`,
  "GET export xlsx": () => `/api/v1/dashboard/export?period=${year}&format=xlsx`,
  "GET /api/v1/candidates": () => `/api/v1/candidates?pageSize=20&page=${1 + Math.floor(Math.random() * 3)}`,
  "GET attainment": () => `/api/v1/dashboard/attainment?period=${year}`,
  "GET deadlines": () => "/api/v1/deadlines?within=14",
};
// Weights: reading dominates, as in an office; edits are a GET and a PATCH.
const MIX = [
  ["page /dashboard", 12],
  ["page /candidates", 12],
  ["page /candidates/[id]", 12],
  ["GET export xlsx", 4],
  ["GET /api/v1/candidates", 15],
  ["GET attainment", 12],
  ["GET deadlines", 12],
  ["edit", 21],
];
const TOTAL_WEIGHT = MIX.reduce((sum, [, w]) => sum + w, 0);
function nextAction(client) {
  let roll = Math.random() * TOTAL_WEIGHT;
  for (const [name, weight] of MIX) {
    if ((roll -= weight) < 0) return name === "edit" && !client.account.writes ? "GET /api/v1/candidates" : name;
  }
  return MIX[0][0];
}

async function edit(client) {
  const id = pick(client.ids);
  const read = await call("GET /api/v1/candidates/[id]", `/api/v1/candidates/${id}`, { cookie: client.cookie });
  if (read.status !== 200) return;
  const { version } = read.json();
  const note = `Tải thử ${new Date().toISOString()} (${client.account.username})`;
  await call("PATCH /api/v1/candidates/[id]", `/api/v1/candidates/${id}`, { cookie: client.cookie, method: "PATCH", body: { version, note } });
}

async function runClient(client, until) {
  while (Date.now() < until) {
    const action = nextAction(client);
    if (action === "edit") await edit(client);
    else await call(action, ENDPOINTS[action](client), { cookie: client.cookie });
  }
}

async function prepareClient(index) {
  const account = ACCOUNTS[index % ACCOUNTS.length];
  const cookie = await signIn(account.username);
  const list = await call("GET /api/v1/candidates", "/api/v1/candidates?pageSize=50", { cookie });
  if (list.status !== 200) throw new Error(`GET /api/v1/candidates as ${account.username} answered ${list.status}`);
  const ids = list.json().items.map((c) => c.id);
  if (!ids.length) throw new Error(`${account.username} sees no candidates: is the demo data loaded?`);
  return { account, cookie, ids };
}

// ───────────── After the load ─────────────
/** Every endpoint once more, as the superior committee's staff: each must answer 2xx. */
async function healthCheck() {
  const client = await prepareClient(0);
  const broken = [];
  const check = async (label, pathname, options) => {
    const answer = await call(label, pathname, { cookie: client.cookie, measure: false, ...options });
    if (answer.status < 200 || answer.status >= 300) broken.push(`${options?.method ?? "GET"} ${pathname} → ${answer.status || "network error"}`);
    return answer;
  };
  await check("login page", "/login", { cookie: undefined }); // signed in, /login redirects
  for (const [label, path] of Object.entries(ENDPOINTS)) await check(label, path(client));
  const read = await check("candidate", `/api/v1/candidates/${client.ids[0]}`);
  if (read.status === 200) {
    await check("edit", `/api/v1/candidates/${client.ids[0]}`, { method: "PATCH", body: { version: read.json().version, note: "Kiểm tra sau tải thử" } });
  }
  return broken;
}

/** 20 identical PATCHes at the same version, sent at once: one must win, the rest get 409. */
async function race() {
  const client = await prepareClient(0);
  const id = client.ids[client.ids.length - 1];
  const read = await call("race", `/api/v1/candidates/${id}`, { cookie: client.cookie, measure: false });
  if (read.status !== 200) return { ok: false, text: `GET the candidate answered ${read.status}` };
  const body = { version: read.json().version, note: `Cuộc đua ${new Date().toISOString()}` };
  const answers = await Promise.all(
    Array.from({ length: RACE }, () => call("race", `/api/v1/candidates/${id}`, { cookie: client.cookie, method: "PATCH", body, measure: false })),
  );
  const count = (status) => answers.filter((a) => a.status === status).length;
  const others = answers.filter((a) => a.status !== 200 && a.status !== 409).map((a) => a.status);
  const ok = count(200) === 1 && count(409) === RACE - 1;
  return {
    ok,
    text: `${RACE} identical PATCHes at version ${body.version}: ${count(200)} × 200, ${count(409)} × 409${others.length ? `, others: ${others.join(", ")}` : ""}`,
  };
}

// ───────────── Main ─────────────
function report(wallSeconds) {
  const all = [];
  const classes = { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0, network: 0 };
  const rows = [];
  for (const [label, { latencies, byStatus }] of [...stats].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...latencies].sort((a, b) => a - b);
    all.push(...latencies);
    for (const [status, n] of byStatus) classes[status === 0 ? "network" : `${Math.floor(status / 100)}xx`] += n;
    const statuses = [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s || "ERR"}×${n}`)
      .join(" ");
    rows.push(
      `  ${label.padEnd(30)} ${String(latencies.length).padStart(6)}  p50 ${Math.round(percentile(sorted, 50)).toString().padStart(5)} ms  p95 ${Math.round(percentile(sorted, 95)).toString().padStart(5)} ms  ${statuses}`,
    );
  }
  all.sort((a, b) => a - b);
  console.log(`[load] ${all.length} requests in ${wallSeconds.toFixed(0)} s (${(all.length / wallSeconds).toFixed(1)}/s) from ${CLIENTS} clients`);
  console.log(
    `[load] by status: ${Object.entries(classes)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
  );
  console.log(`[load] latency: p50 ${Math.round(percentile(all, 50))} ms, p95 ${Math.round(percentile(all, 95))} ms, max ${Math.round(all.at(-1) ?? 0)} ms`);
  console.log(rows.join("\n"));
  return classes;
}

async function main() {
  console.log(`[load] ${origin}: ${CLIENTS} clients for ${SECONDS} s`);
  const signingIn = Date.now();
  const clients = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => prepareClient(i)));
  const signIns = stats.get("sign-in").latencies.sort((a, b) => a - b);
  console.log(
    `[load] ${CLIENTS} clients signed in (${signIns.length} requests, p95 ${Math.round(percentile(signIns, 95))} ms) in ${((Date.now() - signingIn) / 1000).toFixed(1)} s`,
  );
  stats.clear(); // the figures below are the run itself
  const started = Date.now();
  await Promise.all(clients.map((client) => runClient(client, started + SECONDS * 1000)));
  const classes = report((Date.now() - started) / 1000);
  for (const problem of problems) console.log(`[load] ${problem}`);

  const broken = await healthCheck();
  console.log(broken.length ? `[load] BROKEN after the load:\n  ${broken.join("\n  ")}` : "[load] after the load: every endpoint answers 2xx");
  const raced = await race();
  console.log(`[load] race: ${raced.text} → ${raced.ok ? "ok" : "WRONG (expected 1 × 200, the rest 409)"}`);

  const failed = classes["5xx"] > 0 || classes.network > 0 || broken.length > 0 || !raced.ok;
  console.log(failed ? "[load] FAILED" : "[load] passed");
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`[load] ${error.message}`);
  process.exit(1);
});
