#!/usr/bin/env node
// `npm run db:new -- <name>`: writes the SQL that takes the migrations to prisma/schema.prisma into
// a new migration folder. Runs on a throwaway database of a real PostgreSQL (never PGlite).
import { mkdirSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { admin, databaseUrl } from "./pg-admin.mjs";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:new -- <name>");
  process.exit(2);
}
const db = `pdv_new_${Date.now()}`;
const url = databaseUrl(db);

function diff() {
  return new Promise((resolve, reject) => {
    const args = [
      "node_modules/prisma/build/index.js",
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/migrations",
      "--to-schema-datamodel",
      "prisma/schema.prisma",
      "--script",
    ];
    const child = spawn(process.execPath, args, { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`migrate diff exited with ${code}`))));
  });
}

await admin(`CREATE DATABASE "${db}"`);
try {
  const sql = (await diff()).replace('CREATE SCHEMA IF NOT EXISTS "public";', "").trim();
  if (!sql || sql === "-- This is an empty migration.") {
    console.log("[db:new] the migrations already match the schema: nothing written");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = `prisma/migrations/${stamp}_${name}`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/migration.sql`, `${sql}\n`);
    console.log(`[db:new] wrote ${dir}/migration.sql`);
  }
} finally {
  await admin(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
}
