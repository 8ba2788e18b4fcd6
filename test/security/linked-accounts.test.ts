import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "../bot/journey-steps.js";
import { bookInGroup, money } from "./helpers.js";

// Agents' own MMBC logins beside a live operator account.
const KEY = randomBytes(32).toString("base64");
const SITI = { username: "agen-siti-sec", password: "Rahasia-Siti-913" };
const siti = { id: 32_001, first_name: "Siti", language_code: "id" };
const budi = { id: 32_002, first_name: "Budi", language_code: "id" };
const rudi = { id: 32_003, first_name: "Rudi", language_code: "id" };
const boss = { id: 32_009, first_name: "Bos", language_code: "id" };
const group = { id: -100_320_001, type: "supergroup" as const, title: "Grup Siti" };
const NOT_FOUND = "Kode booking tidak dikenal provider";

let h: Harness;
const dm = (user: typeof siti, harness = h) => new Agent(harness, user, { id: user.id, type: "private" });
const lastIssue = () => h.sandbox.controls.calls("getissued-json").at(-1)?.params;

async function login(agent: Agent): Promise<void> {
  await agent.say("/login");
  await agent.say(SITI.username);
  expect((await agent.say(SITI.password))?.text).toContain("Tertaut");
}

beforeAll(async () => {
  h = await startHarness({ live: true, namespace: `sec${randomBytes(3).toString("hex")}`, env: { CREDENTIALS_KEY: KEY, ISSUER_IDS: String(boss.id), AGENT_IDS: String(siti.id) } });
  h.sandbox.controls.addAccount(SITI);
  h.emulator.setChatAdministrators(group.id, [siti.id, rudi.id]);
  await login(dm(siti));
});
afterAll(async () => { await h?.close(); });

describe("a linked account", () => {
  it("is spent by its owner; the operator's issuer elsewhere can't even see the booking", async () => {
    const code = await bookOne(dm(siti), `/cari CGK SUB ${futureDate(50).wire} 1`);
    const before = money(h);
    expect((await dm(boss).say(`/issued ${code}`))?.text).toContain(NOT_FOUND);
    expect(money(h)).toEqual(before);
    await dm(siti).say(`/issued ${code}`);
    await dm(siti).tap("✅ Issued");
    expect(lastIssue()).toMatchObject({ username: SITI.username, kodebooking: code });
    expect(money(h).issues).toBe(before.issues + 1);
    expect(money(h).balance).toBe(before.balance - h.sandbox.controls.getBooking(code)!.nta);
  });

  it("in the group it is linked to, that group's issuers spend it; once unlinked, only its owner", async () => {
    const admin = new Agent(h, siti, group);
    expect((await admin.say("/pengaturan akun"))?.text).toContain("memakai akun MMBC milik Siti");
    const code = await bookInGroup(new Agent(h, budi, group), "Mr Budi Santoso", "CGK DPS", 51);
    expect((await h.app.deps.bookings.get("mmbc", code))?.account).toMatch(/^mmbc:user:32001:/);
    const before = money(h);
    expect((await new Agent(h, budi, group).say(`/issued ${code}`))?.text).toContain("tidak berhak issued");
    await admin.say("/pengaturan akun off");
    // Rudi is an admin of the group, but the group no longer uses Siti's account: her deposit (and her
    // login, even to read the booking) is hers again; the group has no account of its own here.
    const refused = await new Agent(h, rudi, group).say(`/issued ${code}`);
    expect(refused?.text).toContain("/approve");
    expect((await new Agent(h, rudi, group).say(`/cek ${code}`))?.text).toContain("/approve");
    // Siti herself still reaches her booking in that group.
    expect((await admin.say(`/cek ${code}`))?.text).toContain(code);
    expect(money(h)).toEqual(before);
    await admin.say("/pengaturan akun");
    await new Agent(h, rudi, group).say(`/issued ${code}`);
    await new Agent(h, rudi, group).tap("✅ Issued");
    expect(lastIssue()).toMatchObject({ username: SITI.username, kodebooking: code });
    expect(money(h).issues).toBe(before.issues + 1);
  });

  it("a login that can't be decrypted any more (CREDENTIALS_KEY changed) is never replaced by the operator's account", async () => {
    // Siti is also an AGENT_ID, so the operator's account would be open to her: it must still not be used.
    const other = await startHarness({ live: true, sandbox: h.sandbox, emulator: h.emulator, namespace: h.app.keys.sessionPrefix.split(":")[0], worker: false,
      env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id), AGENT_IDS: String(siti.id) } });
    try {
      const searches = h.sandbox.controls.callCount("getflights-json");
      const before = money(h);
      const s = dm(siti, other);
      for (const cmd of [`/cari CGK SUB ${futureDate(52).wire} 1`, "/saldo", "/cek ZZ9Q8W"]) expect((await s.say(cmd))?.text).toContain("tidak bisa dibaca lagi");
      expect(h.sandbox.controls.callCount("getflights-json")).toBe(searches);
      expect(money(h)).toEqual(before);
    } finally {
      await other.close();
    }
  });
});
