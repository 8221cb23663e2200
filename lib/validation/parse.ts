import type { z } from "zod";
import { validationFailed } from "@/lib/errors";
import { fieldIssues } from "./messages";

/** Parses input with a schema or throws VALIDATION_FAILED with every field's encoded message. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationFailed(fieldIssues(result.error));
}
