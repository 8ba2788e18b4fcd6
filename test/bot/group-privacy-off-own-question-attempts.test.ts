import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";
import { generateFlights } from "../../src/sandbox/mmbc/flights/generate-flights.js";

// In a group where the bot reads every message (privacy mode off), a line the flow's own member types
// without replying is chatter unless it is an answer. Some lines are plainly meant for her own question,
// though, and used to get silence: the customer's e-mail or phone typed at the 🔒 private-details prompt
// (asked again later), an airport code mistyped at the place question (DSP, CGKK), a booking code at the
// passenger's name question. They get the answer a reply gets; real chatter stays unanswered.
let h: Harness;
beforeAll(async () => { h = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) }); });
afterAll(async () => { await h?.close(); });

const words = {
  en: {
    search: "/search", go: "Continue", prompt: "🔒 Birth dates, ID and passport numbers are personal", kept: "📇 Contact noted for this booking",
    delete: "delete", to: "From CGK to where?", unknown: (x: string) => `I don't know "${x}" as an arrival airport`, edited: "✏️ Edits aren't read",
    date: "Departure date?", name: "Passenger 1 of 1", code: (c: string) => `${c} looks like a booking code`, noted: "Passenger", summary: "📋 Check before booking", email: "Contact e-mail",
    received: /Personal details received/, back: /Go back to the group/,
  },
  id: {
    search: "/cari", go: "Lanjut", prompt: "🔒 Tanggal lahir, nomor KTP dan paspor", kept: "📇 Kontak dicatat untuk booking ini",
    delete: "hapus", to: "Dari CGK ke mana?", unknown: (x: string) => `Saya tidak mengenal "${x}" sebagai bandara tujuan`, edited: "✏️ Pesan yang diedit tidak dibaca",
    date: "Tanggal berangkat?", name: "Penumpang 1 dari 1", code: (c: string) => `${c} sepertinya kode booking`, noted: "Penumpang", summary: "📋 Periksa sebelum booking", email: "E-mail kontak",
    received: /Data pribadi diterima/, back: /Kembali ke grup/,
  },
};
type Lang = keyof typeof words;

let nextId = 97_300;
function groupOf(lang: Lang) {
  const chat = { id: -1_009_730_000 - nextId, type: "supergroup" as const, title: "Agen Makmur" };
  const ana = new Agent(h, { id: nextId++, first_name: "Ana", language_code: lang }, chat);
  const ben = new Agent(h, { id: nextId++, first_name: "Ben", language_code: lang }, chat);
  for (const a of [ana, ben]) h.emulator.addMember(chat.id, a.user.id);
  return { chat, ana, ben };
}
const botTexts = (a: Agent, from: number) => h.emulator.chatMessages(a.chat.id).slice(from).filter((m) => m.fromBot).map((m) => m.text ?? "");
const count = (a: Agent) => h.emulator.chatMessages(a.chat.id).length;

/** An AirAsia day CGK → DPS (the airline asks birth dates: in a group, given privately). */
function airAsiaDay(start: number) {
  for (let d = start; d < start + 40; d++) {
    const f = generateFlights("CGK", "DPS", futureDate(d).iso).find((x) => /^QZ-/.test(x.code));
    if (f) return { ...futureDate(d), code: f.code };
  }
  throw new Error("no AirAsia day");
}

/** Follows the 🔒 prompt's deep link and answers the private questions, whichever language. */
async function answerPrivately(agent: Agent) {
  const prompt = h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => "url" in b)).at(-1)!;
  const url = prompt.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string };
  const dm = new Agent(h, agent.user, { id: agent.user.id, type: "private" });
  let q = await dm.say(`/start ${url.url.split("start=")[1]!}`);
  for (let i = 0; i < 6 && !words.en.back.test(q?.text ?? "") && !words.id.back.test(q?.text ?? ""); i++) {
    const t = q?.text ?? "";
    if (/Tanggal lahir|[Bb]irth/.test(t)) q = await dm.say("17-08-1990");
    else if (/KTP|ID number/.test(t)) q = await dm.say("3174092302900001");
    else if (/Paspor|[Pp]assport/.test(t)) q = await dm.say("A1234567 31-12-2031");
    else break;
  }
}

