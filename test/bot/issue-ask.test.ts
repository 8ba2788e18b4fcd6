import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredMessage } from "../support/telegram/types.js";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup, money } from "../security/helpers.js";
import { bookingJobIds, fire } from "../support/jobs.js";
import { parseOffsets } from "../../src/jobs/reminder-offsets.js";

/**
 * A member who may book but not spend asks the people who may: her refusal offers "🙋 Ask an issuer",
 * which posts ONE request mentioning them (tg://user links, first names) with the booking's short card
 * and its Issue; asking again within 10 minutes says when it was asked; once issued the request says by
 * whom. A forged request button from a stranger gets what an unknown code gets. A group reminder of a
 * booking whose booker may not issue names who can.
 */
const OFFSETS = "30m,10m";
const boss = { id: 66_101, first_name: "Bos", language_code: "id" };
const adi = { id: 66_102, first_name: "Adi", language_code: "en" };
const mira = { id: 66_103, first_name: "Mira", language_code: "id" };
const budi = { id: 66_104, first_name: "Budi", language_code: "en" };
const dewi = { id: 66_105, first_name: "Dewi", language_code: "id" };
const orang = { id: 66_199, first_name: "Orang", language_code: "id" };
const agency = { id: -100_661_001, type: "supergroup" as const, title: "Agen Minta" };
const RANDOM = "ZQ9XK7";

let h: Harness;
let code = "";
const U = () => h.emulator.botInfo.username;
const since = (from: number) => h.emulator.chatMessages(agency.id).slice(from).filter((m) => m.fromBot);
const count = () => h.emulator.chatMessages(agency.id).length;
const now = (id: number) => h.emulator.chatMessages(agency.id).find((m) => m.message_id === id)!;
function buttons(m: StoredMessage) {
  return m.reply_markup?.inline_keyboard.map((row) => row.map((b) => `${b.text}=${"callback_data" in b ? String(b.callback_data) : "url"}`));
}
async function tapAs(who: typeof adi, chat: { id: number; type: "supergroup" | "private" }, messageId: number, data: string) {
  const c0 = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat, from: who, messageId, data }));
  return h.emulator.calls.slice(c0).filter((c) => c.method === "answerCallbackQuery").map((c) => ({ text: c.payload.text as string | undefined, alert: c.payload.show_alert as boolean | undefined }));
}
/** The people a message mentions by link, as Telegram would notify them. */
const mentioned = (m: StoredMessage) => (m.entities ?? []).flatMap((e) => (e.type === "text_link" && e.url?.startsWith("tg://user?id=") ? [Number(e.url.slice(13))] : e.type === "text_mention" && e.user ? [e.user.id] : []));

beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id), REMINDER_OFFSETS: OFFSETS } });
  h.emulator.setChatAdministrators(agency.id, [adi.id]);
  for (const u of [mira, budi, dewi]) h.emulator.addMember(agency.id, u.id);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(agency, boss));
  // Telegram knows everyone's first name; the emulator learns it from a message.
  await new Agent(h, adi, agency).say("halo");
  code = await bookInGroup(new Agent(h, mira, agency), "Mrs Mira Lestari", "CGK SUB", 40);
}, 90_000);
afterAll(async () => { await h?.close(); });

