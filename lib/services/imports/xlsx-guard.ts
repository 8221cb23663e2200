import "server-only";
import { inflateRawSync } from "node:zlib";
import { AppError } from "@/lib/errors";

/**
 * What an uploaded file must be before a spreadsheet library opens it. An .xlsx is a zip of XML
 * parts; a library inflates every part in memory, so a small file that inflates to gigabytes (a
 * "zip bomb") would take the server down with it. Here the zip's own directory is read, every part
 * is inflated with a hard cap on its output (its declared size, and caps per part and in total), and
 * the data rows of the first sheet are counted on its XML, so that a 50,000-row file is refused
 * before any cell object is built.
 */

/** Per part and in total, inflated: a 10,000-row sheet is 5–10 MB of XML. */
const MAX_PART_BYTES = 64 * 1024 * 1024;
const MAX_TOTAL_BYTES = 160 * 1024 * 1024;
const MAX_PARTS = 2000;

export type FileRefusal = "IMPORT_NOT_SPREADSHEET" | "IMPORT_OLD_EXCEL" | "IMPORT_ODS" | "IMPORT_TOO_BIG_INFLATED";

export const refuseFile = (messageKey: FileRefusal) =>
  new AppError("VALIDATION_FAILED", messageKey, [{ path: "file", code: messageKey, message: `errors.${messageKey}` }]);

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

interface ZipPart {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The zip's central directory (APPNOTE 4.3.12–4.3.16), with the Zip64 sizes when present. */
function readDirectory(buf: Buffer): ZipPart[] {
  // The end-of-central-directory record sits in the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw refuseFile("IMPORT_NOT_SPREADSHEET");
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count > MAX_PARTS) throw refuseFile("IMPORT_TOO_BIG_INFLATED");
  const parts: ZipPart[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== 0x02014b50) throw refuseFile("IMPORT_NOT_SPREADSHEET");
    const flags = buf.readUInt16LE(offset + 8);
    const method = buf.readUInt16LE(offset + 10);
    let compressedSize = buf.readUInt32LE(offset + 20);
    let size = buf.readUInt32LE(offset + 24);
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    let localOffset = buf.readUInt32LE(offset + 42);
    const name = buf.toString("utf8", offset + 46, offset + 46 + nameLength);
    // Zip64: the 32-bit fields hold 0xFFFFFFFF and the real values follow in extra field 0x0001.
    let extra = offset + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = buf.readUInt16LE(extra);
      const length = buf.readUInt16LE(extra + 2);
      if (id === 0x0001) {
        let at = extra + 4;
        const next = () => {
          const value = Number(buf.readBigUInt64LE(at));
          at += 8;
          return value;
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localOffset === 0xffffffff) localOffset = next();
      }
      extra += 4 + length;
    }
    parts.push({ name, method, flags, compressedSize, size, localOffset });
    offset = extraEnd + commentLength;
  }
  return parts;
}

/** Inflates one part, never past its declared size (nor the per-part cap): a part that lies is refused. */
function inflatePart(buf: Buffer, part: ZipPart): Buffer {
  if (part.localOffset + 30 > buf.length || buf.readUInt32LE(part.localOffset) !== 0x04034b50) throw refuseFile("IMPORT_NOT_SPREADSHEET");
  const start = part.localOffset + 30 + buf.readUInt16LE(part.localOffset + 26) + buf.readUInt16LE(part.localOffset + 28);
  const data = buf.subarray(start, start + part.compressedSize);
  if (data.length !== part.compressedSize) throw refuseFile("IMPORT_NOT_SPREADSHEET");
  if (part.method === 0) return data;
  if (part.method !== 8) throw refuseFile("IMPORT_NOT_SPREADSHEET");
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, part.size) });
  } catch (error) {
    // Past the declared size (RangeError), or not deflate data at all.
    throw refuseFile(error instanceof RangeError ? "IMPORT_TOO_BIG_INFLATED" : "IMPORT_NOT_SPREADSHEET");
  }
  if (out.length !== part.size) throw refuseFile("IMPORT_NOT_SPREADSHEET");
  return out;
}

/** The first sheet's part, as the workbook orders its sheets (xl/workbook.xml and its relationships). */
function firstSheetPart(parts: Map<string, Buffer>): string | null {
  const workbook = parts.get("xl/workbook.xml")?.toString("utf8");
  const rels = parts.get("xl/_rels/workbook.xml.rels")?.toString("utf8");
  if (!workbook || !rels) return null;
  const sheet = /<(?:\w+:)?sheet\b[^>]*?\s(?:\w+:)?id="([^"]+)"/.exec(workbook);
  if (!sheet) return null;
  for (const rel of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\sId="([^"]+)"/.exec(rel[0])?.[1];
    const target = /\sTarget="([^"]+)"/.exec(rel[0])?.[1];
    if (id === sheet[1] && target) return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
  }
  return null;
}

/** Rows of a sheet's XML that hold a value (a `<v>`, inline text or a formula), header included. */
export function countValueRows(xml: string): number {
  let rows = 0;
  for (const row of xml.matchAll(/<(?:\w+:)?row\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    if (row[1] && /<(?:\w+:)?(?:v|is|f)\b/.test(row[1])) rows++;
  }
  return rows;
}

export interface CheckedWorkbook {
  /** Rows of the first sheet holding a value (header and any title rows included); null when the sheet could not be found. */
  valueRows: number | null;
}

/**
 * Refuses what is not an .xlsx (a renamed text file, a picture, an old .xls, an OpenDocument
 * sheet, a zip of something else) and what would inflate past the caps; counts the first sheet's rows.
 */
export function checkWorkbookFile(bytes: Uint8Array): CheckedWorkbook {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // OLE2 compound file: Excel 97–2003 (.xls), or an .xlsx saved with a password (encrypted inside one).
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw refuseFile("IMPORT_OLD_EXCEL");
  if (buf.length < 22 || !startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) throw refuseFile("IMPORT_NOT_SPREADSHEET");
  const directory = readDirectory(buf);
  if (directory.some((p) => p.flags & 0x1)) throw refuseFile("IMPORT_OLD_EXCEL"); // an encrypted zip
  const names = new Set(directory.map((p) => p.name));
  if (names.has("mimetype") && names.has("content.xml")) throw refuseFile("IMPORT_ODS");
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) throw refuseFile("IMPORT_NOT_SPREADSHEET");
  if (directory.some((p) => p.size > MAX_PART_BYTES) || directory.reduce((sum, p) => sum + p.size, 0) > MAX_TOTAL_BYTES)
    throw refuseFile("IMPORT_TOO_BIG_INFLATED");
  // Every part is inflated once here, under its cap: the library that opens the file next inflates the same bytes.
  const parts = new Map<string, Buffer>();
  for (const part of directory) {
    if (part.name.endsWith("/")) continue;
    const data = inflatePart(buf, part);
    if (/^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/.test(part.name)) parts.set(part.name, data);
  }
  const first = firstSheetPart(parts);
  const sheet = first ? parts.get(first) : undefined;
  return { valueRows: sheet ? countValueRows(sheet.toString("utf8")) : null };
}
