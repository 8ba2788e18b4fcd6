import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { forge } from "./helpers.js";

// Search ids travel in callback data (customer card, fare calendar, results). Two chats that may both
// use the live account must not open each other's searches: a real id from another chat gets exactly
// what a made-up one gets, and nothing is searched or priced for it.
const boss = { id: 33_001, first_name: "Bos", language_code: "id" };
const agent = { id: 33_002, first_name: "Agus", language_code: "id" };

let h: Harness;
const dm = (user: typeof boss) => new Agent(h, user, { id: user.id, type: "private" });
let buttons: string[] = [];

beforeAll(async () => {
  h = await startHarness({ live: true, env: { ISSUER_IDS: String(boss.id), AGENT_IDS: String(agent.id) } });
  const a = dm(agent);
  await a.say(`/cari CGK SUB ${futureDate(44).wire} 2`);
  const results = h.emulator.chatMessages(a.chat.id).filter((m) => m.fromBot && m.reply_markup).at(-1);
  buttons = (results?.reply_markup?.inline_keyboard.flat() ?? []).flatMap((b) => ("callback_data" in b ? [b.callback_data] : []));
});
afterAll(async () => { await h?.close(); });

describe("another chat pressing buttons with this chat's search id", () => {
  it("gets the answer of a made-up id, and no provider is asked", async () => {
    const list = buttons.find((d) => d.startsWith("cust:l:"));
    const calendar = buttons.find((d) => d.startsWith("cal:r:"));
    expect(list, buttons.join(" ")).toBeDefined();
    expect(calendar, buttons.join(" ")).toBeDefined();
    const sid = list!.split(":")[2]!;
    const other = dm(boss);
    await other.say("/help");
    const calls = () => h.sandbox.controls.callCount("getflights-json") + h.sandbox.controls.callCount("getprice-json");
    const before = calls();
    const sent = h.emulator.chatMessages(other.chat.id).length;
    for (const [real, fake] of [
      [list!, list!.replace(sid, "AAAAAAA")],
      [calendar!, calendar!.replace(sid, "AAAAAAA")],
      [`cust:q:${sid}:0`, "cust:q:AAAAAAA:0"],
      [`cal:d:${sid}`, "cal:d:AAAAAAA"],
    ] as const) {
      const answer = await forge(other, real);
      expect(answer, real).toEqual(await forge(other, fake));
      expect(answer.toast, real).toBeDefined();
    }
    expect(h.emulator.chatMessages(other.chat.id).length).toBe(sent);
    expect(calls()).toBe(before);
  });

  it("the chat that searched still opens them", async () => {
    const list = buttons.find((d) => d.startsWith("cust:l:"))!;
    const answer = await forge(dm(agent), list);
    expect(answer.reply).toContain("CGK");
  });
});
