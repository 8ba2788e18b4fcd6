import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";

/**
 * A group with privacy mode (the bot sees only replies to it and mentions): a member may answer her booking's
 * questions by mentioning the bot instead of replying. The mention, before or after the answer and in any case,
 * is not part of the answer; a mention of someone else is (it is no name, e-mail or number).
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const words = {
  id: { search: "/cari", continue: "Lanjut", title: "Awali dengan titel", email: "E-mail kontak", phone: "Nomor HP kontak", book: "✅ Booking", badEmail: "Ada e-mail ka…@example.com di pesan itu" },
  en: { search: "/search", continue: "Continue", title: "Start with a title", email: "Contact e-mail", phone: "Contact mobile number", book: "✅ Book", badEmail: "I see the e-mail ka…@example.com in that message" },
} as const;

let nextId = 0;
let nextDay = 24;
function member(lang: keyof typeof words, first = "Rina") {
  nextId += 1;
  const group = { id: -100_978_000 - nextId, type: "group" as const, title: `Agen ${nextId}` };
  return new Agent(h, { id: 978_000 + nextId, first_name: first, language_code: lang }, group);
}
const bot = () => `@${h.emulator.botInfo.username}`;

/** Her search, its first flight, its card's Continue: the first passenger is asked. */
async function toNameQuestion(a: Agent, lang: keyof typeof words) {
  await a.say(`${words[lang].search}${bot()} cgk sub ${futureDate(nextDay++).wire} 1`);
  await pickFirstFlight(a);
  await a.tap(words[lang].continue);
}
/** The birth date the flight asks, given in the private chat; then Continue in the group. */
async function givePrivately(a: Agent) {
  const url = a.lastForMe()!.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string };
  const dm = new Agent(h, a.user, { id: a.user.id, type: "private" });
  let q = await dm.say(`/start ${url.url.split("start=")[1]!}`);
  for (let i = 0; i < 4 && /Tanggal lahir|Date of birth/.test(q?.text ?? ""); i++) q = await dm.say("17-08-1990");
  await a.tap("▶️");
}

describe.each(["en", "id"] as const)("group with privacy mode: answers given with a mention of the bot (%s)", (lang) => {
  const w = words[lang];

  it("the name, e-mail and phone typed with '@Bot' before or after them are read without it", async () => {
    const rina = member(lang);
    await toNameQuestion(rina, lang);
    const name = await rina.say(`${bot()} Mr Budi Santoso`);
    expect(rina.lastForMe()?.text ?? "").not.toContain(w.title);
    if (name?.reply_markup?.inline_keyboard.flat().some((b) => "url" in b)) await givePrivately(rina);
    expect(rina.lastForMe()?.text).toContain(w.email);
    await rina.say(`kantor@example.com ${bot()}`);
    expect(rina.lastForMe()?.text).toContain(w.phone);
    await rina.say(`${bot().toUpperCase()} 081234567890`);
    const summary = rina.lastForMe();
    expect(summary?.text).toContain("Budi Santoso");
    expect(summary?.text).toContain("ka…@example.com · 0812…890");
    expect(summary?.reply_markup?.inline_keyboard.flat().some((b) => b.text.includes(w.book))).toBe(true);
  });

  // The e-mail among the other words is named back (masked in the group) and asked about, never taken with them.
  it("'@Bot 3' at the list brought back by a flight sold out at booking picks the third flight, passengers kept", async () => {
    const rina = member(lang);
    const date = futureDate(nextDay++);
    await rina.say(`${w.search}${bot()} cgk sub ${date.wire} 1`);
    const code = await pickFirstFlight(rina);
    await rina.tap(w.continue);
    const name = await rina.reply("Mr Budi Santoso");
    if (name?.reply_markup?.inline_keyboard.flat().some((b) => "url" in b)) await givePrivately(rina);
    await rina.reply("kantor@example.com");
    await rina.reply("081234567890");
    h.sandbox.controls.setSeats(code, date.iso, 0);
    try {
      await rina.tap(w.book);
      const list = h.emulator.chatMessages(rina.chat.id).filter((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"))).at(-1)!;
      const third = list.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:"))[2]!.text.split(" ")[0]!;
      await rina.say(`${bot()} 3`);
      const quote = rina.lastForMe();
      expect(quote?.text).toMatch(/Sisa kursi|Seats left/);
      expect(quote?.text).toContain(third);
      // The passengers and contact were kept: the card's Continue goes to the summary.
      const next = await rina.tap(w.continue);
      if (next?.reply_markup?.inline_keyboard.flat().some((b) => "url" in b)) await givePrivately(rina);
      expect(rina.lastForMe()?.text).toContain("ka…@example.com · 0812…890");
    } finally {
      h.sandbox.controls.reset();
    }
  });

  it("a mention of someone else stays in the answer", async () => {
    const rina = member(lang);
    await toNameQuestion(rina, lang);
    const name = await rina.reply("Mr Budi Santoso");
    if (name?.reply_markup?.inline_keyboard.flat().some((b) => "url" in b)) await givePrivately(rina);
    expect(rina.lastForMe()?.text).toContain(w.email);
    expect((await rina.reply("@dodi_agen kantor@example.com"))?.text).toContain(w.badEmail);
  });
});
