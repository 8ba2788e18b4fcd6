import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import type { StoredMessage } from "../support/telegram/types.js";

// A member removed from a group taps a button of its /settings panel still on her screen. The answer must
// be the one a made-up button gets: "only admins can change this" would tell a stranger the button is
// real. A member still in the group who is no admin is told that only admins may.

const boss = { id: 47_601, first_name: "Bos", language_code: "id" };
const ani = { id: 47_603, first_name: "Ani", language_code: "id" };
const eri = { id: 47_604, first_name: "Eri", language_code: "en" };
const dewi = { id: 47_605, first_name: "Dewi", language_code: "en" };
const G = { id: -1_004_760_001, type: "supergroup" as const, title: "Agen Satu" };
let h: Harness;
let panel: StoredMessage;

const datas = (m: StoredMessage) => m.reply_markup?.inline_keyboard.flat().flatMap((b) => ("callback_data" in b ? [b.callback_data] : [])) ?? [];

/** What a tap is answered with and what it sends or edits, as a stranger would compare them. */
async function tapAs(who: { id: number; first_name: string; language_code: string }, data: string) {
  const from = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: G, from: who, messageId: panel.message_id, data }));
  const calls = h.emulator.calls.slice(from);
  return {
    answers: calls.filter((c) => c.method === "answerCallbackQuery").map((c) => ({ text: c.payload.text ?? null, alert: c.payload.show_alert ?? false })),
    sent: calls.filter((c) => /^(send|edit|delete)/.test(c.method)).map((c) => c.method),
  };
}

beforeAll(async () => {
  h = await startHarness();
  h.emulator.setChatAdministrators(G.id, [boss.id]);
  for (const u of [ani, eri, dewi]) h.emulator.addMember(G.id, u.id);
  panel = (await new Agent(h, boss, G).say(`/settings@${h.emulator.botInfo.username}`))!;
  expect(datas(panel)).toContain("st:iss:everyone");
}, 60_000);
afterAll(async () => { await h?.close(); });

describe("a /settings button tapped by someone removed from the group", () => {
  it("en: every real settings button answers as a made-up one does", async () => {
    h.emulator.kickMember(G.id, eri.id);
    const madeUp = await tapAs(eri, "st:iss:zz");
    expect(madeUp).toEqual({ answers: [{ text: "This button is no longer active.", alert: false }], sent: [] });
    for (const data of [...datas(panel), "ag:r:10000", "ag:m:1:1", "dg:on", "dg:t:0700"]) {
      expect(await tapAs(eri, data), data).toEqual(madeUp);
    }
    expect((await h.app.deps.chatSettings.get(G.id)).issuers ?? "admins").toBe("admins");
  });

  it("id: a member who left answers as a made-up button, in her language", async () => {
    h.emulator.kickMember(G.id, ani.id);
    const madeUp = await tapAs(ani, "st:iss:zz");
    expect(madeUp.answers).toEqual([{ text: "Tombol ini sudah tidak aktif.", alert: false }]);
    expect(await tapAs(ani, "st:iss:everyone")).toEqual(madeUp);
    expect(await tapAs(ani, "dg:on")).toEqual(madeUp);
  });

  it("a member still in the group who is no admin is told only admins may", async () => {
    expect(await tapAs(dewi, "st:iss:everyone")).toEqual({ answers: [{ text: "Only the group's admins can change this.", alert: true }], sent: [] });
    expect((await h.app.deps.chatSettings.get(G.id)).issuers ?? "admins").toBe("admins");
  });
});
