import { AppError } from "@/lib/errors";

/**
 * Reading a JSON request body safely: the right content type, a size cap enforced while reading
 * (not after), strict UTF-8, then JSON. No session or database here, so the pieces are unit-tested
 * on their own; route handlers call it through readJson (lib/api/handler.ts).
 */

/** The largest JSON body the API reads: far above any form or batch it takes (an import is a file upload). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/**
 * `application/json`, optionally with `charset=utf-8` (JSON is UTF-8 by definition, RFC 8259);
 * any other type — notably `text/plain`, which a cross-site `<form>` can send without a CORS
 * preflight — or another charset is refused.
 */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type = "", ...params] = header.split(";");
  if (type.trim().toLowerCase() !== "application/json") return false;
  for (const param of params) {
    const [name = "", value = ""] = param.split("=", 2).map((part) => part.trim().toLowerCase());
    if (name === "charset" && !["utf-8", "utf8"].includes(value.replace(/^"(.*)"$/, "$1"))) return false;
  }
  return true;
}

export const unsupportedMediaType = () => new AppError("UNSUPPORTED_MEDIA_TYPE", "UNSUPPORTED_MEDIA_TYPE", [], { type: "application/json" });
export const payloadTooLarge = (limit = MAX_JSON_BODY_BYTES) =>
  new AppError("PAYLOAD_TOO_LARGE", "PAYLOAD_TOO_LARGE", [], { limitKb: Math.floor(limit / 1024) });
export const badRequest = (messageKey = "BAD_REQUEST") => new AppError("BAD_REQUEST", messageKey);

/** A Content-Length over the limit is refused before a byte is read. A malformed one is a bad request. */
export function checkDeclaredLength(header: string | null, limit = MAX_JSON_BODY_BYTES): void {
  if (header === null) return;
  if (!/^\d+$/.test(header.trim())) throw badRequest();
  if (Number(header.trim()) > limit) throw payloadTooLarge(limit);
}

/** Reads a body stream, stopping (and cancelling the upload) as soon as it passes `limit` bytes. */
export async function readLimited(body: ReadableStream<Uint8Array> | null, limit = MAX_JSON_BODY_BYTES): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw payloadTooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The whole sequence for a JSON body: 415 for another content type, 413 over the cap (declared or
 * read), 400 for bytes that are not UTF-8, 422 for text that is not JSON (as before: a client's
 * malformed JSON is a validation failure of its input).
 */
export async function readJsonBody(req: Request, limit = MAX_JSON_BODY_BYTES): Promise<unknown> {
  if (!isJsonContentType(req.headers.get("content-type"))) throw unsupportedMediaType();
  checkDeclaredLength(req.headers.get("content-length"), limit);
  const bytes = await readLimited(req.body, limit);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw badRequest();
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION_FAILED", "VALIDATION_FAILED", [{ path: "", message: "invalidFormat" }]);
  }
}
