import { z } from "zod";
import { parseCredentialsKey } from "./store/accounts/credentials-key.js";
import type { RedisTopology } from "./store/redis-connection.js";
import { csvIds, decimal, headerValue, hostPorts, httpUrl, port, reminderOffsets, timeZone, urlWith } from "./config-values.js";

interface Minimums { HEALTH_INTERVAL_SECONDS: number; CONVERSATION_TIMEOUT_MINUTES: number }
/** Lower limits below which a setting only burns resources (a health check 435 times a second) or makes no sense. */
const MINIMUMS: Minimums = { HEALTH_INTERVAL_SECONDS: 5, CONVERSATION_TIMEOUT_MINUTES: 1 };
/** Tests (ConfigOptions.testTimings): a conversation timing out in a second, a health check every 100 ms. */
const TEST_MINIMUMS: Minimums = { HEALTH_INTERVAL_SECONDS: 0.001, CONVERSATION_TIMEOUT_MINUTES: 0.001 };
const DEFAULT_API_ROOT = "https://api.telegram.org";

const commonFor = (min: Minimums) => z.object({
  BOT_TOKEN: z.string().regex(/^\d+:[\w-]+$/, "must look like 123456:ABC-DEF… (the token @BotFather gave)"),
  TELEGRAM_API_ROOT: httpUrl("TELEGRAM_API_ROOT", DEFAULT_API_ROOT).default(DEFAULT_API_ROOT),
  PORT: port("PORT").optional(),
  /** One Redis server. Mutually exclusive with REDIS_CLUSTER_NODES and REDIS_SENTINELS (default redis://127.0.0.1:6379). */
  REDIS_URL: urlWith("REDIS_URL", ["redis:", "rediss:"], "redis://127.0.0.1:6379").optional(),
  /** A Redis Cluster: some of its nodes as host:port,host:port (the rest are discovered). */
  REDIS_CLUSTER_NODES: hostPorts("REDIS_CLUSTER_NODES"),
  /** Sentinels watching the primary, as host:port,host:port; with REDIS_SENTINEL_NAME (the primary's name). */
  REDIS_SENTINELS: hostPorts("REDIS_SENTINELS"),
  REDIS_SENTINEL_NAME: z.string().regex(/^[\w.-]{1,64}$/, "must be the name the sentinels monitor, e.g. mymaster").optional(),
  MMBC_BASE_URL: httpUrl("MMBC_BASE_URL", "https://klikmbc.co.id/json/").optional(),
  MMBC_USERNAME: z.string().optional(),
  MMBC_PASSWORD: z.string().optional(),
  /** Also query MMBC's per-airline endpoints (marked "under maintenance") to show progress as airlines answer. */
  MMBC_PROGRESSIVE_SEARCH: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  /** Which provider searches go to: MMBC, tiket.com, or both (merged, cheapest kept). */
  PROVIDER: z.enum(["mmbc", "tiket", "both"]).default("mmbc"),
  TIKET_BASE_URL: httpUrl("TIKET_BASE_URL", "https://api.tiket.com").optional(),
  // Sent in HTTP headers: a line break would end the header (or add one).
  TIKET_SECRET_KEY: headerValue.optional(),
  TIKET_BUSINESS_ID: headerValue.optional(),
  TIKET_BUSINESS_NAME: headerValue.optional(),
  TIKET_CONFIRM_KEY: headerValue.optional(),
  TIKET_USERNAME: headerValue.optional(),
  /** Port of the built-in sandbox when MMBC_BASE_URL is unset (0 = any free port). */
  SANDBOX_PORT: port("SANDBOX_PORT", 0).default(0),
  TIMEZONE: timeZone.default("Asia/Jakarta"),
  DEFAULT_LOCALE: z.enum(["id", "en"]).default("id"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Telegram users who use and spend the operator's account anywhere, and approve groups (/approve). */
  ISSUER_IDS: csvIds("ISSUER_IDS"),
  /** Telegram users who use the operator's account (not spend it) in their private chat and approved groups. */
  AGENT_IDS: csvIds("AGENT_IDS"),
  /** Minutes an unanswered step of a conversation waits before ending it politely. */
  CONVERSATION_TIMEOUT_MINUTES: decimal("CONVERSATION_TIMEOUT_MINUTES", min.CONVERSATION_TIMEOUT_MINUTES, 1440, "minutes").default(30),
  /** all: bot and worker in one process; bot: updates only; worker: scheduled jobs only. */
  ROLE: z.enum(["all", "bot", "worker"]).default("all"),
  REMINDER_OFFSETS: reminderOffsets,
  /** Messages per second the worker sends across all processes (Telegram allows about 30). */
  SEND_RATE_PER_SECOND: decimal("SEND_RATE_PER_SECOND", 1, 30, "messages a second", { integer: true }).default(25),
  /** Seconds between the background checks of Redis and the provider; /healthz answers from the last one. */
  HEALTH_INTERVAL_SECONDS: decimal("HEALTH_INTERVAL_SECONDS", min.HEALTH_INTERVAL_SECONDS, 3600, "seconds (each check makes a provider balance call)").default(30),
  /** Prometheus /metrics on a listener of its own (never published), e.g. 9464; unset: see METRICS_TOKEN. */
  METRICS_PORT: port("METRICS_PORT").optional(),
  /** Interface of the metrics listener: loopback unless a scraper elsewhere must reach it. */
  METRICS_HOST: z.string().regex(/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\.?|\[?[0-9A-Fa-f:.]+\]?)$/, "must be a host name or an IP address to listen on, e.g. 127.0.0.1 or 0.0.0.0").default("127.0.0.1"),
  /** Bearer token /metrics requires. Without METRICS_PORT it serves /metrics on PORT, token required; neither set: no /metrics. */
  METRICS_TOKEN: z.string().regex(/^[\x21-\x7e]{16,256}$/, "must be 16–256 printable characters without spaces").optional(),
  /** Prefix of every Redis key, so deployments can share a Redis. */
  REDIS_NAMESPACE: z.string().regex(/^[\w-]{1,32}$/, "must be 1–32 characters of A-Z a-z 0-9 _ -").default("agt"),
  /** Encrypts agents' linked provider logins at rest (AES-256-GCM); unset: /login is refused. */
  CREDENTIALS_KEY: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined) return undefined;
      const key = parseCredentialsKey(s);
      if (!key) ctx.addIssue({ code: "custom", message: "CREDENTIALS_KEY must be 32 bytes as 64 hex digits or base64 (openssl rand -base64 32)" });
      return key ?? z.NEVER;
    }),
});

