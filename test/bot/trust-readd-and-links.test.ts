import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookingJobIds } from "../support/jobs.js";
import { parseOffsets } from "../../src/jobs/reminder-offsets.js";
import { bookInGroup } from "../security/helpers.js";
import { internationalDay } from "./journey-steps.js";

/**
 * A stranger gets exactly what an unknown code (or link) gets, on a live operator account:
 * - the bot added back to a group by a member who is no issuer: the group is no longer approved, so none of
 *   its bookings' reminders come back (an issuer adding it back: test/jobs/reminders-after-readd.test.ts);
 * - a 🔒 private-details link opened by someone not in its group: what a made-up link says, never whose it is;
 * - the member booking, removed from the group: her own link asks and stores nothing (a stopped booking's
 *   words), and the group is told nothing, also when she is removed while answering;
 * - 🔕 Stop reminders tapped by someone not in the group: a real code of the group and a made-up one take the
 *   same path (asked of Telegram first), with the same answer.
 */
const boss = { id: 47_301, first_name: "Bos", language_code: "id" };
const OFFSETS = "30m,10m";
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ live: true, env: { REMINDER_OFFSETS: OFFSETS, CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id) } });
  h.sandbox.controls.setTimelimitSeconds(3600);
});
afterAll(async () => { await h?.close(); });

const stateOf = async (id: string) => (await (await h.app.jobs.queue.getJob(id))?.getState()) ?? "gone";
const day = internationalDay();

async function approvedGroup(n: number, title: string) {
  const group = { id: -100_473_000 - n, type: "supergroup" as const, title };
  h.emulator.setChatAdministrators(group.id, [boss.id]);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, boss));
  return group;
}

/** What one private message brings: the bot's answer, its buttons, and the Bot API methods it took. */
async function opened(agent: Agent, text: string) {
  const before = h.emulator.calls.length;
  const msg = await agent.say(text);
  return { text: msg?.text ?? "", markup: msg?.reply_markup ?? null, calls: h.emulator.calls.slice(before).map((c) => c.method) };
}

const words = {
  id: { search: "/cari", cont: "Lanjut", expired: "Permintaan ini sudah kedaluwarsa. Mulai booking lagi dengan /cari di grup.", stopped: "booking di grup sudah berhenti", asked: /Tanggal lahir|Paspor|Kewarganegaraan/, received: /Data pribadi diterima/ },
  en: { search: "/search", cont: "Continue", expired: "This request has expired. Start the booking again with /search in the group.", stopped: "the booking in the group has stopped", asked: /Date of birth|Passport|Nationality/, received: /Personal details received/ },
} as const;

/** A member's group booking up to the 🔒 prompt: its private-details link (the start payload). */
async function linkOf(lang: "id" | "en", n: number) {
  const group = await approvedGroup(n, `Agen Link ${n}`);
  const member = { id: 47_310 + n, first_name: "Mira", language_code: lang };
  const a = new Agent(h, member, group);
  await a.say(`${words[lang].search}@${h.emulator.botInfo.username} CGK SIN ${day.wire} 1`);
  await a.reply(day.code);
  await a.tap(words[lang].cont);
  await a.reply("Mr Budi Santoso");
  const url = (a.lastForMe()!.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string }).url;
  const payload = url.split("start=")[1]!;
  return { group, member, a, payload, token: payload.slice("pd_".length), dm: new Agent(h, member, { id: member.id, type: "private" }) };
}

const groupNotices = (groupId: number, from: number) => h.emulator.chatMessages(groupId).slice(from).filter((m) => m.fromBot);

describe("added back by a member who is no issuer", () => {
  it("schedules none of the group's reminders again: the group may no longer read its bookings", async () => {
    const group = await approvedGroup(1, "Agen Kembali");
    const member = { id: 47_302, first_name: "Mira", language_code: "id" };
    const a = new Agent(h, member, group);
    const code = await bookInGroup(a, "Mrs Mira Lestari", "CGK SUB", 40);
    const ids = bookingJobIds(code, parseOffsets(OFFSETS)!);
    expect(await stateOf(ids.expiry)).toBe("delayed");

    await h.app.bot.handleUpdate(h.emulator.removeBotFromGroup(group, boss));
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, member));
    for (const id of [...ids.reminders, ids.expiry]) expect(await stateOf(id)).toBe("gone");
  }, 60_000);
});

