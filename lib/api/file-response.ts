import type { ExportFile } from "@/lib/services/dashboard/sheet-file";

/** A generated file as a download: ASCII file name (the services slug it), never cached. */
export function fileResponse(file: ExportFile): Response {
  return new Response(new Uint8Array(file.body), {
    headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"`, "cache-control": "no-store" },
  });
}
