import { pino, type Logger } from "pino";

/** Paths that may hold secrets anywhere in a logged object. */
const REDACT = [
  "password", "*.password", "*.*.password", "token", "*.token", "secret", "*.secret",
  "credentials", "*.credentials", "BOT_TOKEN", "*.BOT_TOKEN", "MMBC_PASSWORD", "*.MMBC_PASSWORD", "WEBHOOK_SECRET", "*.WEBHOOK_SECRET", "METRICS_TOKEN", "*.METRICS_TOKEN",
];

export function createLogger(level: string, pretty = process.stdout.isTTY): Logger {
  return pino({
    level,
    redact: { paths: REDACT, censor: "***" },
    transport: pretty ? { target: "pino-pretty", options: { translateTime: "SYS:HH:MM:ss" } } : undefined,
  });
}
