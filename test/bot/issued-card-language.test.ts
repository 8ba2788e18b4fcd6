import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * Once a booking is issued its card is redrawn: in the language it was written in (the booker's), not the
 * issuer's, and without the "pay before" line, which would still count down to a deadline that no longer
 * matters. Before: an Indonesian card got English buttons ("📄 E-ticket | 📤 For customer") when an English
 * issuer paid it, and went on saying "⏰ Bayar sebelum: … (2 jam 59 mnt lagi)".
 */
const words = {
  id: { search: "/cari", go: "Lanjut", book: "✅ Booking", code: /Kode: ([A-Z0-9]{6})/, pay: "Bayar sebelum", issued: "✅ <b>Sudah issued</b>", issuedText: "✅ Sudah issued", buttons: ["📄 E-tiket", "📤 Untuk pelanggan"], issue: "💳 Issued sekarang", confirm: "✅ Issued" },
  en: { search: "/search", go: "Continue", book: "✅ Book", code: /Code: ([A-Z0-9]{6})/, pay: "Pay before", issued: "✅ <b>Issued</b>", issuedText: "✅ Issued", buttons: ["📄 E-ticket", "📤 For customer"], issue: "💳 Issue now", confirm: "✅ Issue" },
} as const;
type Lang = keyof typeof words;

const issuers = { en: { id: 76_901, first_name: "Boss", language_code: "en" }, id: { id: 76_902, first_name: "Bos", language_code: "id" } };
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: `${issuers.en.id},${issuers.id.id}` } });
}, 60_000);
afterAll(async () => { await h?.close(); });

/** A member's booking in a privacy-mode group (a flight that asks no personal details); the card's message. */
async function book(agent: Agent, lang: Lang, days: number) {
  const w = words[lang];
  const results = (await agent.say(`${w.search}@${h.emulator.botInfo.username} CGK SUB ${futureDate(days).wire} 1`))!;
  const flight = results.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:") && !/^(QZ|JQ|3K)/.test(b.text)) as { callback_data: string };
  await agent.tap({ data: flight.callback_data });
  await agent.tap(w.go);
  const q = await agent.reply(lang === "id" ? "Tn Joko Susilo" : "Mr Joko Susilo");
  if (/✏️/.test(JSON.stringify(q?.reply_markup ?? ""))) await agent.tap("✏️");
  await agent.reply("joko@example.com");
  await agent.reply("081234567890");
  const card = (await agent.tap(w.book))!;
  const code = w.code.exec(card.text ?? "")?.[1];
  if (!code) throw new Error(agent.transcript(8));
  expect(card.text).toContain(w.pay);
  return { code, card };
}

describe.each([["id", "en"], ["en", "id"]] as const)("a %s card issued by a member speaking %s", (cardLang, issuerLang) => {
  it("keeps the card's language, drops the pay-before line and says issued", async () => {
    const group = { id: cardLang === "id" ? -100_769_001 : -100_769_002, type: "supergroup" as const, title: "Agen Kartu" };
    const booker = { id: cardLang === "id" ? 76_911 : 76_912, first_name: "Joko", language_code: cardLang };
    const issuer = issuers[issuerLang];
    h.emulator.setChatAdministrators(group.id, [issuer.id]);
    h.emulator.addMember(group.id, booker.id);
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, issuer));
    const { code, card } = await book(new Agent(h, booker, group), cardLang, 41);
    const boss = new Agent(h, issuer, group);
    await boss.tap({ data: `b:i:mmbc:${code}` });
    const conf = h.emulator.chatMessages(group.id).filter((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.startsWith("ic:"))).at(-1)!;
    expect(conf.text).toContain(code);
    const ok = conf.reply_markup!.inline_keyboard.flat().find((b) => b.text.startsWith(words[issuerLang].confirm)) as { callback_data: string };
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from: issuer, messageId: conf.message_id, data: ok.callback_data }));
    await h.emulator.waitFor(() => h.emulator.chatMessages(group.id).find((m) => m.document !== undefined));
    const after = h.emulator.chatMessages(group.id).find((m) => m.message_id === card.message_id)!;
    const w = words[cardLang];
    expect(after.reply_markup!.inline_keyboard.flat().map((b) => b.text)).toEqual(w.buttons);
    expect(after.text).not.toContain(w.pay);
    expect(after.text).toContain(w.issuedText);
    expect(after.text).toMatch(w.code);
    expect(h.emulator.errors).toEqual([]);
  }, 60_000);
});
