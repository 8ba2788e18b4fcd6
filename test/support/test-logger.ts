import { pino, type Logger } from "pino";
import { logSerializers } from "../../src/logger.js";
import { Writable } from "node:stream";

/** A real pino logger that keeps its lines, so tests can check what would reach the logs. */
export function captureLogger(level = "debug"): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({ write(chunk: Buffer, _enc, cb) { lines.push(chunk.toString("utf8")); cb(); } });
  // The production serializers, so tests see what would reach the logs.
  return { logger: pino({ level, serializers: logSerializers }, sink), lines };
}
