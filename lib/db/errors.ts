import { Prisma } from "./generated/client";

/**
 * Under the pg driver adapter a unique violation (P2002) names its index in
 * meta.driverAdapterError.cause.constraint, not in meta.target.
 */
export function uniqueViolationIndex(error: unknown): string | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const meta = error.meta as { driverAdapterError?: { cause?: { constraint?: { index?: string } } }; target?: unknown } | undefined;
  const index = meta?.driverAdapterError?.cause?.constraint?.index;
  if (typeof index === "string") return index;
  return Array.isArray(meta?.target) ? meta.target.join(",") : null;
}
