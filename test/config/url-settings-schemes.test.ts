// URL settings must have the schemes they need; WEBHOOK_URL must be https with Telegram's cloud Bot API.
import { describe, expect, it } from "vitest";
import { createConfig } from "../../src/config.js";

const base = { BOT_TOKEN: "123:abc" };
const webhook = { BOT_MODE: "webhook", WEBHOOK_SECRET: "a_long_enough_secret" };
const refusal = (env: Record<string, string>): string => {
  try {
    createConfig({ ...base, ...env });
  } catch (e) {
    return (e as Error).message;
  }
  return "accepted";
};

describe("WEBHOOK_URL", () => {
  it("https with the default (cloud) API root; http and other schemes refused, naming WEBHOOK_URL", () => {
    expect(createConfig({ ...base, ...webhook, WEBHOOK_URL: "https://bot.example.com/agt-bot/" })).toMatchObject({ WEBHOOK_URL: "https://bot.example.com/agt-bot/" });
    expect(refusal({ ...webhook, WEBHOOK_URL: "http://bot.example.com" })).toMatch(/WEBHOOK_URL must be an https:\/\/ URL/);
    expect(refusal({ ...webhook, WEBHOOK_URL: "http://bot.example.com", TELEGRAM_API_ROOT: "https://api.telegram.org/" })).toMatch(/WEBHOOK_URL must be an https/);
    expect(refusal({ ...webhook, WEBHOOK_URL: "ftp://bot.example.com" })).toMatch(/WEBHOOK_URL must be a http:\/\/ or https:\/\/ URL/);
  });
  it("http allowed with a self-hosted Bot API server (TELEGRAM_API_ROOT set elsewhere); ftp never", () => {
    const self = { TELEGRAM_API_ROOT: "http://bot-api:8081" };
    expect(createConfig({ ...base, ...webhook, ...self, WEBHOOK_URL: "http://bot:8080/hook" })).toMatchObject({ WEBHOOK_URL: "http://bot:8080/hook" });
    expect(refusal({ ...webhook, ...self, WEBHOOK_URL: "ftp://bot:8080/hook" })).toMatch(/WEBHOOK_URL must be a http:\/\/ or https:\/\/ URL/);
  });
});

describe("other URL settings", () => {
  it("TELEGRAM_API_ROOT, MMBC_BASE_URL, TIKET_BASE_URL: http or https only", () => {
    for (const bad of ["ftp://x", "javascript:alert(1)", "mailto:a@b.c", "not a url"]) {
      expect(refusal({ TELEGRAM_API_ROOT: bad }), bad).toMatch(/TELEGRAM_API_ROOT must be a http:\/\/ or https:\/\/ URL/);
      expect(refusal({ MMBC_BASE_URL: bad, MMBC_USERNAME: "u", MMBC_PASSWORD: "p" }), bad).toMatch(/MMBC_BASE_URL must be a http:\/\/ or https:\/\/ URL/);
      expect(refusal({ TIKET_BASE_URL: bad }), bad).toMatch(/TIKET_BASE_URL must be a http:\/\/ or https:\/\/ URL/);
    }
    expect(createConfig({ ...base, MMBC_BASE_URL: "https://klikmbc.co.id/json/", MMBC_USERNAME: "u", MMBC_PASSWORD: "p" }).MMBC_BASE_URL).toBe("https://klikmbc.co.id/json/");
  });
  it("REDIS_URL: redis:// or rediss:// only (http:// is not a socket path; 'not a url' is named)", () => {
    for (const bad of ["http://127.0.0.1:6379", "127.0.0.1:6379", "not a url", "ftp://redis"]) {
      expect(refusal({ REDIS_URL: bad }), bad).toMatch(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL, e\.g\. redis:\/\/127\.0\.0\.1:6379/);
    }
    expect(createConfig({ ...base, REDIS_URL: "rediss://:pw@redis.example:6380/2" }).REDIS_URL).toBe("rediss://:pw@redis.example:6380/2");
    // The refusal never prints a password the URL carries.
    expect(refusal({ REDIS_URL: "http://:hunter2@127.0.0.1:6379" })).not.toContain("hunter2");
  });
});

describe("WEBHOOK_URL port", () => {
  it("Telegram's cloud Bot API posts only to 80, 88, 443 or 8443: other ports refused in one line naming WEBHOOK_URL", () => {
    for (const ok of ["https://bot.example.com", "https://bot.example.com:443/hook", "https://bot.example.com:8443/hook", "https://bot.example.com:88", "https://bot.example.com:80/x"]) {
      expect(createConfig({ ...base, ...webhook, WEBHOOK_URL: ok }), ok).toMatchObject({ WEBHOOK_URL: ok });
    }
    for (const bad of ["https://bot.example.com:8080", "https://bot.example.com:3000/hook"]) {
      const message = refusal({ ...webhook, WEBHOOK_URL: bad });
      expect(message, bad).toMatch(/WEBHOOK_URL .*80, 88, 443 or 8443/);
      expect(message.split("\n").filter((l) => /WEBHOOK_URL/.test(l))).toHaveLength(1);
    }
  });
  it("any port with a self-hosted Bot API server (TELEGRAM_API_ROOT)", () => {
    const self = { TELEGRAM_API_ROOT: "http://bot-api:8081" };
    expect(createConfig({ ...base, ...webhook, ...self, WEBHOOK_URL: "https://bot.example.com:8080" })).toMatchObject({ WEBHOOK_URL: "https://bot.example.com:8080" });
  });
});
