import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { internationalDay, pickFirstFlight } from "./journey-steps.js";

/**
 * A group with privacy mode (the bot sees only replies to it and mentions), where who a message is for
 * decides what it does: a mention from the member whose list is open answers that list as a reply would;
 * a reply to the bot's hint under her list is a reply to the list; a whole request replying to a bot
 * message of no open question is that request; a balance asked while her details wait for the private
 * chat is answered. A colleague's reply to her list is still told whose it is.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const words = {
  id: {
    search: "/cari", help: "/bantuan", seats: "Sisa kursi", cancelled: "Pencarian Rina dibatalkan.", party: "3 penumpang", balance: "💰 Saldo deposit MMBC:",
    wayIn: "Ketik /cari untuk mencari penerbangan, atau /bantuan untuk semua perintah.", hint: "Ketik kode penerbangan atau nomornya di halaman ini",
    notYours: (name: string) => `↩️ Pertanyaan itu untuk ${name}. Balas pertanyaan Anda sendiri (atau mulai dengan /cari).`,
    noTicket: (code: string) => `📄 ${code} belum issued, jadi belum ada e-tiket. Issued dulu: /issued ${code}`,
    listIsThere: "Daftar penerbangan Anda yang ini", ticketWords: "tiketnya mana?", balanceWords: "saldo brp", partyWords: "eh salah, 3 org", unclear: "hmm gimana ya", continue: "Lanjut", prompt: "tidak saya tanyakan di grup",
    book: "✅ Booking", code: /Kode: ([A-Z0-9]{6})/,
  },
  en: {
    search: "/search", help: "/help", seats: "Seats left", cancelled: "Rina's search cancelled.", party: "· 3 pax", balance: "💰 MMBC deposit:",
    wayIn: "Type /search to find a flight, or /help for all commands.", hint: "Type a flight code or its number on this page",
    notYours: (name: string) => `↩️ That question is for ${name}. Reply to your own question (or start one with /search).`,
    noTicket: (code: string) => `📄 ${code} is not issued yet, so there is no e-ticket. Issue it first: /issue ${code}`,
    listIsThere: "Your flight list is this one", ticketWords: "where is the ticket?", balanceWords: "balance?", partyWords: "3 adults", unclear: "hmm let me think", continue: "Continue", prompt: "I don't ask for them in the group",
    book: "✅ Book", code: /Code: ([A-Z0-9]{6})/,
  },
} as const;
type Lang = keyof typeof words;

let nextId = 0;
let nextDay = 20;
function groupOf() {
  nextId += 1;
  return { id: -100_977_000 - nextId, type: "group" as const, title: `Agen ${nextId}` };
}
function member(lang: Lang, group: ReturnType<typeof groupOf>, first = "Rina") {
  nextId += 1;
  return new Agent(h, { id: 977_000 + nextId, first_name: first, language_code: lang }, group);
}
const bot = () => `@${h.emulator.botInfo.username}`;
const since = (a: Agent) => h.emulator.chatMessages(a.chat.id).length;
const said = (a: Agent, from: number) => a.botTexts(from);
/** The birth date the flight asks, given in the private chat; then Continue in the group. */
async function givePrivately(a: Agent) {
  const url = a.lastForMe()!.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string };
  const dm = new Agent(h, a.user, { id: a.user.id, type: "private" });
  let q = await dm.say(`/start ${url.url.split("start=")[1]!}`);
  for (let i = 0; i < 4 && /Tanggal lahir|Date of birth/.test(q?.text ?? ""); i++) q = await dm.say("17-08-1990");
  await a.tap("▶️");
}
/** Her results list, searched with a command; returns the list message. */
async function listOf(a: Agent, lang: Lang, party = "1") {
  await a.say(`${words[lang].search}${bot()} cgk sub ${futureDate(nextDay++).wire} ${party}`);
  const list = a.lastForMe()!;
  expect(list.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"))).toBe(true);
  return list;
}

describe.each(["id", "en"] as const)("group with privacy mode: a mention answers the member's own list (%s)", (lang) => {
  const w = words[lang];

  it("'@Bot 1' opens the flight; '@Bot <party>' searches again for it; '@Bot batal' closes the list", async () => {
    const rina = member(lang, groupOf());
    await listOf(rina, lang);
    expect((await rina.say(`${bot()} 1`))?.text).toContain(w.seats);

    await listOf(rina, lang);
    let from = since(rina);
    await rina.say(`${bot()} ${w.partyWords}`);
    expect(said(rina, from).join("\n")).toContain(w.party);
    expect(said(rina, from).join("\n")).not.toContain(w.listIsThere);

    await listOf(rina, lang);
    expect((await rina.say(`${bot()} ${lang === "id" ? "batal" : "cancel"}`))?.text).toBe(w.cancelled);
    // The list is closed: a number mentioned after is no pick of it.
    from = since(rina);
    await rina.say(`${bot()} 1`);
    expect(said(rina, from)).toEqual([w.wayIn]);
  });

  it("'@Bot <balance>' at the list is still the balance, not a hint about the list", async () => {
    const rina = member(lang, groupOf());
    await listOf(rina, lang);
    expect((await rina.say(`${bot()} ${w.balanceWords}`))?.text).toContain(w.balance);
  });

  it("a reply to the bot's hint under her list is a reply to the list", async () => {
    const rina = member(lang, groupOf());
    const list = await listOf(rina, lang);
    const hint = await rina.say(w.unclear, list.message_id);
    expect(hint?.text).toContain(w.hint);
    expect((await rina.say("2", hint!.message_id))?.text).toContain(w.seats);
  });

  it("a colleague's reply to her list or to its hint is told whose it is; his mention picks nothing of hers", async () => {
    const group = groupOf();
    const rina = member(lang, group);
    const dodi = member(lang, group, "Dodi");
    const list = await listOf(rina, lang);
    const hint = await rina.say(w.unclear, list.message_id);
    expect((await dodi.say("1", list.message_id))?.text).toBe(w.notYours("Rina"));
    let from = since(dodi);
    await dodi.say(`${bot()} 1`);
    expect(said(dodi, from)).toEqual([w.wayIn]);
    // Her list still takes her pick, from her reply to the hint.
    from = since(rina);
    await rina.say("1", hint!.message_id);
    expect(said(rina, from).join("\n")).toContain(w.seats);
  });

  it("a request replying to a bot message of no open question is answered as that request", async () => {
    const group = groupOf();
    const rina = member(lang, group);
    await rina.say(`${w.search}${bot()} cgk sub ${futureDate(nextDay++).wire} 1`);
    await pickFirstFlight(rina);
    await rina.tap(w.continue);
    await rina.reply("Mr Budi Santoso");
    if (rina.lastForMe()?.reply_markup?.inline_keyboard.flat().some((b) => "url" in b)) await givePrivately(rina);
    await rina.reply("kantor@example.com");
    await rina.reply("081234567890");
    await rina.tap(w.book);
    const code = w.code.exec(rina.lastForMe()?.text ?? "")?.[1];
    if (!code) throw new Error(rina.transcript(6));
    await rina.say(`${w.help}${bot()}`);
    const help = h.emulator.chatMessages(group.id).filter((m) => m.fromBot).at(-1)!;
    const from = since(rina);
    await rina.say(w.ticketWords, help.message_id);
    expect(said(rina, from)).toEqual([w.noTicket(code)]);
    // Words that ask for nothing, replying to it, still answer no open question.
    const before = since(rina);
    await rina.say("ok", help.message_id);
    expect(said(rina, before).join("\n")).not.toContain(w.noTicket(code));
  });

  it("a balance asked while her details wait for the private chat is answered, and the 🔒 step still waits", async () => {
    const day = internationalDay();
    const rina = member(lang, groupOf());
    await rina.say(`${w.search}${bot()} CGK SIN ${day.wire} 1`);
    expect((await rina.reply(day.code))?.text).toContain(day.code);
    await rina.tap(w.continue);
    const prompt = await rina.reply("Mr Budi Santoso");
    expect(prompt?.text).toContain(w.prompt);
    expect((await rina.say(`${bot()} ${w.balanceWords}`))?.text).toContain(w.balance);
    expect((await rina.say(w.balanceWords, prompt!.message_id))?.text).toContain(w.balance);
    // Personal data typed there is still sent to the private chat.
    const from = since(rina);
    await rina.say(`${bot()} 17-08-1990`);
    expect(said(rina, from).join("\n")).not.toContain(w.balance);
    expect(rina.lastForMe()?.reply_markup?.inline_keyboard.flat().some((b) => "url" in b) ?? false).toBe(false);
  });
});
