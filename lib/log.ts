import "server-only";
import pino from "pino";

/** Structured JSON logs on stdout; no transport workers (they do not survive bundling). */
export const log = pino({ level: process.env.LOG_LEVEL ?? "info", base: { app: "pdv" } });