describe.each(["en", "id"] as const)("privacy mode off: lines meant for one's own question (%s)", (lang) => {
  const w = words[lang];

  it("the customer's e-mail and phone typed at the 🔒 prompt are kept (and said to be deletable), never asked again; chatter stays unanswered", async () => {
    const { ana, ben } = groupOf(lang);
    const day = airAsiaDay(55);
    await ana.say(`${w.search} CGK DPS ${day.wire} 1`);
    await ana.say(day.code);
    await ana.tap(w.go);
    expect((await ana.say("Mr Budi Santoso"))?.text).toContain(w.prompt);
    let from = count(ana);
    await ana.say("ok bentar ya");
    await ben.say("ben@example.com");
    expect(botTexts(ana, from)).toEqual([]);
    from = count(ana);
    await ana.say("ana@example.com");
    const email = botTexts(ana, from);
    expect(email).toHaveLength(1);
    expect(email[0]).toContain(w.kept);
    expect(email[0]).toContain(w.delete);
    // Sent as a reply to the prompt's note, not quoting the address back at anyone else's message.
    expect(ana.lastForMe()?.text).toBe(email[0]);
    from = count(ana);
    await ana.say("081234567890");
    const phone = botTexts(ana, from);
    expect(phone).toHaveLength(1);
    expect(phone[0]).toContain(w.kept);
    expect(phone[0]).not.toContain("081234567890");
    await answerPrivately(ana);
    const next = await ana.tap("▶️");
    expect(next?.text).not.toContain(w.email);
    expect(h.emulator.chatMessages(ana.chat.id).filter((m) => m.fromBot).map((m) => m.text).join("\n")).toContain(w.summary);
    expect(h.emulator.errors).toEqual([]);
  });

  it("a code-like typo at her own place question gets the unknown-airport answer, its edit the edits hint; chatter stays unanswered", async () => {
    const { chat, ana, ben } = groupOf(lang);
    await ana.say(w.search);
    expect((await ana.say("CGK"))?.text).toContain(w.to);
    let from = count(ana);
    for (const chatter of ["siang kak", "ok", "oke", "wkwk", "siap", "gmn"]) await ana.say(chatter);
    await ben.say("DSP");
    expect(botTexts(ana, from)).toEqual([]);
    from = count(ana);
    const typo = await ana.say("DSP");
    expect(typo?.text).toContain(w.unknown("DSP"));
    const mine = h.emulator.chatMessages(chat.id).filter((m) => !m.fromBot && m.from.id === ana.user.id).at(-1)!;
    const edit = h.emulator.editText({ chat, from: ana.user, messageId: mine.message_id, text: "DPS" });
    if (edit) await h.app.bot.handleUpdate(edit);
    expect(ana.last()?.text).toContain(w.edited);
    expect((await ana.say("CGKK"))?.text).toContain(w.unknown("CGKK"));
    expect(botTexts(ana, from)).toHaveLength(3);
    from = count(ana);
    await ana.say("DPS");
    expect(botTexts(ana, from).join("\n")).toContain(w.date);
    expect(h.emulator.errors).toEqual([]);
  });

  it("a booking code typed at her own name question is said to be one, the question still waiting for the name", async () => {
    const { ana, ben } = groupOf(lang);
    const day = futureDate(56);
    const list = await ana.say(`${w.search} CGK SUB ${day.wire} 1`);
    const flight = list!.reply_markup!.inline_keyboard.flat()[0]!.text.split(" ")[0]!;
    await ana.say(flight);
    expect((await ana.tap(w.go))?.text).toContain(w.name);
    let from = count(ana);
    await ben.say("X8CK4Q");
    await ana.say("123");
    expect(botTexts(ana, from)).toEqual([]);
    from = count(ana);
    const said = await ana.say("X8CK4Q");
    expect(botTexts(ana, from)).toHaveLength(1);
    expect(said?.text).toContain(w.code("X8CK4Q"));
    expect(said?.text).toContain("/");
    expect(said?.text).toContain(w.name);
    const next = await ana.say("Mr Budi Santoso");
    expect(next?.text).not.toContain(w.code("X8CK4Q"));
    expect(h.emulator.errors).toEqual([]);
  });
});