describe.each([["id", 2], ["en", 3]] as const)("a 🔒 link opened by someone not in its group (%s)", (lang, n) => {
  it("gets exactly what a made-up link gets; the link stays the member's", async () => {
    const w = words[lang];
    const { payload, token, dm } = await linkOf(lang, n);
    const stranger = { id: 47_390 + n, first_name: "Asing", language_code: lang };
    const s = new Agent(h, stranger, { id: stranger.id, type: "private" });

    const forged = await opened(s, "/start pd_AAAAAAAAAAAA");
    const real = await opened(s, `/start ${payload}`);
    expect(forged.text).toBe(w.expired);
    expect(real.text).toBe(forged.text);
    expect(real.markup).toEqual(forged.markup);
    expect(real.text).not.toContain("Mira");
    // Nothing of the member's request changed: her own link still asks.
    expect(await h.app.deps.personalData.get(token)).toMatchObject({ done: false, closed: false });
    expect((await dm.say(`/start ${payload}`))?.text).toMatch(w.asked);
  }, 60_000);
});

describe.each([["id", 4], ["en", 5]] as const)("the member booking, removed from the group (%s)", (lang, n) => {
  it("her own link asks and stores nothing, as for a stopped booking; the group hears nothing", async () => {
    const w = words[lang];
    const { group, member, payload, token, dm } = await linkOf(lang, n);
    h.emulator.kickMember(group.id, member.id);
    const groupBefore = h.emulator.chatMessages(group.id).length;

    const own = await opened(dm, `/start ${payload}`);
    expect(own.text).toContain(w.stopped);
    expect(own.text).not.toMatch(w.asked);
    expect(own.markup).toBeNull();
    await dm.say("17-08-1990");
    expect(await h.app.deps.personalData.get(token)).toMatchObject({ done: false });
    expect(groupNotices(group.id, groupBefore)).toEqual([]);
  }, 60_000);

  it("removed while answering: nothing is stored at the end, and the group is not told the details came", async () => {
    const w = words[lang];
    const { group, member, payload, token, dm } = await linkOf(lang, n + 10);
    let q = (await dm.say(`/start ${payload}`))?.text ?? "";
    expect(q).toMatch(w.asked);
    h.emulator.kickMember(group.id, member.id);
    const groupBefore = h.emulator.chatMessages(group.id).length;
    for (let i = 0; i < 6 && w.asked.test(q); i++) {
      if (/Paspor|Passport/.test(q)) q = (await dm.say("A1234567 31-12-2031"))?.text ?? "";
      else if (/Kewarganegaraan|Nationality/.test(q)) q = (await dm.say("ID"))?.text ?? "";
      else q = (await dm.say("17-08-1990"))?.text ?? "";
    }
    expect(q).toContain(w.stopped);
    expect(await h.app.deps.personalData.get(token)).toMatchObject({ done: false });
    expect(groupNotices(group.id, groupBefore).map((m) => m.text)).not.toContainEqual(expect.stringMatching(w.received));
    expect(groupNotices(group.id, groupBefore)).toEqual([]);
  }, 60_000);
});

describe.each([["id", 6], ["en", 7]] as const)("🔕 Stop reminders tapped by someone not in the group (%s)", (lang, n) => {
  it("a real code of the group and a made-up one: the same calls, the same answer, nothing stopped", async () => {
    const group = await approvedGroup(n, `Agen Stop ${n}`);
    const a = new Agent(h, { id: 47_320 + n, first_name: "Mira", language_code: "id" }, group);
    const code = await bookInGroup(a, "Mrs Mira Lestari", "CGK SUB", 40 + n);
    const ids = bookingJobIds(code, parseOffsets(OFFSETS)!);
    const outsider = { id: 47_380 + n, first_name: "Luar", language_code: lang };
    // A message of the group's without a keyboard: the tap's data is left to the feature (callback-on-its-message.ts).
    const card = h.emulator.chatMessages(group.id).filter((m) => m.fromBot && !m.reply_markup).at(-1)!;
    const tap = async (data: string) => {
      const before = h.emulator.calls.length;
      await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: group, from: outsider, messageId: card.message_id, data }));
      const calls = h.emulator.calls.slice(before);
      return { methods: calls.map((c) => c.method), toast: calls.find((c) => c.method === "answerCallbackQuery")?.payload.text };
    };
    const real = await tap(`rm:mmbc:${code}`);
    const madeUp = await tap("rm:mmbc:ZZQQXX");
    expect(real.methods).toEqual(["getChatMember", "answerCallbackQuery"]);
    expect(madeUp).toEqual(real);
    expect(real.toast).toContain(lang === "id" ? "Kode booking tidak dikenal" : "doesn't know that booking code");
    expect(await stateOf(ids.reminders[0]!)).toBe("delayed");
  }, 60_000);
});
