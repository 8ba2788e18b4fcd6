// Config errors say what is expected, naming the variable, in one line: no zod wording, no stack.
import { describe, expect, it } from "vitest";
import { configWarnings, createConfig } from "../../src/config.js";
import { startBotProcess } from "../support/bot-process.js";

const refusal = (env: Record<string, string>): string => {
  try {
    createConfig(env);
  } catch (e) {
    return (e as Error).message;
  }
  return "accepted";
};

describe("config errors", () => {
  it("are phrased as what is expected, never zod's words", () => {
    const cases: [Record<string, string>, string][] = [
      [{ BOT_TOKEN: "1:a", BOT_MODE: "push" }, 'Invalid config: BOT_MODE must be polling or webhook (got "push")'],
      [{}, "Invalid config: BOT_TOKEN is required"],
      [{ BOT_TOKEN: "1:a", PORT: "abc" }, 'Invalid config: PORT must be a port, a whole number from 1 to 65535 (got "abc")'],
      [{ BOT_TOKEN: "1:a", LOG_LEVEL: "verbose" }, 'Invalid config: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")'],
      [{ BOT_TOKEN: "1:a", BOT_MODE: "webhook" }, "Invalid config: WEBHOOK_URL is required; WEBHOOK_SECRET is required"],
      [{ BOT_TOKEN: "1:a", REDIS_NAMESPACE: "a:b" }, "Invalid config: REDIS_NAMESPACE must be 1–32 characters of A-Z a-z 0-9 _ -"],
      [{ BOT_TOKEN: "nope" }, "Invalid config: BOT_TOKEN must look like 123456:ABC-DEF… (the token @BotFather gave)"],
      [{ BOT_TOKEN: "1:a", METRICS_HOST: "not a host!!" }, "Invalid config: METRICS_HOST must be a host name or an IP address to listen on, e.g. 127.0.0.1 or 0.0.0.0"],
      [{ BOT_TOKEN: "1:a", REDIS_URL: "not a url" }, "Invalid config: REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379 (this is not a URL)"],
    ];
    for (const [env, message] of cases) expect(refusal(env)).toBe(message);
    for (const [env] of cases) expect(refusal(env)).not.toMatch(/Invalid (input|option|discriminator|string)|received|✖|→/);
  });
  it("secrets are never repeated in the error", () => {
    expect(refusal({ BOT_TOKEN: "1:a", WEBHOOK_SECRET: "sh", BOT_MODE: "webhook", WEBHOOK_URL: "https://x.test" })).not.toContain('"sh"');
    expect(refusal({ BOT_TOKEN: "1:a", METRICS_TOKEN: "short-secret" })).not.toContain("short-secret");
  });
  it("TIKET_BUSINESS_NAME (sent in a header) with CR/LF is refused", () => {
    expect(refusal({ BOT_TOKEN: "1:a", TIKET_BUSINESS_NAME: "a;b\r\nX-Evil: 1" })).toMatch(/^Invalid config: TIKET_BUSINESS_NAME must be one line of text: no line breaks/);
    expect(refusal({ BOT_TOKEN: "1:a", TIKET_USERNAME: "u\nx" })).toMatch(/TIKET_USERNAME must be one line/);
    expect(createConfig({ BOT_TOKEN: "1:a", TIKET_BUSINESS_NAME: "PT Agen Tiket; Cabang 2" }).TIKET_BUSINESS_NAME).toBe("PT Agen Tiket; Cabang 2");
  });
});

describe("credentials without their base URL", () => {
  it("warn that the given credentials are ignored and the sandbox is used", () => {
    const [mmbc] = configWarnings(createConfig({ BOT_TOKEN: "1:a", MMBC_USERNAME: "u", MMBC_PASSWORD: "p" }));
    expect(mmbc).toBe("MMBC_USERNAME and MMBC_PASSWORD are set but MMBC_BASE_URL is not: the given credentials are ignored and the built-in MMBC sandbox is used (no real bookings); set MMBC_BASE_URL to use them");
    const [tiket] = configWarnings(createConfig({ BOT_TOKEN: "1:a", PROVIDER: "tiket", TIKET_SECRET_KEY: "s", TIKET_BUSINESS_ID: "1" }));
    expect(tiket).toMatch(/^TIKET_SECRET_KEY, TIKET_BUSINESS_ID are set but TIKET_BASE_URL is not: the given credentials are ignored and the built-in tiket\.com sandbox is used/);
    expect(configWarnings(createConfig({ BOT_TOKEN: "1:a" }))).toEqual([]);
    expect(configWarnings(createConfig({ BOT_TOKEN: "1:a", MMBC_BASE_URL: "https://m.test/json/", MMBC_USERNAME: "u", MMBC_PASSWORD: "p" }))).toEqual([]);
  });
});

describe("as a process", { timeout: 90_000 }, () => {
  it("one line, exit 1, no stack trace", async () => {
    const [mode, redis] = [startBotProcess({ BOT_TOKEN: "123:abc", BOT_MODE: "push" }), startBotProcess({ BOT_TOKEN: "123:abc", REDIS_URL: "not a url" })];
    expect(await mode.exited).toBe(1);
    expect(mode.output()).toBe('Invalid config: BOT_MODE must be polling or webhook (got "push")\n');
    expect(await redis.exited).toBe(1);
    expect(redis.output()).toBe("Invalid config: REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379 (this is not a URL)\n");
  });
});
