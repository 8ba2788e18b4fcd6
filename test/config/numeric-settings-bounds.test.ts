// Numeric settings: plain numbers within sensible bounds, refused with the variable and the limit named.
import { describe, expect, it } from "vitest";
import { createConfig } from "../../src/config.js";

const base = { BOT_TOKEN: "123:abc" };
const parse = (env: Record<string, string>) => createConfig({ ...base, ...env }, { testTimings: false });
const refusal = (env: Record<string, string>): string => {
  try {
    parse(env);
  } catch (e) {
    return (e as Error).message;
  }
  return "accepted";
};

describe("numeric settings", () => {
  it("HEALTH_INTERVAL_SECONDS: at least 5, named with its minimum", () => {
    expect(refusal({ HEALTH_INTERVAL_SECONDS: "0.001" })).toMatch(/HEALTH_INTERVAL_SECONDS must be a number of seconds .*from 5 to 3600/);
    expect(refusal({ HEALTH_INTERVAL_SECONDS: "4" })).toMatch(/HEALTH_INTERVAL_SECONDS/);
    expect(refusal({ HEALTH_INTERVAL_SECONDS: "1e2" })).toMatch(/HEALTH_INTERVAL_SECONDS must be a number of seconds/);
    expect(parse({ HEALTH_INTERVAL_SECONDS: "5" }).HEALTH_INTERVAL_SECONDS).toBe(5);
    expect(parse({ HEALTH_INTERVAL_SECONDS: "12.5" }).HEALTH_INTERVAL_SECONDS).toBe(12.5);
  });

  it("CONVERSATION_TIMEOUT_MINUTES: from 1 to 1440", () => {
    expect(refusal({ CONVERSATION_TIMEOUT_MINUTES: "0.0001" })).toMatch(/CONVERSATION_TIMEOUT_MINUTES must be a number of minutes from 1 to 1440/);
    expect(refusal({ CONVERSATION_TIMEOUT_MINUTES: "1e12" })).toMatch(/CONVERSATION_TIMEOUT_MINUTES .*1440/);
    expect(refusal({ CONVERSATION_TIMEOUT_MINUTES: "1000000000000" })).toMatch(/CONVERSATION_TIMEOUT_MINUTES .*1440/);
    expect(parse({ CONVERSATION_TIMEOUT_MINUTES: "90" }).CONVERSATION_TIMEOUT_MINUTES).toBe(90);
  });

  it("REMINDER_OFFSETS: at least one, each at most 72h", () => {
    expect(refusal({ REMINDER_OFFSETS: "," })).toMatch(/REMINDER_OFFSETS must list one or more/);
    expect(refusal({ REMINDER_OFFSETS: " , , " })).toMatch(/REMINDER_OFFSETS/);
    expect(refusal({ REMINDER_OFFSETS: "99999999h" })).toMatch(/REMINDER_OFFSETS must each be at most 72h/);
    expect(parse({ REMINDER_OFFSETS: "24h,1h30m" }).REMINDER_OFFSETS).toEqual([86_400_000, 5_400_000]);
  });

  it("ports are plain integers 1–65535 (SANDBOX_PORT may be 0: any free port)", () => {
    for (const name of ["PORT", "METRICS_PORT"]) {
      for (const bad of ["0", "0x1F90", "1e3", "8080.0", "65536", "-1", "80 80"]) {
        expect(refusal({ [name]: bad }), `${name}=${bad}`).toMatch(new RegExp(`${name} must be a port, a whole number from 1 to 65535`));
      }
    }
    expect(refusal({ SANDBOX_PORT: "0x10" })).toMatch(/SANDBOX_PORT must be a port, a whole number from 0 to 65535/);
    expect(parse({ SANDBOX_PORT: "0" }).SANDBOX_PORT).toBe(0);
    expect(parse({ PORT: "8080", METRICS_PORT: "9464" })).toMatchObject({ PORT: 8080, METRICS_PORT: 9464 });
    expect(refusal({ BOT_MODE: "webhook", WEBHOOK_URL: "https://x.test", WEBHOOK_SECRET: "a_long_enough_secret", PORT: "0" })).toMatch(/PORT must be a port/);
  });

  it("SEND_RATE_PER_SECOND: a whole number from 1 to 30, no hex or exponent", () => {
    expect(refusal({ SEND_RATE_PER_SECOND: "0x10" })).toMatch(/SEND_RATE_PER_SECOND must be a whole number/);
    expect(refusal({ SEND_RATE_PER_SECOND: "2.5" })).toMatch(/SEND_RATE_PER_SECOND/);
    expect(parse({ SEND_RATE_PER_SECOND: "30" }).SEND_RATE_PER_SECOND).toBe(30);
  });

  it("the defaults pass the minimums", () => {
    expect(parse({})).toMatchObject({ HEALTH_INTERVAL_SECONDS: 30, CONVERSATION_TIMEOUT_MINUTES: 30, SEND_RATE_PER_SECOND: 25, SANDBOX_PORT: 0 });
  });
});

describe("test timings", () => {
  it("tests may go below the minimums (testTimings); a real process may not (see the check above)", () => {
    const c = createConfig({ ...base, HEALTH_INTERVAL_SECONDS: "0.1", CONVERSATION_TIMEOUT_MINUTES: "0.01", }, { testTimings: true });
    expect(c).toMatchObject({ HEALTH_INTERVAL_SECONDS: 0.1, CONVERSATION_TIMEOUT_MINUTES: 0.01 });
  });
});
