import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * A member tapping ✅ or ✖️ on a colleague's issue confirmation is told whose it is, as a typed reply to it is:
 * the booker who asked for the issue is not its asker (the issuer's tap made it). Before: "Only the person who
 * asked can confirm this." to the booker who had asked.
 */
const words = {
  id: { search: "/cari", go: "Lanjut", book: "✅ Booking", code: /Kode: ([A-Z0-9]{6})/, name: "Tn Joko Susilo", confirm: "✅ Issued", notYours: "↩️ Konfirmasi itu milik Olivia: hanya Olivia yang bisa mengonfirmasi atau membatalkannya." },
  en: { search: "/search", go: "Continue", book: "✅ Book", code: /Code: ([A-Z0-9]{6})/, name: "Mr Joko Susilo", confirm: "✅ Issue", notYours: "↩️ That confirmation is Olivia's: only Olivia can confirm or cancel it." },
} as const;
type Lang = keyof typeof words;

const olivia = { id: 77_951, first_name: "Olivia", language_code: "en" };
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(olivia.id) } });
}, 60_000);
afterAll(async () => { await h?.close(); });

/** A member's booking in a privacy-mode group (a flight that asks no personal details); its code. */
async function book(agent: Agent, lang: Lang, days: number): Promise<string> {
  const w = words[lang];
  const results = (await agent.say(`${w.search}@${h.emulator.botInfo.username} CGK SUB ${futureDate(days).wire} 1`))!;
  const flight = results.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:") && !/^(QZ|JQ|3K)/.test(b.text)) as { callback_data: string };
  await agent.tap({ data: flight.callback_data });
  await agent.tap(w.go);
  const q = await agent.reply(w.name);
  if (/✏️/.test(JSON.stringify(q?.reply_markup ?? ""))) await agent.tap("✏️");
  await agent.reply("joko@example.com");
  await agent.reply("081234567890");
  const card = (await agent.tap(w.book))!;
  const code = w.code.exec(card.text ?? "")?.[1];
  if (!code) throw new Error(agent.transcript(8));
  return code;
}

describe.each([["en", -100_779_201], ["id", -100_779_202]] as const)("the booker taps the issuer's confirmation (%s)", (lang, groupId) => {
  it("✅ and ✖️ say whose confirmation it is; it still pays for its asker", async () => {
    const group = { id: groupId, type: "supergroup" as const, title: "Agen Tiket" };
    const ben = { id: -groupId % 100_000 + 20, first_name: "Ben", language_code: lang };
    const issuer = { ...olivia, language_code: lang };
    h.emulator.setChatAdministrators(group.id, [issuer.id]);
    h.emulator.addMember(group.id, ben.id);
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, issuer));
    const code = await book(new Agent(h, ben, group), lang, 45);
    await new Agent(h, issuer, group).tap({ data: `b:i:mmbc:${code}` });
    const conf = h.emulator.chatMessages(group.id).filter((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.startsWith("ic:"))).at(-1)!;
    const buttons = conf.reply_markup!.inline_keyboard.flat() as { text: string; callback_data: string }[];
    const tap = async (from: typeof ben, data: string) => {
      const before = h.emulator.calls.length;
      await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from, messageId: conf.message_id, data }));
      return h.emulator.calls.slice(before).find((c) => c.method === "answerCallbackQuery")?.payload;
    };
    const ok = buttons.find((b) => b.callback_data.startsWith("ic:"))!;
    const cancel = buttons.find((b) => b.callback_data.startsWith("ix:"))!;
    expect(await tap(ben, ok.callback_data)).toMatchObject({ text: words[lang].notYours, show_alert: true });
    expect(await tap(ben, cancel.callback_data)).toMatchObject({ text: words[lang].notYours, show_alert: true });
    await tap(issuer, ok.callback_data);
    await h.emulator.waitFor(() => h.emulator.chatMessages(group.id).find((m) => m.document !== undefined));
  }, 60_000);
});
