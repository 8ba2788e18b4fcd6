import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * A group of each person's own language: the e-ticket of a booking paid by an issuer who speaks another language
 * than its booker is captioned in the booker's, as its card and reminders are. Before: an English booker's
 * ticket came as '🎫 4LGHNU · … · Kam, 7 Jan 2027' after an Indonesian issuer paid it.
 */
const words = {
  id: { search: "/cari", go: "Lanjut", book: "✅ Booking", code: /Kode: ([A-Z0-9]{6})/, name: "Tn Joko Susilo", confirm: "✅ Issued", day: /· (Sen|Sel|Rab|Kam|Jum|Sab|Min), \d+ [A-Z][a-z]{2} \d{4} \d\d:\d\d WIB/ },
  en: { search: "/search", go: "Continue", book: "✅ Book", code: /Code: ([A-Z0-9]{6})/, name: "Mr Joko Susilo", confirm: "✅ Issue", day: /· (Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d+ [A-Z][a-z]{2} \d{4} \d\d:\d\d WIB/ },
} as const;
type Lang = keyof typeof words;

const issuers = { en: { id: 77_901, first_name: "Olivia", language_code: "en" }, id: { id: 77_902, first_name: "Sari", language_code: "id" } };
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: `${issuers.en.id},${issuers.id.id}` } });
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

describe.each([["en", "id", -100_779_101], ["id", "en", -100_779_102]] as const)("a %s booker's booking paid by an issuer speaking %s", (bookerLang, issuerLang, groupId) => {
  it("gets its e-ticket captioned in the booker's language", async () => {
    const group = { id: groupId, type: "supergroup" as const, title: "Agen Tiket" };
    const booker = { id: -groupId % 100_000 + 10, first_name: "Ben", language_code: bookerLang };
    const issuer = issuers[issuerLang];
    h.emulator.setChatAdministrators(group.id, [issuer.id]);
    h.emulator.addMember(group.id, booker.id);
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, issuer));
    const code = await book(new Agent(h, booker, group), bookerLang, 43);
    const boss = new Agent(h, issuer, group);
    await boss.tap({ data: `b:i:mmbc:${code}` });
    const conf = h.emulator.chatMessages(group.id).filter((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.startsWith("ic:"))).at(-1)!;
    const ok = conf.reply_markup!.inline_keyboard.flat().find((b) => b.text.startsWith(words[issuerLang].confirm)) as { callback_data: string };
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from: issuer, messageId: conf.message_id, data: ok.callback_data }));
    const ticket = await h.emulator.waitFor(() => h.emulator.chatMessages(group.id).find((m) => m.document !== undefined));
    expect(ticket.caption).toContain(`🎫 ${code} · `);
    expect(ticket.caption).toMatch(words[bookerLang].day);
  }, 60_000);
});
