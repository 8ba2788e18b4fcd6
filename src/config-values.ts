import { z } from "zod";
import { parseOffsets } from "./jobs/reminder-offsets.js";
import { parseHostPorts } from "./store/redis-connection.js";

/** The kinds of values config.ts reads from the environment, each refused with the variable named and what was typed. */

export const csvIds = (name: string) => z
  .string()
  .optional()
  .transform((s, ctx) => {
    const parts = (s ?? "").split(",").map((p) => p.trim()).filter(Boolean);
    if (parts.some((p) => !/^\d{1,15}$/.test(p))) {
      ctx.addIssue({ code: "custom", message: `${name} must be comma-separated Telegram user ids` });
      return z.NEVER;
    }
    return parts.map(Number);
  });

export const hostPorts = (name: string) => z
  .string()
  .optional()
  .transform((s, ctx) => {
    if (s === undefined) return undefined;
    const parsed = parseHostPorts(s);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: `${name} must be host:port pairs separated by commas, e.g. redis-1:6379,redis-2:6379` });
      return z.NEVER;
    }
    return parsed;
  });

/**
 * A port: a plain decimal integer (no `0x1F90`, `1e3`, `8080.0`, which Number() would take) from
 * `min` (1; 0 only where it means "any free port") to 65535.
 */
export const port = (name: string, min = 1) => z.string().transform((s, ctx) => {
  const n = /^\d{1,5}$/.test(s.trim()) ? Number(s.trim()) : NaN;
  if (!(n >= min && n <= 65535)) {
    ctx.addIssue({ code: "custom", message: `${name} must be a port, a whole number from ${min} to 65535${min === 0 ? " (0 = any free port)" : ""} (got "${s}")` });
    return z.NEVER;
  }
  return n;
});

/** A plain decimal number (no hex, no exponent) between `min` and `max`, said in `unit`. */
export const decimal = (name: string, min: number, max: number, unit: string, options: { integer?: boolean } = {}) => z.string().transform((s, ctx) => {
  const pattern = options.integer ? /^\d{1,9}$/ : /^\d{1,9}(\.\d{1,6})?$/;
  const n = pattern.test(s.trim()) ? Number(s.trim()) : NaN;
  if (!(n >= min && n <= max)) {
    ctx.addIssue({ code: "custom", message: `${name} must be ${options.integer ? "a whole number" : "a number"} of ${unit} from ${min} to ${max} (got "${s}")` });
    return z.NEVER;
  }
  return n;
});

/** The longest reminder offset: booking timelimits are hours, not days on end. */
const MAX_REMINDER_OFFSET_MS = 72 * 3_600_000;

export const reminderOffsets = z.string().default("3h,1h,15m").transform((s, ctx) => {
  const offsets = parseOffsets(s);
  if (offsets === undefined || offsets.length === 0) {
    ctx.addIssue({ code: "custom", message: `REMINDER_OFFSETS must list one or more times before the timelimit, like 3h,1h,15m (got "${s}")` });
    return z.NEVER;
  }
  if (offsets[0]! > MAX_REMINDER_OFFSET_MS) {
    ctx.addIssue({ code: "custom", message: `REMINDER_OFFSETS must each be at most 72h before the timelimit (got "${s}")` });
    return z.NEVER;
  }
  return offsets;
});

/** A URL with one of `schemes` (e.g. ["http:", "https:"]), refused otherwise with the variable named. */
export const urlWith = (name: string, schemes: readonly string[], example: string) => z.string().transform((s, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(s.trim());
  } catch {
    url = undefined;
  }
  if (!url || !schemes.includes(url.protocol) || !url.hostname) {
    const what = schemes.map((p) => `${p}//`).join(" or ");
    ctx.addIssue({ code: "custom", message: `${name} must be a ${what} URL, e.g. ${example}${url ? ` (got "${url.protocol}//…")` : " (this is not a URL)"}` });
    return z.NEVER;
  }
  return s.trim();
});
export const httpUrl = (name: string, example: string) => urlWith(name, ["http:", "https:"], example);

/** One line of printable text: no CR, LF or other control characters. */
export const headerValue = z.string().refine((v) => ![...v].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f), "must be one line of text: no line breaks or control characters (it is sent in an HTTP header)");

export const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, "must be an IANA time zone, e.g. Asia/Jakarta");
