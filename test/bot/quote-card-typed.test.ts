import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { dayWith, flyingAt } from "../support/sandbox-days.js";
import { pickFirstFlight } from "./journey-steps.js";
import { PER_AIRLINE_ENDPOINTS } from "../../src/sandbox/mmbc/index.js";
import { startTelegramEmulator } from "../support/telegram/index.js";

// What an agent types at the live price card (the re-priced quote with ✅ Lanjut / ◀ Penerbangan lain /
// ✖️ Batal): a new date or party searches again, as the results list does with it; a name or the contact
// typed a step early, and anything else, is answered with what to do.
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterEach(() => h.sandbox.controls.reset());
afterAll(async () => { await h?.close(); });

let nextId = 41_900;
const agentIn = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: lang === "id" ? "Dewi" : "John", language_code: lang }, { id, type: "private" });
};

const QUOTE = /Sisa kursi|Seats left/;

/** The member's list as the bot holds it. */
async function listOf(agent: Agent) {
  const board = (await h.app.deps.searches.board(agent.chat.id, agent.user.id))!;
  return (await h.app.deps.searches.get(board.sid, agent.chat.id))!;
}

async function toCard(agent: Agent, lang: "id" | "en", days: number, party = 2) {
  await agent.say(`${lang === "id" ? "/cari" : "/search"} SUB DPS ${futureDate(days).wire} ${party}`);
  await pickFirstFlight(agent);
  expect(agent.last()?.text).toMatch(QUOTE);
}

/** A day of the month `days` ahead: typed alone ("tgl 9") it is that date, the next one to come. */
const dayAhead = (days: number) => ({ day: Number(futureDate(days).iso.slice(8)), iso: futureDate(days).iso });

