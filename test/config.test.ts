import { describe, expect, it } from "vitest";
import { createConfig } from "../src/config.js";

describe("config", () => {
  it("defaults to long polling on the sandbox in Asia/Jakarta, Indonesian", () => {
    const c = createConfig({ BOT_TOKEN: "123:abc" });
    expect(c).toMatchObject({ BOT_MODE: "polling", TIMEZONE: "Asia/Jakarta", DEFAULT_LOCALE: "id", ROLE: "all", ISSUER_IDS: [], REMINDER_OFFSETS: [10_800_000, 3_600_000, 900_000] });
    expect(c.MMBC_BASE_URL).toBeUndefined();
  });
  it("treats empty values as unset (a copied .env.example stays valid)", () => {
    expect(createConfig({ BOT_TOKEN: "123:abc", PORT: "", MMBC_BASE_URL: "", ISSUER_IDS: "" }).PORT).toBeUndefined();
  });
  it("webhook mode needs a URL and a strong secret", () => {
    expect(() => createConfig({ BOT_TOKEN: "123:abc", BOT_MODE: "webhook" })).toThrow(/Invalid config/);
    expect(() => createConfig({ BOT_TOKEN: "123:abc", BOT_MODE: "webhook", WEBHOOK_URL: "https://x.test", WEBHOOK_SECRET: "short" })).toThrow(/WEBHOOK_SECRET/);
    expect(createConfig({ BOT_TOKEN: "123:abc", BOT_MODE: "webhook", WEBHOOK_URL: "https://x.test", WEBHOOK_SECRET: "a_long_enough_secret" })).toMatchObject({ PORT: 8080 });
  });
  it("refuses half-configured MMBC accounts, bad ids, zones and offsets", () => {
    expect(() => createConfig({ BOT_TOKEN: "123:abc", MMBC_BASE_URL: "http://x.test/json/" })).toThrow(/MMBC_USERNAME/);
    expect(() => createConfig({ BOT_TOKEN: "123:abc", ISSUER_IDS: "12,abc" })).toThrow(/ISSUER_IDS/);
    expect(() => createConfig({ BOT_TOKEN: "123:abc", TIMEZONE: "Mars/Olympus" })).toThrow(/time zone/);
    expect(() => createConfig({ BOT_TOKEN: "123:abc", REMINDER_OFFSETS: "soon" })).toThrow(/REMINDER_OFFSETS/);
    expect(() => createConfig({})).toThrow(/BOT_TOKEN/);
  });
  it("metrics: a listener of their own on loopback by default, or a bearer token; never on PORT without one", () => {
    const c = createConfig({ BOT_TOKEN: "123:abc" });
    expect(c).toMatchObject({ METRICS_HOST: "127.0.0.1", HEALTH_INTERVAL_SECONDS: 30 });
    expect(c.METRICS_PORT).toBeUndefined();
    expect(c.METRICS_TOKEN).toBeUndefined();
    expect(createConfig({ BOT_TOKEN: "123:abc", METRICS_PORT: "9464", METRICS_TOKEN: "a-long-enough-token" })).toMatchObject({ METRICS_PORT: 9464, METRICS_TOKEN: "a-long-enough-token" });
    expect(() => createConfig({ BOT_TOKEN: "123:abc", PORT: "8080", METRICS_PORT: "8080" })).toThrow(/METRICS_PORT/);
    expect(() => createConfig({ BOT_TOKEN: "123:abc", METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN/);
    expect(() => createConfig({ BOT_TOKEN: "123:abc", METRICS_TOKEN: "has spaces in the token" })).toThrow(/METRICS_TOKEN/);
  });
  it("parses issuers", () => expect(createConfig({ BOT_TOKEN: "123:abc", ISSUER_IDS: "1, 2,3" }).ISSUER_IDS).toEqual([1, 2, 3]));
});
