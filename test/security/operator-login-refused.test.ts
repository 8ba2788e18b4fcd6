import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { LinkedAccounts } from "../../src/accounts/linked-accounts.js";
import { LIMITS } from "../../src/store/rate-limits.js";
import { money } from "./helpers.js";

// The operator's own MMBC login is never linked or reset through a chat, whoever asks; and logins and
// resets can't be guessed at MMBC's expense (a per-person and a per-username limit, checked before any call).
const boss = { id: 71_001, first_name: "Bos", language_code: "id" }; // ISSUER
const rudi = { id: 71_002, first_name: "Rudi", language_code: "id" }; // AGENT
const SITI = { username: "agen-siti-guard", password: "Rahasia-Siti-71" };

let h: Harness;
const dm = (user: { id: number; first_name: string; language_code: string }) => new Agent(h, user, { id: user.id, type: "private" });
const person = (id: number, language_code: "en" | "id") => ({ id, first_name: `P${id}`, language_code });
const calls = () => h.sandbox.controls.calls().length;

beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id), AGENT_IDS: String(rudi.id) } });
  h.sandbox.controls.addAccount(SITI);
}, 60_000);
afterAll(async () => { await h?.close(); });

const OPERATOR_ID = /akun MMBC milik operator bot/;
const OPERATOR_EN = /the bot operator's own MMBC account/;

describe("the operator's own MMBC login", () => {
  it("/resetpassword with it (any case, spaces around) is refused at the username, before any call: the operator's bot keeps working", async () => {
    const stan = dm(person(71_010, "id"));
    const before = { calls: calls(), money: money(h) };
    expect((await stan.say("/resetpassword"))?.text).toContain("Reset password MMBC");
    const answer = await stan.say(`  ${h.sandbox.credentials.username.toUpperCase()} `);
    expect(answer?.text).toMatch(OPERATOR_ID);
    // The flow is over: the rest of the probe's answers ask nothing of MMBC.
    for (const line of ["x@example.com", "0812 3456 7890", "JKT-111", "curian123"]) await stan.say(line);
    expect(h.sandbox.controls.calls("resetpassword")).toHaveLength(0);
    expect(calls()).toBe(before.calls);
    expect((await stan.say("/saldo"))?.text).not.toMatch(/Saldo deposit/i);
    expect(money(h)).toEqual(before.money);
    expect((await dm(boss).say("/saldo"))?.text).not.toContain("Provider menolak login");
  });

  it("/login with it is refused with the same words for a stranger and for the operator's own issuer (en and id)", async () => {
    const before = calls();
    const stranger = dm(person(71_011, "en"));
    await stranger.say("/login");
    const en = await stranger.say(h.sandbox.credentials.username);
    expect(en?.text).toMatch(OPERATOR_EN);
    await dm(boss).say("/login");
    const id = await dm(boss).say(h.sandbox.credentials.username);
    expect(id?.text).toMatch(OPERATOR_ID);
    // Typed with the command: refused the same way, and the password typed along never reaches MMBC.
    const typed = await dm(person(71_012, "id")).say(`/login ${h.sandbox.credentials.username} tebakan123`);
    expect(typed?.text ?? dm(person(71_012, "id")).botTexts().join("\n")).toMatch(OPERATOR_ID);
    expect(calls()).toBe(before);
  });

  it("a login of it stored before this rule is never used: the chat is treated as unlinked", async () => {
    const accounts = h.app.deps.accounts as LinkedAccounts;
    const old = person(71_013, "id");
    await accounts.store!.save(old.id, h.sandbox.credentials, new Date());
    const before = { calls: calls(), money: money(h) };
    const saldo = await dm(old).say("/saldo");
    expect(saldo?.text).toContain("/login");
    expect(calls()).toBe(before.calls);
    expect(money(h)).toEqual(before.money);
  });
});

describe("login and reset attempts are limited", () => {
  it("one person's wrong passwords: MMBC is asked at most the limit, then told when to try again (id)", async () => {
    const guess = dm(person(71_020, "id"));
    const before = h.sandbox.controls.callCount("ceksaldo");
    await guess.say("/login");
    await guess.say(SITI.username);
    let last = "";
    for (let i = 0; i < 15; i++) last = (await guess.say(`tebakan${i}xx`))?.text ?? last;
    expect(h.sandbox.controls.callCount("ceksaldo") - before).toBe(LIMITS.accountAttempt.points);
    expect(guess.botTexts().join("\n")).toMatch(/Coba lagi dalam \d+ menit/);
    expect(last).not.toMatch(/Tertaut/);
    // Still limited when starting again: said at once, no question asked.
    expect((await guess.say("/login"))?.text).toMatch(/Coba lagi dalam \d+ menit/);
  });

  it("one person's rejected resets: MMBC is asked at most the limit (en)", async () => {
    const guess = dm(person(71_021, "en"));
    const before = h.sandbox.controls.callCount("resetpassword");
    for (let i = 0; i < 12; i++) {
      for (const line of ["/resetpassword", `nouser${i}`, "x@example.com", "081234567890", `JKT-${100 + i}`, "guess12345"]) await guess.say(line);
    }
    expect(h.sandbox.controls.callCount("resetpassword") - before).toBe(LIMITS.accountAttempt.points);
    expect(guess.botTexts().join("\n")).toMatch(/Try again in \d+ min/);
  });

  it("many people guessing one username: MMBC is asked at most the per-username limit; other usernames go on", async () => {
    const before = h.sandbox.controls.callCount("ceksaldo");
    for (let p = 0; p < 4; p++) {
      const guess = dm(person(71_030 + p, "id"));
      await guess.say("/login");
      await guess.say("agen-ditebak-71");
      for (let i = 0; i < 4; i++) await guess.say(`salah-${p}-${i}`);
    }
    expect(h.sandbox.controls.callCount("ceksaldo") - before).toBe(LIMITS.accountTarget.points);
    // Another username is not slowed down by the guessing at that one.
    const other = dm(person(71_040, "id"));
    await other.say("/login");
    await other.say("agen-lain-71");
    expect((await other.say("apa-saja-1"))?.text).toMatch(/menolak username atau password/);
  });
});
