import { pino, type Logger } from "pino";
import { Writable } from "node:stream";

/** A real pino logger that keeps its lines, so tests can check what would reach the logs. */
export function captureLogger(level = "debug"): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({ write(chunk: Buffer, _enc, cb) { lines.push(chunk.toString("utf8")); cb(); } });
  return { logger: pino({ level }, sink), lines };
}
