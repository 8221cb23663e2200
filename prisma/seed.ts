/**
 * Loads the demo data set once: `npm run db:seed`. It refuses to touch a database that already has
 * units, so it can never mix demo records into real ones or run twice.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { todayVn } from "../lib/time";
import { seedDemo } from "./demo/seed-demo";
import { demoHolidays } from "./demo/holidays";

try {
  process.loadEnvFile(".env");
} catch {
  // the environment is enough
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    if ((await prisma.unit.count()) > 0) {
      console.log("seed: the database already has data; nothing to do");
      return;
    }
    const started = Date.now();
    const result = await seedDemo(prisma, { today: process.env.SEED_TODAY ?? todayVn(), holidays: demoHolidays() });
    console.log(`seed: ${result.units} units (${result.branches} branches), ${result.candidates} candidates in ${Date.now() - started} ms`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error("seed failed:", error);
  process.exit(1);
});
