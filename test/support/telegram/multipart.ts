import type { IncomingMessage } from "node:http";
import busboy from "busboy";
import { badRequest } from "./errors.js";
import { UploadedFile } from "./uploaded-file.js";

export interface RawBody {
  values: Record<string, unknown>;
  files: Map<string, UploadedFile>;
  // Form and query bodies carry every value as a string; decode-fields coerces them using the spec.
  stringly: boolean;
}

export async function readBody(req: IncomingMessage, query: URLSearchParams): Promise<RawBody> {
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) return readMultipart(req);
  const text = (await readAll(req)).toString("utf8");
  if (type.startsWith("application/x-www-form-urlencoded")) {
    return fromParams(new URLSearchParams(text));
  }
  if (text.trim() === "") return fromParams(query);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest("can't parse JSON body");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw badRequest("request body must be a JSON object");
  }
  return { values: parsed as Record<string, unknown>, files: new Map(), stringly: false };
}

function fromParams(params: URLSearchParams): RawBody {
  return { values: Object.fromEntries(params), files: new Map(), stringly: true };
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// busboy, not Request.formData(): Node's built-in parser rejects the bodies grammY builds
// (unquoted filename), see grammy-stack §4.2.
function readMultipart(req: IncomingMessage): Promise<RawBody> {
  return new Promise((resolve, reject) => {
    const values: Record<string, unknown> = {};
    const files = new Map<string, UploadedFile>();
    const pending: Promise<void>[] = [];
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers });
    } catch (error) {
      reject(badRequest(`can't parse multipart body: ${String(error)}`));
      return;
    }
    parser.on("field", (name, value) => {
      values[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      const chunks: Buffer[] = [];
      pending.push(
        new Promise((done, fail) => {
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("error", fail);
          stream.on("end", () => {
            files.set(name, new UploadedFile(name, info.filename || name, Buffer.concat(chunks)));
            done();
          });
        }),
      );
    });
    parser.on("error", (error) => reject(badRequest(`can't parse multipart body: ${String(error)}`)));
    parser.on("close", () => {
      Promise.all(pending).then(() => resolve({ values, files, stringly: true }), reject);
    });
    req.pipe(parser);
  });
}
