import { randomBytes } from "node:crypto";
import { extname } from "node:path";
import type { Document, File, PhotoSize } from "grammy/types";
import { badRequest } from "./errors.js";
import type { UploadedFile } from "./uploaded-file.js";

export type FileKind = "document" | "photo";

interface StoredFile {
  kind: FileKind;
  file_id: string;
  file_unique_id: string;
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  filePath: string;
  width: number;
  height: number;
}

const MIME_TYPES: Record<string, string> = {
  ".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
  ".txt": "text/plain", ".csv": "text/csv", ".json": "application/json", ".html": "text/html",
};

/** Uploaded files by file_id; a file_id handed out once can be sent again, like on Telegram. */
export class FileStore {
  private readonly files = new Map<string, StoredFile>();
  private counter = 0;

  add(kind: FileKind, upload: UploadedFile): StoredFile {
    const n = ++this.counter;
    const ext = extname(upload.fileName).toLowerCase();
    const [width, height] = kind === "photo" ? imageSize(upload.bytes) : [0, 0];
    const file: StoredFile = {
      kind,
      file_id: `${kind === "photo" ? "AgAC" : "BQAC"}${n}_${randomBytes(8).toString("hex")}`,
      file_unique_id: `AQAD${n}${randomBytes(3).toString("hex")}`,
      fileName: upload.fileName,
      mimeType: MIME_TYPES[ext] ?? "application/octet-stream",
      bytes: upload.bytes,
      filePath: `${kind}s/file_${n}${ext}`,
      width,
      height,
    };
    this.files.set(file.file_id, file);
    return file;
  }

  /** A file_id string sent by the bot; unknown ids (and URLs, which we cannot fetch) fail. */
  reuse(kind: FileKind, fileId: string): StoredFile {
    const file = this.files.get(fileId);
    if (!file) throw badRequest("wrong file identifier/HTTP URL specified");
    if (file.kind !== kind) throw badRequest("type of file mismatch");
    return file;
  }

  get(fileId: string): StoredFile | undefined {
    return this.files.get(fileId);
  }

  byPath(path: string): StoredFile | undefined {
    return [...this.files.values()].find((f) => f.filePath === path);
  }

  toDocument(f: StoredFile): Document {
    return {
      file_id: f.file_id, file_unique_id: f.file_unique_id, file_name: f.fileName,
      mime_type: f.mimeType, file_size: f.bytes.length,
    };
  }

  toPhoto(f: StoredFile): PhotoSize[] {
    return [{ file_id: f.file_id, file_unique_id: f.file_unique_id, width: f.width, height: f.height, file_size: f.bytes.length }];
  }

  toFile(f: StoredFile): File {
    return { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.bytes.length, file_path: f.filePath };
  }
}

// Reads PNG and JPEG headers for a plausible PhotoSize; anything else is reported as 1×1.
function imageSize(bytes: Buffer): [number, number] {
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47) {
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  }
  for (let i = 2; i + 9 < bytes.length && bytes[0] === 0xff && bytes[1] === 0xd8; ) {
    const marker = bytes[i + 1] ?? 0;
    if (marker >= 0xc0 && marker <= 0xc3) return [bytes.readUInt16BE(i + 7), bytes.readUInt16BE(i + 5)];
    i += 2 + bytes.readUInt16BE(i + 2);
  }
  return [1, 1];
}