describe("asking the issuers to issue", () => {
  it("a group reminder of Mira's booking (she may not issue) names who can (id)", async () => {
    const from = count();
    await fire(h, bookingJobIds(code, parseOffsets(OFFSETS)!).reminders[0]!);
    const reminder = await h.emulator.waitFor(() => since(from).find((m) => m.text?.includes("belum issued")));
    expect(reminder.text!.split("\n").at(-1)).toBe("Yang bisa issued: Adi");
    expect(mentioned(reminder)).toEqual([mira.id, adi.id]);
  });

  it("/issued CODE from a member who may not spend: the refusal carries 🙋 Ask an issuer (en) / Minta issued ke admin (id)", async () => {
    for (const [who, text, label] of [
      [budi, "🔒 You may not issue (spend the deposit). Who can: the admins of this group.", "🙋 Ask an issuer"],
      [dewi, "🔒 Anda tidak berhak issued (memakai deposit). Yang berhak: admin grup ini.", "🙋 Minta issued ke admin"],
    ] as const) {
      const from = count();
      await new Agent(h, who, agency).say(`/issued@${U()} ${code}`);
      const said = since(from);
      expect(said.map((m) => m.text)).toEqual([text]);
      expect(buttons(said[0]!)).toEqual([[`${label}=b:r:mmbc:${code}`]]);
    }
  });

  it("a tap on the card's Issue by a member who may not spend: the refusal names her, replying to the card, with the button", async () => {
    const card = h.emulator.chatMessages(agency.id).find((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === `b:i:mmbc:${code}`))!;
    const from = count();
    const toasts = await tapAs(budi, agency, card.message_id, `b:i:mmbc:${code}`);
    expect(toasts).toHaveLength(1);
    const said = since(from);
    expect(said.map((m) => m.text)).toEqual(["Budi:\n🔒 You may not issue (spend the deposit). Who can: the admins of this group."]);
    expect(said[0]!.reply_to_message_id).toBe(card.message_id);
    expect(buttons(said[0]!)).toEqual([[`🙋 Ask an issuer=b:r:mmbc:${code}`]]);
  });

  it("the card's Issue tapped again (and twice at once) by the same member: no second refusal posted, the refusal as her toast (en, id)", async () => {
    const card = h.emulator.chatMessages(agency.id).find((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === `b:i:mmbc:${code}`))!;
    const from = count();
    const again = await tapAs(budi, agency, card.message_id, `b:i:mmbc:${code}`);
    const refused = { text: "🔒 You may not issue (spend the deposit). Who can: the admins of this group.", alert: true };
    expect(again).toEqual([refused]);
    const c0 = h.emulator.calls.length;
    await Promise.all([0, 1].map(() => h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: agency, from: budi, messageId: card.message_id, data: `b:i:mmbc:${code}` }))));
    const both = h.emulator.calls.slice(c0).filter((c) => c.method === "answerCallbackQuery").map((c) => ({ text: c.payload.text as string | undefined, alert: c.payload.show_alert as boolean | undefined }));
    expect(both).toEqual([refused, refused]);
    expect(since(from)).toEqual([]);
    // Dewi's first tap is hers to see (posted, with the button); her second is a toast in her language.
    await tapAs(dewi, agency, card.message_id, `b:i:mmbc:${code}`);
    expect(since(from).map((m) => m.text)).toEqual(["Dewi:\n🔒 Anda tidak berhak issued (memakai deposit). Yang berhak: admin grup ini."]);
    const second = await tapAs(dewi, agency, card.message_id, `b:i:mmbc:${code}`);
    expect(second).toEqual([{ text: "🔒 Anda tidak berhak issued (memakai deposit). Yang berhak: admin grup ini.", alert: true }]);
    expect(since(from)).toHaveLength(1);
  });

  it("a stranger forging the request button (in the group, in his private chat) gets what an unknown code gets; nothing posted", async () => {
    h.emulator.kickMember(agency.id, orang.id);
    const target = since(0).at(-1)!.message_id;
    const from = count();
    const forged = await tapAs(orang, agency, target, `b:r:mmbc:${code}`);
    const made = await tapAs(orang, agency, target, `b:r:mmbc:${RANDOM}`);
    expect(forged).toEqual([{ text: expect.stringContaining("Kode booking tidak dikenal"), alert: true }]);
    expect(made).toEqual(forged);
    expect(since(from)).toEqual([]);
    const dm = { id: orang.id, type: "private" as const };
    await new Agent(h, orang, dm).say("/start");
    const at = h.emulator.chatMessages(orang.id).filter((m) => m.fromBot).at(-1)!.message_id;
    const n = h.emulator.chatMessages(orang.id).length;
    await tapAs(orang, dm, at, `b:r:mmbc:${code}`);
    await tapAs(orang, dm, at, `b:r:mmbc:${RANDOM}`);
    await tapAs(orang, dm, at, `b:s:mmbc:${RANDOM}`);
    // No account of his own here: a made-up code's Status says so, and the forged request the same.
    const replies = h.emulator.chatMessages(orang.id).slice(n).filter((m) => m.fromBot).map((m) => m.text);
    expect(replies).toHaveLength(3);
    expect(new Set(replies).size).toBe(1);
  });

  let request: StoredMessage;
  it("🙋 tapped: ONE request mentioning the issuers with the short card and Issue; no personal data; the refusal's button goes", async () => {
    const refusal = since(0).filter((m) => m.text?.startsWith("Budi:") && m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === `b:r:mmbc:${code}`)).at(-1)!;
    const from = count();
    const toasts = await tapAs(budi, agency, refusal.message_id, `b:r:mmbc:${code}`);
    expect(toasts).toEqual([{ text: "🙋 Sent to the issuers.", alert: undefined }]);
    const said = since(from);
    expect(said).toHaveLength(1);
    request = said[0]!;
    const lines = request.text!.split("\n");
    expect(lines[0]).toBe("🙋 Budi asks for this booking to be issued. Adi: please check it and issue it.");
    expect(lines[1]).toBe(code);
    expect(lines[2]).toMatch(/^✈️ .* · CGK → SUB · /);
    expect(lines[3]).toMatch(/^💰 Total Rp /);
    expect(lines[4]).toMatch(/^⏰ Pay before: /);
    expect(request.text).not.toMatch(/@example\.com|0812|Mira Lestari/);
    expect(mentioned(request)).toEqual([budi.id, adi.id]);
    expect(buttons(request)).toEqual([[`💳 Issue now=b:i:mmbc:${code}`]]);
    expect(now(refusal.message_id).reply_markup).toBeUndefined();
  });

  it("asked again within 10 minutes (typed 'minta issue', tapped again): 'already asked at HH:MM', no second request (id, en)", async () => {
    const from = count();
    const asked = (await new Agent(h, dewi, agency).say(`@${U()} minta issue ${code}`))!;
    const said = since(from);
    expect(said.map((m) => m.text)).toEqual([expect.stringMatching(new RegExp(`^⏳ Issued ${code} sudah diminta pukul \\d\\d:\\d\\d WIB: yang berhak sudah diberi tahu\\.$`))]);
    expect(said[0]!.reply_to_message_id).toBe(h.emulator.chatMessages(agency.id)[from]!.message_id);
    void asked;
    const already = new RegExp(`⏳ Issuing ${code} was already asked at \\d\\d:\\d\\d WIB: the issuers have been told\\.$`);
    // /issued again: the refusal says it was asked, without the button.
    const c0 = count();
    await new Agent(h, budi, agency).say(`/issued@${U()} ${code}`);
    const refusal = since(c0).at(-1)!;
    expect(refusal.text).toMatch(new RegExp(`^🔒 You may not issue \\(spend the deposit\\)\\. Who can: the admins of this group\\.\n${already.source}`));
    expect(refusal.reply_markup).toBeUndefined();
    // The card's Issue and an old 🙋 tapped again: her toast alone, nothing posted.
    const card = h.emulator.chatMessages(agency.id).find((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === `b:i:mmbc:${code}`))!;
    const c = count();
    const ask = await tapAs(budi, agency, refusal.message_id, `b:r:mmbc:${code}`);
    expect(ask).toEqual([{ text: expect.stringMatching(new RegExp(`^${already.source}`)), alert: true }]);
    const issue = await tapAs(budi, agency, card.message_id, `b:i:mmbc:${code}`);
    expect(issue).toEqual([{ text: expect.stringMatching(already), alert: true }]);
    expect(since(c)).toEqual([]);
  });

  it("an issuer typing 'please issue CODE' gets the issue's confirmation, not a request", async () => {
    const from = count();
    await new Agent(h, adi, agency).say(`@${U()} please issue ${code}`);
    const said = since(from);
    expect(said).toHaveLength(1);
    expect(said[0]!.text).toContain(`💳 Issue ${code}?`);
    // Withdrawn, so the next test's confirmation is the only one.
    await new Agent(h, adi, agency).tap("✖️");
  });

  it("Adi taps the request's Issue, confirms, pays once: the request says who issued it, its Issue gone", async () => {
    const before = money(h);
    const A = new Agent(h, adi, agency);
    const from = count();
    // A double tap: one confirmation, the second tap told where it is.
    const c0 = h.emulator.calls.length;
    await Promise.all([0, 1].map(() => h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: agency, from: adi, messageId: request.message_id, data: `b:i:mmbc:${code}` }))));
    const toasts = h.emulator.calls.slice(c0).filter((c) => c.method === "answerCallbackQuery").map((c) => c.payload.text);
    expect(toasts).toContain(`💳 The confirmation to issue ${code} is above: tap ✅ Issue there.`);
    // Started from the request's button: it names Adi and replies to the request (a busy group reads whose it is).
    expect(since(from).map((m) => m.text?.split("\n").slice(0, 2).join("\n"))).toEqual([`Adi:\n💳 Issue ${code}?`]);
    expect(since(from)[0]!.reply_to_message_id).toBe(request.message_id);
    const conf = since(from).find((m) => m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.startsWith("ic:")))!;
    expect(conf.text).toContain(`💳 Issue ${code}?`);
    const ok = conf.reply_markup!.inline_keyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : ""))[0]!;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: agency, from: adi, messageId: conf.message_id, data: ok }));
    expect(money(h).issues).toBe(before.issues + 1);
    await h.emulator.waitFor(() => h.emulator.chatMessages(agency.id).find((m) => m.document !== undefined));
    const edited = now(request.message_id);
    expect(edited.text!.split("\n")[0]).toBe(`✅ ${code} was issued by Adi.`);
    expect(edited.text).not.toContain("Pay before");
    expect(edited.reply_markup).toBeUndefined();
    // The confirmation no longer asks: it says what happened.
    expect(now(conf.message_id).text).toMatch(new RegExp(`^✅ ${code} issued · Rp [\\d.]+ from the MMBC deposit$`));
    expect(now(conf.message_id).reply_markup).toBeUndefined();
    void A;
  });
});

