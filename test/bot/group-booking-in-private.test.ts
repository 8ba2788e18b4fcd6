// A group's booking asked about in a member's private chat (/status CODE): said to be the group's, with its
// status and where to handle it — not "the provider doesn't know that code", which is untrue and would have
// the issuer book again. Anyone not in the group now (a stranger, a member removed) gets exactly what a
// made-up code gets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup } from "../security/helpers.js";

let h: Harness;
let code = "";
const group = { id: -100_880_001, type: "supergroup" as const, title: "Agen Sejahtera" };
const owner = { id: 88_001, first_name: "Rina", language_code: "id" };
const colleague = { id: 88_002, first_name: "Ben", language_code: "en" };
const stranger = { id: 88_003, first_name: "Eve", language_code: "id" };
const leaver = { id: 88_004, first_name: "Lia", language_code: "id" };
const dm = (user: { id: number; first_name: string; language_code: string }) => new Agent(h, user, { id: user.id, type: "private" });

beforeAll(async () => {
  h = await startHarness();
  h.emulator.setChatAdministrators(group.id, [owner.id]);
  for (const m of [colleague, leaver]) h.emulator.addMember(group.id, m.id);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, owner));
  code = await bookInGroup(new Agent(h, owner, group), "Mr Budi Santoso", "CGK SUB", 33);
  // The colleague and the leaver have written in the group: the bot has seen them there.
  for (const m of [colleague, leaver]) await new Agent(h, m, group).say(`/status@${h.emulator.botInfo.username} ${code}`);
}, 90_000);
afterAll(async () => { await h?.close(); });

describe("/status of a group's booking in a private chat", () => {
  it("the admin who booked it: the group named, its status, where to issue it", async () => {
    const text = (await dm(owner).say(`/status ${code}`))?.text ?? "";
    expect(text).toContain(`${code} adalah booking grup Anda “Agen Sejahtera”`);
    expect(text).toMatch(/menunggu pembayaran/i);
    expect(text).toContain("CGK → SUB");
    expect(text).toContain(`ketik /status ${code} di sana`);
    expect(text).not.toMatch(/tidak dikenal/);
    // The customer's contact and the passengers' details stay in the group.
    expect(text).not.toMatch(/example\.com|0812/);
  }, 30_000);

  it("a member whose Telegram speaks English: in English", async () => {
    const text = (await dm(colleague).say(`/status ${code}`))?.text ?? "";
    expect(text).toContain(`${code} is a booking of your group “Agen Sejahtera”`);
    expect(text).toContain(`type /status ${code} there`);
  }, 30_000);

  it("a stranger: exactly what a made-up code gets", async () => {
    const agent = dm(stranger);
    const real = (await agent.say(`/status ${code}`))?.text;
    const madeUp = (await agent.say("/status QZ7X9W"))?.text;
    expect(real).toBe(madeUp);
    expect(real).toMatch(/tidak dikenal/);
  }, 30_000);

  it("a member removed from the group: exactly what a made-up code gets", async () => {
    h.emulator.kickMember(group.id, leaver.id);
    const agent = dm(leaver);
    const real = (await agent.say(`/status ${code}`))?.text;
    const madeUp = (await agent.say("/status QZ7X9W"))?.text;
    expect(real).toBe(madeUp);
  }, 30_000);
});