/** The only ports Telegram's cloud Bot API posts webhook updates to (setWebhook). */
const CLOUD_WEBHOOK_PORTS = ["80", "88", "443", "8443"];

const schemaFor = (min: Minimums) => {
  const common = commonFor(min);
  const polling = common.extend({ BOT_MODE: z.literal("polling") });
  const webhook = common.extend({
    BOT_MODE: z.literal("webhook"),
    WEBHOOK_URL: httpUrl("WEBHOOK_URL", "https://bot.example.com"),
    WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{12,256}$/, "must be 12–256 characters of A-Z a-z 0-9 _ -"),
    PORT: port("PORT").default(8080),
  });
  return z
    .discriminatedUnion("BOT_MODE", [polling, webhook])
    .refine((c) => !c.MMBC_BASE_URL || (c.MMBC_USERNAME && c.MMBC_PASSWORD), {
      message: "MMBC_USERNAME and MMBC_PASSWORD are required with MMBC_BASE_URL",
      path: ["MMBC_USERNAME"],
    })
    // Telegram's cloud Bot API posts only to https; a self-hosted Bot API server may post to http.
    .refine((c) => c.BOT_MODE !== "webhook" || c.WEBHOOK_URL.startsWith("https:") || new URL(c.TELEGRAM_API_ROOT).origin !== DEFAULT_API_ROOT, {
      message: "WEBHOOK_URL must be an https:// URL: Telegram's Bot API posts updates only over HTTPS (http:// only with a self-hosted Bot API server in TELEGRAM_API_ROOT)",
      path: ["WEBHOOK_URL"],
    })
    // Nor to any port but these four (setWebhook refuses the rest); a self-hosted Bot API server posts anywhere.
    // An http:// URL is refused above already: one line about it is enough.
    .refine((c) => c.BOT_MODE !== "webhook" || !c.WEBHOOK_URL.startsWith("https:") || new URL(c.TELEGRAM_API_ROOT).origin !== DEFAULT_API_ROOT
      || CLOUD_WEBHOOK_PORTS.includes(new URL(c.WEBHOOK_URL).port || "443"), {
      message: "WEBHOOK_URL must use port 80, 88, 443 or 8443 (or none): Telegram's Bot API posts updates to no other port (any port only with a self-hosted Bot API server in TELEGRAM_API_ROOT)",
      path: ["WEBHOOK_URL"],
    })
    .refine((c) => c.METRICS_PORT === undefined || c.METRICS_PORT !== c.PORT, {
      message: "METRICS_PORT must differ from PORT (metrics get a listener of their own)",
      path: ["METRICS_PORT"],
    })
    .refine((c) => c.SANDBOX_PORT === 0 || (c.SANDBOX_PORT !== c.PORT && c.SANDBOX_PORT !== c.METRICS_PORT), {
      message: "SANDBOX_PORT must differ from PORT and METRICS_PORT (the built-in sandbox gets a listener of its own; 0 = any free port)",
      path: ["SANDBOX_PORT"],
    })
    .refine((c) => [c.REDIS_URL, c.REDIS_CLUSTER_NODES, c.REDIS_SENTINELS].filter((v) => v !== undefined).length <= 1, {
      message: "set only one of REDIS_URL (one server), REDIS_CLUSTER_NODES (a Cluster) and REDIS_SENTINELS (a primary behind Sentinel)",
      path: ["REDIS_URL"],
    })
    .refine((c) => (c.REDIS_SENTINELS === undefined) === (c.REDIS_SENTINEL_NAME === undefined), {
      message: "REDIS_SENTINELS and REDIS_SENTINEL_NAME go together (the sentinels and the name of the primary they watch)",
      path: ["REDIS_SENTINEL_NAME"],
    })
    .refine((c) => !c.TIKET_BASE_URL || (c.TIKET_SECRET_KEY && c.TIKET_BUSINESS_ID && c.TIKET_BUSINESS_NAME && c.TIKET_CONFIRM_KEY && c.TIKET_USERNAME), {
      message: "TIKET_SECRET_KEY, TIKET_BUSINESS_ID, TIKET_BUSINESS_NAME, TIKET_CONFIRM_KEY and TIKET_USERNAME are required with TIKET_BASE_URL",
      path: ["TIKET_SECRET_KEY"],
    });
};

