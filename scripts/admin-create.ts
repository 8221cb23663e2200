/**
 * `npm run admin:create -- <username> [--name "Full Name"] [--unit-code CODE] [--unit-name "…"]`
 *
 * Creates an administrator from the server's command line, with a one-time password printed once
 * (the person must replace it at their first sign-in). Meant for the first start without demo
 * data, and for an administrator locked out: it works on a database that has data too.
 *
 * - On a database without any unit it also creates the root unit, a SUPERIOR_COMMITTEE named by
 *   --unit-name and --unit-code (defaults "Đảng ủy cấp trên", DANG-UY).
 * - Otherwise the administrator's home unit is the one with --unit-code, or the only root unit.
 * - A username already taken is refused; nothing is written then.
 *
 * The database is DATABASE_URL (environment or .env); without it, the embedded PostgreSQL of
 * `npm start` (DATA_DIR, default .data): the running one if `npm start` has it up, else it is started
 * here for the command and stopped afterwards (scripts/database-target.mjs, as backup and restore
 * do). Migrations are applied first (prisma migrate deploy, as `npm start` does), so an empty
 * database works.
 *
 * The work itself is lib/services/accounts/first-run.ts createAdministrator (tested in
 * tests/integration/accounts.test.ts), the same code as the first-run page /setup. lib/ is
 * server-only code: the package.json script runs node with `--conditions=react-server`, under which
 * the "server-only" marker package is the empty module it is inside Next.js.
 */
import { parseArgs } from "node:util";
import enMessages from "../lib/i18n/messages/en.json";

interface Target {
  url: string;
  describe: string;
  release: () => Promise<void>;
}

const USAGE = `usage: npm run admin:create -- <username> [--name "Full Name"] [--unit-code CODE] [--unit-name "Unit name"]`;

function say(message: string): void {
  console.log(`[admin:create] ${message}`);
}

/** An error's message in English, from the app's own message files (the CLI speaks English, like npm start). */
function describe(error: { messageKey: string; details: { path: string; message: string }[] }): string {
  const lookup = (path: string) => path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], enMessages);
  const fill = (text: string, params: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
  const lines = [String(lookup(`errors.${error.messageKey}`) ?? error.messageKey)];
  for (const detail of error.details) {
    const [key = "", query = ""] = detail.message.split("|");
    const params = Object.fromEntries(new URLSearchParams(query));
    const text = lookup(key.includes(".") ? key : `validation.${key}`);
    lines.push(`  ${detail.path || "-"}: ${typeof text === "string" ? fill(text, params) : detail.message}`);
  }
  return lines.join("\n");
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { name: { type: "string" }, "unit-code": { type: "string" }, "unit-name": { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }

  // Plain JavaScript helpers shared with npm start, backup and restore; imported by a computed path
  // so that TypeScript (allowJs off) does not look for their types.
  const helpers = { target: "./database-target.mjs", run: "./run.mjs" };
  const { databaseTarget } = (await import(helpers.target)) as { databaseTarget: (o: { log: (m: string) => void }) => Promise<Target> };
  const { runOrFail } = (await import(helpers.run)) as {
    runOrFail: (command: string, args: string[], options: { env: NodeJS.ProcessEnv; quiet: boolean }) => Promise<void>;
  };

  const target = await databaseTarget({ log: say });
  // databaseTarget has read .env: no DATABASE_URL now means the embedded database.
  const embedded = !process.env.DATABASE_URL;
  let disconnect: (() => Promise<void>) | null = null;
  try {
    say(`database: ${target.describe}`);
    say("applying migrations");
    await runOrFail(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: target.url },
      quiet: true,
    });
    // lib/env reads these at first use: set before lib/ is loaded.
    process.env.DATABASE_URL = target.url;
    process.env.LOG_LEVEL ??= "warn";
    process.env.DB_POOL_MAX ??= "2";
    const { prisma } = await import("../lib/db/client");
    disconnect = () => prisma.$disconnect();
    const { createAdministrator } = await import("../lib/services/accounts/first-run");
    const { isAppError } = await import("../lib/errors");
    try {
      const result = await createAdministrator({
        username: positionals[0]!,
        fullName: values.name,
        unitCode: values["unit-code"],
        unitName: values["unit-name"],
      });
      say(result.createdUnit ? `created the root unit ${result.unit.name} (${result.unit.code})` : `home unit: ${result.unit.name} (${result.unit.code})`);
      say(`created the administrator ${result.username}`);
      console.log("");
      console.log(`  username:           ${result.username}`);
      console.log(`  one-time password:  ${result.oneTimePassword}`);
      console.log("");
      say("the password is shown only this once; it must be changed at the first sign-in.");
      if (result.createdUnit && embedded) {
        say("on the embedded database, start the app without the demo banner: DEMO_MODE=0 npm start");
      }
      return 0;
    } catch (error) {
      if (!isAppError(error)) throw error;
      console.error(`[admin:create] refused: ${describe(error)}`);
      return 1;
    }
  } finally {
    await disconnect?.();
    await target.release();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[admin:create] failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
