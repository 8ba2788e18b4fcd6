import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../src/bot/i18n.js";

/** A locale is `locales/<code>.ftl` plus any `locales/<code>/*.ftl` (one file per feature), as @grammyjs/i18n reads them. */
function localeText(code: string): string {
  const dir = join("locales", code);
  const parts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".ftl")).map((f) => join(dir, f)) : [];
  return [`locales/${code}.ftl`, ...parts].map((f) => readFileSync(f, "utf8")).join("\n");
}
const keys = (code: string) => new Set([...localeText(code).matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((m) => m[1]!));
const en = keys("en");
const id = keys("id");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("locales", () => {
  it("Indonesian and English define the same keys", () => {
    expect([...en].filter((k) => !id.has(k))).toEqual([]);
    expect([...id].filter((k) => !en.has(k))).toEqual([]);
  });

  it("every key the code names literally exists", () => {
    const used = new Set(sources("src").flatMap((f) => [...readFileSync(f, "utf8").matchAll(/\bt\(\s*"([a-z][a-z0-9-]+)"/g)].map((m) => m[1]!)));
    expect([...used].filter((k) => !en.has(k))).toEqual([]);
  });

  it("every message renders in both languages without Fluent errors", () => {
    const i18n = createI18n("id");
    const names = new Set([...localeText("en").matchAll(/\$([a-z]+)/g)].map((m) => m[1]!));
    const vars = Object.fromEntries([...names].map((n) => [n, n === "past" || n === "sandbox" ? "no" : 1]));
    for (const locale of ["id", "en"]) {
      for (const key of [...en].filter((k) => k !== "locale-code")) expect(i18n.t(locale, key, vars), `${locale}:${key}`).not.toMatch(/\{|^[a-z]+(-[a-z]+)+$/);
    }
  });
});

describe("time left before the deadline", () => {
  const i18n = createI18n("id");
  it.each([
    ["id", 0, 0, "(59 mnt lagi)"], ["id", 0, 2, "(2 jam 59 mnt lagi)"], ["en", 0, 0, "(in 59 min)"], ["en", 0, 2, "(in 2 h 59 min)"],
    // Past a day, days and hours ("52 h 36 min" made agents count).
    ["id", 2, 4, "(2 hari 4 jam 59 mnt lagi)"], ["en", 2, 4, "(in 2 d 4 h 59 min)"],
  ] as const)("%s, %i d %i h 59 min left reads %s", (locale, days, hours, expected) => {
    expect(i18n.t(locale, "booking-timelimit", { at: "x", days, hours, minutes: 59, past: "no" })).toContain(expected);
    expect(i18n.t(locale, "reminder-deadline", { at: "x", days, hours, minutes: 59 })).toContain(expected);
  });
});

describe("English counts agree with their numbers", () => {
  const i18n = createI18n("id");
  it.each([
    ["input-names-too-many", { sent: 2, left: 1 }, "You sent 2 names but only 1 passenger is left. Send 1 name."],
    ["input-names-too-many", { sent: 4, left: 2 }, "only 2 passengers are left. Send at most 2 names"],
    ["nav-sold-out-kept", { seats: 1, needed: 2 }, "Only 1 seat left; your party needs 2."],
    ["quote-not-enough-seats", { seats: 3, needed: 4 }, "Only 3 seats left on this flight; your party needs 4."],
    ["label-stops", { n: 1 }, "1 stop"],
    ["label-stops", { n: 2 }, "2 stops"],
    ["party-child", { n: 1 }, "1 child"],
    ["party-infant", { n: 2 }, "2 infants"],
    ["issue-done", { code: "ABC123", tickets: "990", count: 1 }, "Ticket number: 990"],
    ["issue-done", { code: "ABC123", tickets: "990, 991", count: 2 }, "Ticket numbers: 990, 991"],
  ] as [string, Record<string, number>, string][])("%s %o", (key, vars, expected) => {
    expect(i18n.t("en", key, vars)).toContain(expected);
  });
});