describe("a new date or party typed at the card searches again", () => {
  it.each([
    ["id", (d: number) => `eh ganti tgl ${d}`, "tanggalnya diganti ke"],
    ["id", (d: number) => `tgl ${d} aja`, "tanggalnya diganti ke"],
    ["en", (d: number) => `change date to the ${d}${d === 1 || d === 21 || d === 31 ? "st" : d === 2 || d === 22 ? "nd" : d === 3 || d === 23 ? "rd" : "th"}`, "changing the date to"],
  ] as const)("%s: %s leaves the card, says so, and lists that day", async (lang, typed, said) => {
    const agent = agentIn(lang);
    await toCard(agent, lang, 20);
    const target = dayAhead(12);
    const from = agent.h.emulator.chatMessages(agent.chat.id).length;
    const reply = await agent.say(typed(target.day));
    expect(agent.botTexts(from).join("\n")).toContain(said);
    expect((await listOf(agent)).query).toMatchObject({ from: "SUB", to: "DPS", date: target.iso, pax: { adult: 2, child: 0, infant: 0 } });
    // The new list is what the agent picks from: a flight of it opens its own card.
    expect(reply?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"))).toBe(true);
    await pickFirstFlight(agent);
    expect(agent.last()?.text).toMatch(QUOTE);
  });

  it.each([
    ["id", "ganti jadi 3 org", 3, "Oke, jadi <b>3 penumpang</b>", "3 penumpang"],
    ["id", "+ bayi", 2, "Oke, jadi <b>2 dewasa, 1 bayi</b>", "2 dewasa, 1 bayi"],
    ["en", "change to 3 pax", 3, "OK, for <b>3 pax</b>", "3 pax"],
  ] as const)("%s: %j searches the same day again for that party", async (lang, typed, adults, said, header) => {
    const agent = agentIn(lang);
    await toCard(agent, lang, 21);
    const before = (await listOf(agent)).query;
    const from = agent.h.emulator.chatMessages(agent.chat.id).length;
    const reply = await agent.say(typed);
    expect(agent.h.emulator.chatMessages(agent.chat.id).slice(from).some((m) => m.fromBot && m.text?.includes(said.replace(/<\/?b>/g, "")))).toBe(true);
    expect(reply?.text?.split("\n")[0]).toContain(header);
    const after = (await listOf(agent)).query;
    expect(after.date).toBe(before.date);
    expect(after.pax.adult).toBe(adults);
  });

  it("id: the search flow it hands over to goes on as its own (a provider failure, then Coba lagi)", async () => {
    const agent = agentIn("id");
    await toCard(agent, "id", 19);
    const target = dayAhead(9);
    for (const endpoint of ["getflights-json", ...PER_AIRLINE_ENDPOINTS] as const) h.sandbox.controls.setFault(endpoint, { kind: "http500" }, 3);
    await agent.say(`ganti tgl ${target.day}`);
    expect(agent.botTexts().join("\n")).toContain("Provider sedang tidak menjawab");
    await agent.tap("Coba lagi");
    expect(agent.last()?.text).toContain("SUB → DPS");
    expect((await listOf(agent)).query.date).toBe(target.iso);
  });

  it("id: a party no booking can take is said, and the card still goes on", async () => {
    const agent = agentIn("id");
    await toCard(agent, "id", 22);
    expect((await agent.say("tambah 6 dewasa"))?.text).toBe("Maksimal 7 penumpang per booking.");
    expect((await agent.tap("Lanjut"))?.text).toContain("Penumpang 1 dari 2");
  });

  it.each([
    ["id", "eh jadi 3 org ya", "Oke, jadi 3 penumpang"],
    ["en", "make it 3 pax", "OK, for 3 pax"],
    // A lead-in of chat before the party (from a probe: the card's help was the answer).
    ["en", "no wait, 3 pax", "OK, for 3 pax"],
    ["en", "oops, 3 pax", "OK, for 3 pax"],
    ["id", "ralat 3 org", "Oke, jadi 3 penumpang"],
  ] as const)("%s: %j (hurried wording) searches for that party", async (lang, typed, said) => {
    const agent = agentIn(lang);
    await toCard(agent, lang, 21);
    const from = agent.h.emulator.chatMessages(agent.chat.id).length;
    await agent.say(typed);
    expect(agent.botTexts(from).join("\n").replace(/<\/?b>/g, "")).toContain(said);
    expect((await listOf(agent)).query.pax.adult).toBe(3);
  });

  it.each([
    ["id", "tgl {d} bisa?"],
    // "jam" is no question about the card's flight here: the hour goes with the new date.
    ["id", "ganti tgl {d} jam 7"],
  ] as const)("%s: %j (hurried wording) searches that day", async (lang, typed) => {
    const agent = agentIn(lang);
    await toCard(agent, lang, 20);
    // A day SUB → DPS flies in the morning (the hour "jam 7" opens that filter only on a day that has it).
    const { iso } = dayWith(["SUB", "DPS"], flyingAt("morning"), 12, 15);
    const target = { day: Number(iso.slice(8)), iso };
    const from = agent.h.emulator.chatMessages(agent.chat.id).length;
    await agent.say(typed.replace("{d}", String(target.day)));
    expect(agent.botTexts(from).join("\n")).toContain("tanggalnya diganti ke");
    expect((await listOf(agent)).query.date).toBe(target.iso);
    // The hour typed with it: the new list opens with the morning's flights (it was dropped).
    if (typed.includes("jam 7")) expect((await h.app.deps.searches.board(agent.chat.id, agent.user.id))!.view.time).toBe("morning");
  });

  it("en: \"change date to the …th evening\" lists that day's evening flights", async () => {
    const agent = agentIn("en");
    await toCard(agent, "en", 20);
    // A day SUB → DPS flies in the evening, typed as its day of the month: so within the month to come.
    const { iso } = dayWith(["SUB", "DPS"], flyingAt("evening"), 12, 15);
    const target = { day: Number(iso.slice(8)), iso };
    const from = agent.h.emulator.chatMessages(agent.chat.id).length;
    await agent.say(`change date to ${target.day} dec evening`.replace(" dec", ` ${new Date(target.iso).toLocaleString("en", { month: "short", timeZone: "UTC" }).toLowerCase()}`));
    expect(agent.botTexts(from).join("\n")).toContain("changing the date to");
    expect((await listOf(agent)).query.date).toBe(target.iso);
    expect((await h.app.deps.searches.board(agent.chat.id, agent.user.id))!.view.time).toBe("evening");
    expect(agent.botTexts(from).join("\n")).toContain("Only");
  });

  it("id: the card left behind is done: its ✅ Lanjut goes nowhere", async () => {
    const agent = agentIn("id");
    await toCard(agent, "id", 23);
    const card = agent.last()!;
    await agent.say(`tgl ${dayAhead(15).day}`);
    const button = card.reply_markup!.inline_keyboard.flat().find((b) => b.text.includes("Lanjut")) as { callback_data: string };
    const from = agent.h.emulator.chatMessages(agent.chat.id).length;
    await agent.h.app.bot.handleUpdate(agent.h.emulator.clickButton({ chat: agent.chat, from: agent.user, messageId: card.message_id, data: button.callback_data }));
    expect(agent.botTexts(from).join("\n")).not.toContain("Penumpang 1");
  });
});

describe("a date or party typed at the card that is not searched: said, and the card goes on", () => {
  it.each([
    // Over the limit, said as a change: the limit, as "for 8" gets (never the route or "type the number").
    ["en", "change to 8 pax", "At most 7 passengers per booking."],
    ["en", "change it to 8 pax", "At most 7 passengers per booking."],
    ["id", "ganti ke 8 org", "Maksimal 7 penumpang per booking."],
    ["id", "jadi 8 org", "Maksimal 7 penumpang per booking."],
    ["id", "ganti jadi 8 org", "Maksimal 7 penumpang per booking."],
    // Nobody: never nobody added to the party searched for ("OK, for 2 pax, searching again").
    ["en", "change to 0 pax", "At least one adult must travel."],
    ["id", "ganti ke 0 org", "Minimal harus ada satu penumpang dewasa."],
    // The party the card is for: searching it again would only drop the live price.
    ["id", "2 org", "Harga ini sudah untuk 2 penumpang."],
    ["en", "for 2", "This price is already for 2 pax."],
    // A day gone by: the search's own answer.
    ["en", "change date to yesterday", "That date has already passed."],
    ["id", "ganti tgl kemarin", "Tanggal itu sudah lewat."],
    ["id", "kemarin", "Tanggal itu sudah lewat."],
  ] as const)("%s: %j", async (lang, typed, said) => {
    const agent = agentIn(lang);
    await toCard(agent, lang, 22);
    const before = (await listOf(agent)).query;
    const from = agent.h.emulator.chatMessages(agent.chat.id).length;
    const reply = await agent.say(typed);
    expect(reply?.text?.replace(/<\/?b>/g, "")).toContain(said);
    expect(agent.botTexts(from).join("\n")).not.toMatch(/rute|route|Saya cari lagi|Searching again|SUB → DPS/);
    expect((await listOf(agent)).query).toEqual(before);
    expect((await agent.tap(lang === "id" ? "Lanjut" : "Continue"))?.text).toContain(lang === "id" ? "Penumpang 1 dari 2" : "Passenger 1 of 2");
  });
});

describe("a name or the contact typed at the card", () => {
  it.each([
    ["id", "Tn Budi Santoso", "Nama penumpang ditanyakan setelah ini: tekan ✅ Lanjut dulu"],
    ["id", "1. Tn Budi Santoso\n2. Ny Siti Aminah", "Nama penumpang ditanyakan setelah ini"],
    ["en", "Mr Budi Santoso", "The passenger names are asked next: tap ✅ Continue first"],
    ["id", "081234567890", "Kontak pemesan ditanyakan setelah nama penumpang"],
    ["en", "agent@example.com", "The contact is asked after the passenger names"],
  ] as const)("%s: %j is told to tap Continue first, and the card still goes on", async (lang, typed, hint) => {
    const agent = agentIn(lang);
    await toCard(agent, lang, 24);
    expect((await agent.say(typed))?.text).toContain(hint);
    expect((await agent.tap(lang === "id" ? "Lanjut" : "Continue"))?.text).toContain(lang === "id" ? "Penumpang 1 dari 2" : "Passenger 1 of 2");
  });

  it.each([
    ["id", "Kontak pemesan ditanyakan setelah nama penumpang"],
    ["en", "The contact is asked after the passenger names"],
  ] as const)("%s: a shared contact card is answered the same", async (lang, hint) => {
    const agent = agentIn(lang);
    await toCard(agent, lang, 25);
    const update = agent.h.emulator.sendMedia({ chat: agent.chat, from: agent.user, kind: "contact" });
    await agent.h.app.bot.handleUpdate(update!);
    expect(agent.last()?.text).toContain(hint);
  });
});

describe("anything else typed at the card", () => {
  it.each([
    ["id", "mungkin", ["✅ Lanjut", "◀ Penerbangan lain", "✖️ Batal", "tgl 26", "jadi 3 org"]],
    ["en", "hmm", ["✅ Continue", "◀ Other flights", "✖️ Cancel", "26 dec", "for 3"]],
  ] as const)("%s: %j names the buttons and how to change the date or party", async (lang, typed, parts) => {
    const agent = agentIn(lang);
    await toCard(agent, lang, 26);
    const hint = (await agent.say(typed))?.text ?? "";
    for (const part of parts) expect(hint).toContain(part);
  });

  it.each([
    ["id", "ganti tanggal", "Ketik tanggal barunya"],
    ["id", "ganti rute", "mulai lagi dengan /cari"],
    ["en", "change the date", "Type the new date"],
  ] as const)("%s: %j (a change with nothing to change to) says how", async (lang, typed, hint) => {
    const agent = agentIn(lang);
    await toCard(agent, lang, 27);
    expect((await agent.say(typed))?.text).toContain(hint);
  });

  it("id: 'ok gas' still goes on, 'yg lain aja' still goes back to the list", async () => {
    const agent = agentIn("id");
    await toCard(agent, "id", 28);
    expect((await agent.say("ok gas"))?.text).toContain("Penumpang 1 dari 2");
    const other = agentIn("id");
    await toCard(other, "id", 28);
    expect((await other.say("yg lain aja"))?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"))).toBe(true);
  });
});

describe("in a group", () => {
  it("id: her reply to the card with a new date searches again, the list replying to her", async () => {
    const chat = { id: -1_004_190_000 - nextId, type: "supergroup" as const, title: "Agen Makmur" };
    const rina = new Agent(h, { id: nextId++, first_name: "Rina", language_code: "id" }, chat);
    await rina.say(`/cari SUB DPS ${futureDate(29).wire} 2`);
    await pickFirstFlight(rina);
    expect(rina.lastForMe()?.text).toMatch(QUOTE);
    const target = dayAhead(11);
    await rina.reply(`tgl ${target.day} aja`);
    expect(rina.lastForMe()?.text).toContain("SUB → DPS");
    expect((await listOf(rina)).query.date).toBe(target.iso);
  });

  it.each([
    ["en", "change date to {d}", "changing the date to"],
    ["id", "jadi 3 org", "Oke, jadi 3 penumpang"],
  ] as const)("privacy mode off, %s: '@bot %s' (a mention, no reply) is read as a reply to the card is", async (lang, typed, said) => {
    const open = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) });
    try {
      const chat = { id: -1_004_190_700 - nextId, type: "supergroup" as const, title: "Agen Makmur" };
      const member = new Agent(open, { id: nextId++, first_name: "Rina", language_code: lang }, chat);
      await member.say(`${lang === "id" ? "/cari" : "/search"} SUB DPS ${futureDate(30).wire} 2`);
      await pickFirstFlight(member);
      expect(member.lastForMe()?.text).toMatch(QUOTE);
      const target = dayAhead(11);
      const from = open.emulator.chatMessages(chat.id).length;
      await member.say(`@${open.emulator.botInfo.username} ${typed.replace("{d}", String(target.day))}`);
      expect(member.botTexts(from).join("\n").replace(/<\/?b>/g, "")).toContain(said);
      const board = (await open.app.deps.searches.board(chat.id, member.user.id))!;
      const query = (await open.app.deps.searches.get(board.sid, chat.id))!.query;
      expect(lang === "en" ? query.date : query.pax.adult).toBe(lang === "en" ? target.iso : 3);
    } finally {
      await open.close();
    }
  });

  it("privacy mode off: a colleague's chatter at her card (no reply, no mention) starts no search and gets no hint", async () => {
    const open = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) });
    try {
      const chat = { id: -1_004_190_500 - nextId, type: "supergroup" as const, title: "Agen Makmur" };
      const rina = new Agent(open, { id: nextId++, first_name: "Rina", language_code: "id" }, chat);
      await rina.say(`/cari SUB DPS ${futureDate(30).wire} 2`);
      await pickFirstFlight(rina);
      const bots = () => open.emulator.chatMessages(chat.id).filter((m) => m.fromBot).length;
      const before = bots();
      await rina.say(`tgl ${dayAhead(11).day} aja kak`);
      await rina.say("Tn Budi Santoso ya");
      expect(bots()).toBe(before);
      expect((await rina.tap("Lanjut"))?.text).toContain("Penumpang 1 dari 2");
    } finally {
      await open.close();
    }
  });
});
