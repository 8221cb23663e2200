import { AppError } from "@/lib/errors";
import { badRequest, checkDeclaredLength, readLimited } from "./body";

/**
 * Reading a file upload (multipart/form-data), the one body the API takes that is not JSON: a path
 * of its own beside readJsonBody (body.ts), with its own cap. The same order of checks: 415 for
 * another content type, 413 over the cap (declared, or counted while reading: the upload is cut
 * off at the limit, never buffered whole), 400 for a body that is not well-formed multipart, 422
 * when the form has no file. No session or database here, so it is tested on its own; routes call
 * it through readUpload (lib/api/handler.ts), after their permission check.
 *
 * The proxy (proxy.ts) buffers request bodies up to next.config.ts `proxyClientMaxBodySize`, which
 * is set just above this cap: a body the proxy cut short would otherwise reach here truncated.
 */

/** The largest upload the API reads (an import spreadsheet of 10,000 rows is well under 5 MB). */
export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;

export interface UploadedFile {
  /** The name the browser gave, cleaned for storage (no path, no control characters, at most 200 characters). */
  name: string;
  type: string;
  bytes: Uint8Array;
}

/** `multipart/form-data` with a boundary: what a browser's FormData and `curl -F` send. */
export function isMultipartContentType(header: string | null): boolean {
  if (!header) return false;
  const [type = "", ...params] = header.split(";");
  if (type.trim().toLowerCase() !== "multipart/form-data") return false;
  return params.some((p) => p.trim().toLowerCase().startsWith("boundary="));
}

export const uploadTooLarge = (limit = MAX_UPLOAD_BYTES) =>
  new AppError("PAYLOAD_TOO_LARGE", "UPLOAD_TOO_LARGE", [], { limitMb: Math.floor(limit / (1024 * 1024)) });

/** A file name as stored and shown: its last path part, NFC, without control characters, trimmed to 200. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? "";
  const cleaned = (base.isWellFormed() ? base : base.toWellFormed())
    .normalize("NFC")
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, "")
    .trim()
    .slice(0, 200);
  return cleaned || "upload.xlsx";
}

/**
 * The file in field `field` of a multipart body. At most `limit` bytes of body are read: a larger
 * declared Content-Length is refused before a byte is read, a longer body as soon as it passes the cap.
 */
export async function readUploadBody(req: Request, field = "file", limit = MAX_UPLOAD_BYTES): Promise<UploadedFile> {
  const contentType = req.headers.get("content-type");
  if (!isMultipartContentType(contentType)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "UNSUPPORTED_MEDIA_TYPE", [], { type: "multipart/form-data" });
  try {
    checkDeclaredLength(req.headers.get("content-length"), limit);
  } catch (error) {
    if (error instanceof AppError && error.code === "PAYLOAD_TOO_LARGE") throw uploadTooLarge(limit);
    throw error;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(req.body, limit);
  } catch (error) {
    if (error instanceof AppError && error.code === "PAYLOAD_TOO_LARGE") throw uploadTooLarge(limit);
    throw error;
  }
  let form: FormData;
  try {
    form = await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": contentType! } }).formData();
  } catch {
    throw badRequest();
  }
  const file = form.get(field);
  if (!file || typeof file === "string" || file.size === 0) {
    throw new AppError("VALIDATION_FAILED", "UPLOAD_MISSING", [{ path: field, message: "required" }]);
  }
  return { name: cleanFileName(file.name), type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) };
}