export type Config = z.output<ReturnType<typeof schemaFor>>;

/** Which Redis the processes share, from the one of REDIS_URL, REDIS_CLUSTER_NODES or REDIS_SENTINELS that is set. */
export function redisTopology(config: Config): RedisTopology {
  if (config.REDIS_CLUSTER_NODES) return { kind: "cluster", nodes: config.REDIS_CLUSTER_NODES };
  if (config.REDIS_SENTINELS && config.REDIS_SENTINEL_NAME) return { kind: "sentinel", sentinels: config.REDIS_SENTINELS, name: config.REDIS_SENTINEL_NAME };
  return { kind: "single", url: config.REDIS_URL ?? "redis://127.0.0.1:6379" };
}

export interface ConfigOptions {
  /**
   * Lets timings go below the production minimums (a conversation timing out in a second, a reminder
   * seconds before the timelimit) so tests need not wait minutes. Only ever passed by tests: a process
   * reads its environment with the production minimums (main.ts).
   */
  testTimings?: boolean;
}

/** Values safe to repeat in an error (not secrets): the ones chosen from a list. */
const quoted = (v: string | undefined) => (v === undefined ? "" : ` (got "${v.length > 40 ? `${v.slice(0, 40)}…` : v}")`);

/**
 * One problem as what is expected, naming the variable: "PORT must be …", "BOT_TOKEN is required",
 * "LOG_LEVEL must be one of … (got "verbose")" — never zod's own words ("Invalid discriminator value").
 */
function describeIssue(issue: z.core.$ZodIssue, env: Record<string, string | undefined>): string {
  const name = typeof issue.path[0] === "string" ? issue.path[0] : "config";
  // Messages of our own that name their variables already (refinements across several settings).
  if (/^[A-Z][A-Z0-9_]+[ =]/.test(issue.message)) return issue.message;
  if (issue.message.startsWith("must ")) return `${name} ${issue.message}`;
  if (issue.code === "custom") return /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/.test(issue.message) ? issue.message : `${name}: ${issue.message}`;
  switch (issue.code) {
    case "invalid_type":
      return env[name] === undefined ? `${name} is required` : `${name} must be ${issue.expected}`;
    case "invalid_union":
      if (name === "BOT_MODE") return `BOT_MODE must be polling or webhook${quoted(env.BOT_MODE)}`;
      return `${name} is not valid`;
    case "invalid_value":
      return `${name} must be one of ${issue.values.map(String).join(", ")}${quoted(env[name])}`;
    default:
      return `${name} is not valid`;
  }
}

/** Parses the environment once; empty strings count as unset so `.env.example` copies stay valid. */
export function createConfig(env: Record<string, string | undefined>, options: ConfigOptions = {}): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const result = schemaFor(options.testTimings ? TEST_MINIMUMS : MINIMUMS).safeParse({ BOT_MODE: "polling", ...cleaned });
  if (!result.success) throw new Error(`Invalid config: ${result.error.issues.map((i) => describeIssue(i, cleaned)).join("; ")}`, { cause: result.error });
  return result.data;
}

/**
 * Settings that are accepted but do nothing, said at start: credentials given without their base URL
 * are not used (the built-in sandbox is), which an operator who set them would not expect.
 */
export function configWarnings(config: Config): string[] {
  const out: string[] = [];
  const mmbc = ["MMBC_USERNAME", "MMBC_PASSWORD"].filter((k) => config[k as keyof Config] !== undefined);
  if (config.PROVIDER !== "tiket" && !config.MMBC_BASE_URL && mmbc.length > 0) {
    out.push(`${mmbc.join(" and ")} ${mmbc.length > 1 ? "are" : "is"} set but MMBC_BASE_URL is not: the given credentials are ignored and the built-in MMBC sandbox is used (no real bookings); set MMBC_BASE_URL to use them`);
  }
  const tiket = ["TIKET_SECRET_KEY", "TIKET_BUSINESS_ID", "TIKET_BUSINESS_NAME", "TIKET_CONFIRM_KEY", "TIKET_USERNAME"].filter((k) => config[k as keyof Config] !== undefined);
  if (config.PROVIDER !== "mmbc" && !config.TIKET_BASE_URL && tiket.length > 0) {
    out.push(`${tiket.join(", ")} ${tiket.length > 1 ? "are" : "is"} set but TIKET_BASE_URL is not: the given credentials are ignored and the built-in tiket.com sandbox is used (no real bookings); set TIKET_BASE_URL to use them`);
  }
  return out;
}