describe("a group whose issuers are its /allow list", () => {
  const list = { id: -100_661_002, type: "supergroup" as const, title: "Agen Daftar" };
  const rina = { id: 66_111, first_name: "Rina", language_code: "id" };
  const tono = { id: 66_112, first_name: "Tono", language_code: "en" };
  const lisa = { id: 66_113, first_name: "Lisa", language_code: "en" };
  const listSince = (from: number) => h.emulator.chatMessages(list.id).slice(from).filter((m) => m.fromBot);
  let listCode = "";

  beforeAll(async () => {
    h.emulator.setChatAdministrators(list.id, [adi.id]);
    for (const u of [rina, tono, lisa]) h.emulator.addMember(list.id, u.id);
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(list, boss));
    for (const u of [tono, lisa]) await new Agent(h, u, list).say("halo");
    await h.app.deps.chatSettings.update(list.id, (s) => ({ ...s, issuers: "list", issuerIds: [tono.id, lisa.id] }));
    listCode = await bookInGroup(new Agent(h, rina, list), "Mrs Rina Sari", "CGK DPS", 41);
    // The group speaks English from now on: the reminder and the request are in English.
    await h.app.deps.chatSettings.update(list.id, (s) => ({ ...s, locale: "en" }));
  }, 90_000);

  it("the reminder (en) names the list; 'please issue CODE' from the booker posts the request mentioning them, not the admin", async () => {
    const from = h.emulator.chatMessages(list.id).length;
    await fire(h, bookingJobIds(listCode, parseOffsets(OFFSETS)!).reminders[0]!);
    const reminder = await h.emulator.waitFor(() => listSince(from).find((m) => m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.startsWith("rm:"))));
    expect(reminder.text!.split("\n").at(-1)).toBe("Who can issue: Tono, Lisa");
    expect(mentioned(reminder)).toEqual([rina.id, tono.id, lisa.id]);
    const at = h.emulator.chatMessages(list.id).length;
    await new Agent(h, rina, list).say(`@${U()} please issue ${listCode}`);
    const said = listSince(at);
    expect(said).toHaveLength(1);
    expect(said[0]!.text!.split("\n")[0]).toMatch(/^🙋 Rina (asks for this booking to be issued\. Tono, Lisa: please check it and issue it\.|minta booking ini di-issued\. Tono, Lisa: mohon dicek dan di-issued\.)$/);
    expect(mentioned(said[0]!)).toEqual([rina.id, tono.id, lisa.id]);
    expect(said[0]!.reply_to_message_id).toBe(h.emulator.chatMessages(list.id)[at]!.message_id);
  });
});
