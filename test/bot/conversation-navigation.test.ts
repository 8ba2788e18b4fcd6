import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import type { StoredMessage } from "../support/telegram/index.js";
import { ProviderError } from "../../src/domain/errors.js";
import { fillPassengers, pickFirstFlight, toSummary } from "./journey-steps.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

type Lang = "id" | "en";

/** What each step asks (or shows), per language: the state a navigation step must land in. */
const SAYS = {
  id: {
    origin: "Berangkat dari mana", destination: "ke mana", date: "Tanggal berangkat", pax: "Berapa penumpang",
    quote: "Sisa kursi", passenger: "Penumpang 1", email: "E-mail kontak", phone: "Nomor HP", summary: "Periksa sebelum booking",
    cancelled: "Dibatalkan", continue: "Lanjut", otherFlight: "Penerbangan lain", change: "Ubah", book: "✅ Booking",
    back: "kembali", cancel: "batal", editWhich: "Apa yang mau diubah", contact: "Kontak",
  },
  en: {
    origin: "Where from", destination: "to where", date: "Departure date", pax: "How many passengers",
    quote: "Seats left", passenger: "Passenger 1", email: "Contact e-mail", phone: "Contact mobile", summary: "Check before booking",
    cancelled: "Cancelled", continue: "Continue", otherFlight: "Other flight", change: "Change", book: "✅ Book",
    back: "back", cancel: "cancel", editWhich: "What do you want to change", contact: "Contact",
  },
} as const;

let nextId = 15_000;
const agentFor = (lang: Lang) => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
const search = (lang: Lang) => (lang === "id" ? "/cari" : "/search");
const isResults = (m?: StoredMessage) => !!m?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"));
const convSize = async (userId: number) => {
  let bytes = 0;
  for (const key of await h.app.redis.keys(`${h.app.keys.conversationPrefix}*${userId}*`)) bytes += await h.app.redis.strlen(key);
  return bytes;
};

/** Drives a fresh agent to a step of the flow (private chat). */
async function at(step: "origin" | "destination" | "date" | "pax" | "results" | "quote" | "passenger" | "email" | "summary", lang: Lang, days = 20): Promise<Agent> {
  const agent = agentFor(lang);
  const s = SAYS[lang];
  const first = { origin: "", destination: " CGK", date: " CGK SUB" } as Record<string, string>;
  if (step in first) {
    await agent.say(`${search(lang)}${first[step]}`);
    return agent;
  }
  if (step === "pax") {
    await agent.say(`${search(lang)} CGK SUB`);
    await agent.say(futureDate(days).wire);
    return agent;
  }
  await agent.say(`${search(lang)} CGK SUB ${futureDate(days).wire} 1`);
  if (step === "results") return agent;
  await pickFirstFlight(agent);
  if (step === "quote") return agent;
  await agent.tap(s.continue);
  if (step === "passenger") return agent;
  // The cheapest flight of the day may be an airline that wants birth dates (Citilink, AirAsia): answered too.
  if (/Tanggal lahir|Date of birth/.test((await agent.say("Mr Budi Santoso"))?.text ?? "")) await agent.say("17-08-1990");
  if (step === "email") return agent;
  await agent.say("agen@example.com");
  await agent.say("081234567890");
  return agent;
}

describe.each(["id", "en"] as const)("navigation (%s)", (lang) => {
  const s = SAYS[lang];

  it.each([
    ["/status", { id: "Ketik kode booking", en: "Type the booking code" }],
    ["/help", { id: "/cari", en: "/search" }],
    [lang === "id" ? "/pesanan" : "/bookings", { id: "Belum ada pesanan", en: "No bookings" }],
    [lang === "id" ? "/saldo" : "/balance", { id: "Saldo deposit", en: "deposit" }],
    ["/language", { id: "Pilih bahasa", en: "Choose a language" }],
  ] as const)("%s answers at the date step without breaking the flow", async (command, reply) => {
    const agent = await at("date", lang);
    const n = h.emulator.chatMessages(agent.chat.id).length;
    await agent.say(command);
    // /help is followed by the open question, asked again (the help pushed it up).
    expect(agent.botTexts(n).join("\n")).toContain(reply[lang]);
    expect((await agent.say(futureDate(21).wire))?.text).toContain(s.pax);
  });

  it.each([
    ["destination", "origin"], ["date", "destination"], ["pax", "date"], ["results", "pax"],
    ["quote", "results"], ["passenger", "quote"], ["email", "passenger"], ["summary", "email"],
  ] as const)("typing back at %s goes to %s", async (step, previous) => {
    const agent = await at(step, lang);
    const reached = await agent.say(s.back);
    if (previous === "results") expect(isResults(reached)).toBe(true);
    // Back from the e-mail: the passenger's last question (their birth date, when the airline asked it).
    else if (step === "email" && /Tanggal lahir|Date of birth/.test(reached?.text ?? "")) expect(reached?.text).toContain("Budi Santoso");
    else expect(reached?.text).toContain(s[previous]);
    // …and the flow goes on from there.
    if (previous === "pax") expect(isResults(await agent.say("1"))).toBe(true);
    if (previous === "origin") expect((await agent.say("CGK"))?.text).toContain(s.destination);
    expect(h.emulator.errors).toEqual([]);
  });

  it("back after names pasted together goes to the question asked before, and keeps the pasted names", async () => {
    const agent = agentFor(lang);
    await agent.say(`${search(lang)} CGK SUB ${futureDate(25).wire} 1 0 1`);
    await pickFirstFlight(agent);
    await agent.tap(s.continue);
    const dob = /Tanggal lahir|Date of birth/;
    let q = await agent.say("Mr Budi Santoso\nMiss Putri Ayu");
    const budiAsked = dob.test(q?.text ?? "") && (q?.text ?? "").includes("Budi");
    if (budiAsked) q = await agent.say("17-08-1990");
    expect(q?.text).toMatch(dob);
    expect(q?.text).toContain("Putri Ayu");
    q = await agent.say(s.back);
    if (budiAsked) {
      expect(q?.text).toMatch(dob);
      expect(q?.text).toContain("Budi Santoso");
      q = await agent.say("17-08-1991");
    } else {
      expect(q?.text).toMatch(/1 (dari|of) 2/);
      q = await agent.say("Mr Budi Santoso");
    }
    // Putri's pasted name was kept: her birth date comes next, not her name.
    expect(q?.text).toMatch(dob);
    expect(q?.text).toContain("Putri Ayu");
  });

  it("back at a title question (Dr., An.) asks that passenger's name again; names before it stay", async () => {
    const agent = agentFor(lang);
    await agent.say(`${search(lang)} CGK SUB ${futureDate(25).wire} 1 1 0`);
    await pickFirstFlight(agent);
    await agent.tap(s.continue);
    const gender = await agent.say("Mr Budi Santoso\nAn. Dimas Putra");
    expect(gender?.text).toContain("Dimas Putra");
    expect((await agent.say(s.back))?.text).toMatch(/2 (dari|of) 2/);
    const doctor = agentFor(lang);
    await doctor.say(`${search(lang)} CGK SUB ${futureDate(25).wire} 1`);
    await pickFirstFlight(doctor);
    await doctor.tap(s.continue);
    expect((await doctor.say("Dr. Rina Wijaya"))?.text).toContain("Rina Wijaya");
    expect((await doctor.say(s.back))?.text).toMatch(/1 (dari|of) 1/);
  });

  it("a booking MMBC never received brings the summary back: ✅ Book again books it, everyone kept", async () => {
    const agent = agentFor(lang);
    await toSummary(agent, `${search(lang)} CGK SUB ${futureDate(24).wire} 2`, ["Mr Budi Santoso", "Mrs Siti Aminah"]);
    const calls = () => h.sandbox.controls.callCount("postbooking-json");
    const before = calls();
    // A refused connection: the call never reached MMBC, so nothing was booked for certain. (An answer such as
    // "failed to receive data" proves nothing: booking-unclear-airline-error.test.ts.)
    const mmbc = h.app.built.byId.mmbc!;
    const book = mmbc.book.bind(mmbc);
    mmbc.book = async () => {
      mmbc.book = book;
      throw new ProviderError("unavailable", "provider unreachable", { endpoint: "postbooking-json" });
    };
    const from = h.emulator.chatMessages(agent.chat.id).length;
    await agent.tap(s.book);
    expect(agent.botTexts(from).join("\n")).toContain(lang === "id" ? "Belum ada yang dibooking" : "Nothing was booked");
    expect(agent.last()?.text).toContain(s.summary);
    await agent.tap(s.book);
    expect(calls()).toBe(before + 1);
    const code = /(?:Kode|Code): ([A-Z0-9]{6})/.exec(agent.last()?.text ?? "")?.[1];
    expect(h.sandbox.controls.getBooking(code!)?.passengers.map((p) => p.fullName)).toEqual(["Budi Santoso", "Siti Aminah"]);
  });

  it("back inside the passengers and the contact goes one question back and keeps the rest", async () => {
    const agent = agentFor(lang);
    await agent.say(`${search(lang)} CGK SUB ${futureDate(23).wire} 2 0 1`);
    await pickFirstFlight(agent);
    await agent.tap(s.continue);
    const dob = /Tanggal lahir|Date of birth/;
    const answerBirthDate = async (m: StoredMessage | undefined, date: string) => (dob.test(m?.text ?? "") ? agent.say(date) : m);
    // Dates that read one way only: in English "01-02-1992" asks 1 Feb or 2 Jan (passenger-dates-english.test.ts).
    await answerBirthDate(await agent.say("Mr Budi Santoso"), "17-08-1990");
    await answerBirthDate(await agent.say("Mrs Siti Aminah"), "13-02-1992");
    // Back at the third name: the second passenger's last question (her birth date, when the airline
    // asks it), then her name; the first passenger kept.
    let reached = await agent.say(s.back);
    if (dob.test(reached?.text ?? "")) {
      expect(reached?.text).toContain("Siti Aminah");
      reached = await agent.say(s.back);
    }
    expect(reached?.text).toMatch(/2 (dari|of) 3/);
    await answerBirthDate(await agent.say("Mrs Siti Rahma"), "13-02-1992");
    // The infant's birth date is always asked; back from it: the infant's name again.
    expect((await agent.say("Miss Putri Ayu"))?.text).toMatch(dob);
    expect((await agent.say(s.back))?.text).toMatch(/3 (dari|of) 3/);
    expect((await agent.say("Miss Putri Ayu"))?.text).toMatch(dob);
    expect((await agent.say(futureDate(-200).iso))?.text).toContain(s.email);
    await agent.say("agen@example.com");
    // Back at the phone: the e-mail again (not the passengers).
    expect((await agent.say(s.back))?.text).toContain(s.email);
    await agent.say("kantor@example.com");
    const summary = await agent.say("081234567890");
    expect(summary?.text).toContain(s.summary);
    for (const name of ["Budi Santoso", "Siti Rahma", "Putri Ayu", "kantor@example.com"]) expect(summary?.text).toContain(name);
    expect(summary?.text).not.toContain("Siti Aminah");
    // Back at the summary: the contact; back again: the last passenger's last question (the infant's
    // birth date), the others kept; back again: the infant's name.
    await agent.say(s.back);
    expect((await agent.say(s.back))?.text).toMatch(/Putri Ayu/);
    expect((await agent.say(s.back))?.text).toMatch(/3 (dari|of) 3/);
    expect(h.emulator.errors).toEqual([]);
  });

  it("\"◀ other flight\" on the quote re-sends the list, and a flight from it is priced", async () => {
    const agent = await at("quote", lang);
    const before = h.emulator.chatMessages(agent.chat.id).length;
    const list = await agent.tap(s.otherFlight);
    expect(isResults(list)).toBe(true);
    expect(list!.message_id).toBeGreaterThan(before);
    await pickFirstFlight(agent);
    expect(agent.last()?.text).toContain(s.quote);
  });

  it.each([["batal"], ["cancel"], ["stop"], ["/batal"], ["/cancel"]] as const)("%s ends the flow at every step", async (word) => {
    for (const step of ["origin", "date", "pax", "results", "quote", "passenger", "summary"] as const) {
      const agent = await at(step, lang);
      expect((await agent.say(word))?.text, `${word} at ${step}`).toContain(s.cancelled);
      expect(await convSize(agent.user.id)).toBe(0);
      // The next message is not read as an answer to the old flow.
      expect(isResults(await agent.say("1"))).toBe(false);
    }
  });

  it("results: the next and previous day re-search, and a typed date searches that day", async () => {
    const agent = await at("results", lang, 30);
    const results = agent.last()!;
    const next = results.reply_markup!.inline_keyboard.flat().find((b) => b.text.endsWith("▶") && "callback_data" in b && b.callback_data.endsWith(":d:1"))!;
    const shown = await agent.tap(next.text);
    expect(isResults(shown)).toBe(true);
    expect(shown!.message_id).not.toBe(results.message_id);
    expect(shown!.text).toContain(next.text.replace(" ▶", ""));
    const prev = shown!.reply_markup!.inline_keyboard.flat().find((b) => b.text.startsWith("◀ ") && "callback_data" in b && b.callback_data.endsWith(":d:-1"))!;
    expect(isResults(await agent.tap(prev.text))).toBe(true);
    expect(agent.last()?.text).toBe(results.text);
    // A voice note at the results gets the same hint as at any step.
    await h.app.bot.handleUpdate(h.emulator.sendMedia({ chat: agent.chat, from: agent.user, kind: "voice" })!);
    expect(agent.last()?.text).toMatch(lang === "id" ? /Pesan suara/ : /voice messages/);
    // A date typed at the results is a new search, not a flight code.
    const typed = await agent.say(futureDate(33).wire);
    expect(isResults(typed)).toBe(true);
    expect(typed!.text).not.toBe(results.text);
    expect(agent.botTexts().join("\n")).not.toMatch(/Ketik kode penerbangan dari daftar|Type a flight code from the list/);
    expect(h.emulator.errors).toEqual([]);
  });

  it("results: a number counts the buttons on this page; one past them is said so, never searched as a day", async () => {
    const agent = await at("results", lang, 31);
    const results = agent.last()!;
    const flights = results.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:"));
    const past = await agent.say(String(flights.length + 3));
    expect(past?.text).toContain(lang === "id" ? `nomor ${flights.length + 3}` : `number ${flights.length + 3}`);
    expect(isResults(past)).toBe(false);
    // The second button, typed as "2": its quote.
    const quote = await agent.say("2");
    expect(quote?.text).toContain(flights[1]!.text.split(" ")[0]!);
    expect(quote?.text).toContain(s.quote);
  });

  it("summary: ✏️ offers each passenger by name and the contact, and asks only that one again", async () => {
    const agent = agentFor(lang);
    await agent.say(`${search(lang)} CGK SUB ${futureDate(22).wire} 2`);
    await pickFirstFlight(agent);
    await agent.tap(s.continue);
    await fillPassengers(agent, ["Mr Budi Santoso", "Mrs Siti Aminah"]);
    expect(agent.last()?.text).toContain(s.summary);
    const which = await agent.tap(s.change);
    expect(which?.text).toContain(s.editWhich);
    const labels = which!.reply_markup!.inline_keyboard.flat().map((b) => b.text);
    expect(labels).toEqual(expect.arrayContaining(["✏️ Mr Budi Santoso", "✏️ Mrs Siti Aminah", `📇 ${s.contact}`]));
    const again = await agent.tap("Mrs Siti Aminah");
    // The second passenger of two is asked again, numbered as such (not "1 of 1").
    expect(again?.text).toMatch(lang === "id" ? /Penumpang 2 dari 2/ : /Passenger 2 of 2/);
    let summary = await agent.say("Mrs Siti Rahayu");
    // An airline that wants birth dates asks hers again too (the cheapest flight of the day decides).
    if (/Tanggal lahir|Date of birth/.test(summary?.text ?? "")) summary = await agent.say("17-08-1990");
    expect(summary?.text).toContain(s.summary);
    expect(summary?.text).toContain("Mr Budi Santoso");
    expect(summary?.text).toContain("Mrs Siti Rahayu");
    expect(summary?.text).not.toContain("Aminah");
    await agent.tap(s.change);
    await agent.tap(s.contact);
    // The contact of this chat is offered again, or asked afresh.
    const asked = agent.last()?.text ?? "";
    expect(asked).toMatch(lang === "id" ? /kontak terakhir|E-mail kontak/ : /last contact|Contact e-mail/);
  });

  it("sold out at booking: back to the list with the passengers and contact kept", async () => {
    const agent = agentFor(lang);
    const date = futureDate(23);
    await agent.say(`${search(lang)} CGK SUB ${date.wire} 1`);
    const code = await pickFirstFlight(agent);
    await agent.tap(s.continue);
    await fillPassengers(agent, ["Mr Budi Santoso"]);
    h.sandbox.controls.setSeats(code, date.iso, 0);
    try {
      const list = await agent.tap(s.book);
      expect(isResults(list)).toBe(true);
      expect(agent.botTexts().join("\n")).toMatch(lang === "id" ? /tetap tersimpan/ : /are kept/);
      // Another flight: priced, then straight to the summary with the same passenger and contact.
      const second = list!.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:"))[1] as { callback_data: string };
      await agent.tap({ data: second.callback_data });
      expect(agent.last()?.text).toContain(s.quote);
      const summary = await agent.tap(s.continue);
      expect(summary?.text).toContain(s.summary);
      expect(summary?.text).toContain("Mr Budi Santoso");
      expect(summary?.text).toContain("agen@example.com");
    } finally {
      h.sandbox.controls.reset();
    }
  });

  it("price moved at booking: another flight brings the list back with the passengers and contact kept", async () => {
    const agent = agentFor(lang);
    await agent.say(`${search(lang)} CGK SUB ${futureDate(24).wire} 1`);
    await pickFirstFlight(agent);
    await agent.tap(s.continue);
    await fillPassengers(agent, ["Mr Budi Santoso"]);
    h.sandbox.controls.setPriceChange("*", 30_000);
    try {
      const moved = await agent.tap(s.book);
      expect(moved?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toContain(lang === "id" ? "◀ Penerbangan lain" : "◀ Other flights");
      const list = await agent.tap(s.otherFlight);
      expect(isResults(list)).toBe(true);
      await pickFirstFlight(agent);
      const summary = await agent.tap(s.continue);
      expect(summary?.text).toContain(s.summary);
      expect(summary?.text).toContain("Mr Budi Santoso");
    } finally {
      h.sandbox.controls.reset();
    }
  });

  it("media and edits get a one-line hint; a contact card answers the phone question", async () => {
    const agent = await at("date", lang);
    const send = async (kind: "voice" | "photo" | "sticker" | "document" | "location" | "contact", caption?: string) => {
      const update = h.emulator.sendMedia({ chat: agent.chat, from: agent.user, kind, caption });
      await h.app.bot.handleUpdate(update!);
      return agent.last();
    };
    expect((await send("voice"))?.text).toMatch(lang === "id" ? /Pesan suara.*Ketik jawaban/s : /voice messages.*Type the answer/s);
    expect((await send("sticker"))?.text).toMatch(lang === "id" ? /Stiker/ : /stickers/);
    expect((await send("document"))?.text).toMatch(lang === "id" ? /Berkas/ : /file/);
    expect((await send("location"))?.text).toMatch(lang === "id" ? /Lokasi/ : /location/);
    const typed = h.emulator.chatMessages(agent.chat.id).filter((m) => !m.fromBot).at(-1)!;
    await h.app.bot.handleUpdate(h.emulator.editText({ chat: agent.chat, from: agent.user, messageId: typed.message_id, text: `${search(lang)} CGK SUB` })!);
    expect(agent.last()?.text).toMatch(lang === "id" ? /diedit.*kembali/s : /Edits.*back/s);
    // Still at the date step.
    expect((await agent.say(futureDate(24).wire))?.text).toContain(s.pax);
    await agent.say("1");
    await pickFirstFlight(agent);
    await agent.tap(s.continue);
    // A KTP photo with a caption at the name step: the photo is not read, its caption is taken as the
    // typed answer (here a name without its title, so the title is asked for).
    const before = h.emulator.chatMessages(agent.chat.id).length;
    expect((await send("photo", "Budi Santoso"))?.text).toMatch(lang === "id" ? /titel/ : /title/);
    expect(agent.botTexts(before)[0]).toMatch(lang === "id" ? /foto KTP.*Budi Santoso/s : /ID card photos.*Budi Santoso/s);
    if (/Tanggal lahir|Date of birth/.test((await agent.say("Mr Budi Santoso"))?.text ?? "")) await agent.say("17-08-1990");
    await agent.say("agen@example.com");
    expect(agent.last()?.text).toContain(s.phone);
    expect((await send("contact"))?.text).toContain(s.summary);
    expect(agent.last()?.text).toMatch(/0812-?3456-?7890|6281234567890/);
    expect(h.emulator.errors).toEqual([]);
  });

  it("buttons of other features pass through the conversation untouched", async () => {
    const agent = await at("date", lang);
    const prompt = agent.last()!;
    const before = await convSize(agent.user.id);
    for (const data of ["cust:abc", "cal:-3", "zz:unknown"]) {
      await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: agent.chat, from: agent.user, messageId: prompt.message_id, data }));
      // Not taken by the conversation (its replay log is unchanged); the bot's last handler answered it.
      expect(await convSize(agent.user.id)).toBe(before);
      const answer = h.emulator.calls.filter((c) => c.method === "answerCallbackQuery").at(-1)!;
      expect(answer.payload.text).toBeDefined();
    }
    expect((await agent.say(futureDate(21).wire))?.text).toContain(s.pax);
  });
});

describe("departed flights", () => {
  it("today's list never offers a flight leaving within the hour, and a quote of one that left meanwhile is refused", async () => {
    let shift = 0;
    const clocked = await startHarness({ sandbox: h.sandbox, now: () => new Date(Date.now() + shift) });
    try {
      const agent = new Agent(clocked, { id: 15_900, first_name: "Agen", language_code: "id" }, { id: 15_900, type: "private" });
      await agent.say("/cari CGK SUB hari ini 1");
      const last = agent.last()!;
      const cutoff = Date.now() + 60 * 60_000;
      if (isResults(last)) {
        const jakartaClock = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(11, 16);
        const times = last.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:")).map((b) => /\d\d:\d\d/.exec(b.text)![0]);
        for (const t of times) expect(t >= jakartaClock(cutoff) || jakartaClock(cutoff) < "01:00").toBe(true);
        // The clock moves past every flight of the day: picking one now is refused, back to the list.
        shift = 26 * 3_600_000;
        await pickFirstFlight(agent);
        expect(agent.botTexts().join("\n")).toContain("sudah berangkat");
        expect(isResults(agent.last())).toBe(true);
        // A flight that leaves while the passengers are typed is refused at booking too.
        shift = 0;
        const late = new Agent(clocked, { id: 15_901, first_name: "Agen", language_code: "id" }, { id: 15_901, type: "private" });
        await late.say("/cari CGK SUB hari ini 1");
        await pickFirstFlight(late);
        await late.tap("Lanjut");
        await fillPassengers(late, ["Mr Budi Santoso"]);
        shift = 26 * 3_600_000;
        const from = clocked.emulator.chatMessages(late.chat.id).length;
        await late.tap("✅ Booking");
        expect(late.botTexts(from).join("\n")).toContain("sudah berangkat");
        expect(late.botTexts(from).join("\n")).not.toMatch(/Kode: [A-Z0-9]{6}/);
      } else {
        // Late in the evening: the day has nothing left to sell, said before the date is asked again.
        expect(agent.botTexts().join("\n")).toMatch(/sudah berangkat|Tidak ada penerbangan/);
      }
      expect(clocked.emulator.errors).toEqual([]);
    } finally {
      await clocked.close();
    }
  });
});

describe("groups in privacy mode", () => {
  const group = { id: -100_15_001, type: "group" as const, title: "Agen Navigasi" };

  it("a question with buttons is followed by a reply prompt; typed answers as replies reach the bot", async () => {
    const ani = new Agent(h, { id: 15_950, first_name: "Ani", language_code: "id" }, group);
    await ani.say(`/cari@${h.emulator.botInfo.username} CGK SUB`);
    const prompts = h.emulator.chatMessages(group.id).filter((m) => m.fromBot).slice(-2);
    expect(prompts[0]!.text).toContain("Tanggal berangkat");
    expect(prompts[1]!.text).toContain("balas pesan ini");
    // A plain message never reaches a privacy-mode bot…
    expect(h.emulator.sendText({ chat: group, from: ani.user, text: "besok" })).toBeNull();
    // …a reply does: the party question follows (with its own reply prompt).
    await ani.reply(futureDate(25).wire);
    const pax = h.emulator.chatMessages(group.id).filter((m) => m.fromBot).slice(-2);
    expect(pax[0]!.text).toContain("Berapa penumpang");
    expect(pax[1]!.text).toContain("balas pesan ini");
    const results = await ani.reply("1");
    expect(isResults(results)).toBe(true);
    expect(results!.text).toContain("balas pesan ini");
    // A date typed as a reply to the results searches that day.
    await ani.say(futureDate(26).wire, results!.message_id);
    const again = ani.lastForMe();
    expect(isResults(again)).toBe(true);
    expect(again!.message_id).not.toBe(results!.message_id);
    expect(h.emulator.errors).toEqual([]);
  });
});

describe("conversation state size (issue 13)", () => {
  it("nothing is kept at the results; the booking conversation stays small up to the summary", async () => {
    const agent = agentFor("id");
    await agent.say("/cari");
    await agent.say("CGK");
    await agent.say("SUB");
    await agent.tap("Besok");
    const atPax = await convSize(agent.user.id);
    await agent.tap("1");
    expect(isResults(agent.last())).toBe(true);
    const atResults = await convSize(agent.user.id);
    await pickFirstFlight(agent);
    const atQuote = await convSize(agent.user.id);
    await agent.tap("Lanjut");
    await fillPassengers(agent, ["Mr Budi Santoso"]);
    expect(agent.last()?.text).toContain("Periksa sebelum booking");
    const atSummary = await convSize(agent.user.id);
    const [key] = await h.app.redis.keys(`${h.app.keys.conversationPrefix}*${agent.user.id}*`);
    const gzipped = gzipSync(Buffer.from((await h.app.redis.get(key!))!)).length;
    console.log(`conversation state per paused member (bytes): pax ${atPax}, results ${atResults}, quote ${atQuote}, summary ${atSummary} (gzip: ${gzipped})`);
    // Before (one conversation, full updates in the log): pax 5,077 B, results 6,584 B, quote 9,698 B, summary 12,610 B.
    // After: about pax 2,100, results 0, quote 1,300, summary 2,900 (gzip ~0.8 KB).
    expect({ atPax, atResults, atQuote, atSummary }).toEqual({ atPax: expect.any(Number), atResults: 0, atQuote: expect.any(Number), atSummary: expect.any(Number) });
    expect(atPax).toBeLessThan(2_400);
    expect(atQuote).toBeLessThan(1_500);
    expect(atSummary).toBeLessThan(3_200);
  });
});

describe("the whole suite", () => {
  it("made no call the Bot API would refuse", () => {
    expect(h.emulator.errors.map((e) => [e.method, JSON.stringify(e.response)])).toEqual([]);
  });
});

describe("back past the passengers keeps them for when the agent comes forward again", () => {
  /** Says "kembali"/"back" until the message asking `until` is the newest. */
  async function backUntil(agent: Agent, lang: Lang, until: (m?: StoredMessage) => boolean) {
    for (let n = 0; n < 12 && !until(agent.last()); n++) await agent.say(SAYS[lang].back);
    expect(until(agent.last())).toBe(true);
  }

  it.each(["id", "en"] as const)("%s: both passengers given, back to the results, the same flight again: straight on to the contact", async (lang) => {
    const s = SAYS[lang];
    const agent = agentFor(lang);
    await agent.say(`${search(lang)} CGK SUB ${futureDate(23).wire} 2`);
    await pickFirstFlight(agent);
    await agent.tap(s.continue);
    for (const name of ["Mr Budi Santoso", "Mrs Siti Aminah"]) {
      const msg = await agent.say(name);
      if (/Tanggal lahir|Date of birth/.test(msg?.text ?? "")) await agent.say("17-08-1990");
    }
    expect(agent.last()?.text).toContain(s.email);
    await backUntil(agent, lang, isResults);
    await agent.say("1");
    await agent.tap(s.continue);
    expect(agent.last()?.text).toContain(s.email);
    await agent.say("agen@example.com");
    await agent.say("081234567890");
    const summary = agent.last()?.text ?? "";
    expect(summary).toContain(s.summary);
    expect(summary).toContain("Budi Santoso");
    expect(summary).toContain("Siti Aminah");
  });

  it("id: one of two given, back to the flight, Lanjut: passenger 2 is asked, passenger 1 kept", async () => {
    const s = SAYS.id;
    const agent = agentFor("id");
    await agent.say(`/cari CGK SUB ${futureDate(24).wire} 2`);
    await pickFirstFlight(agent);
    await agent.tap(s.continue);
    const msg = await agent.say("Tn Budi Santoso");
    if (/Tanggal lahir/.test(msg?.text ?? "")) await agent.say("17-08-1990");
    expect(agent.last()?.text).toContain("Penumpang 2 dari 2");
    await backUntil(agent, "id", (m) => !!m?.text?.includes(s.quote));
    await agent.tap(s.continue);
    expect(agent.last()?.text).toContain("Penumpang 2 dari 2");
    const second = await agent.say("Ny Siti Aminah");
    if (/Tanggal lahir/.test(second?.text ?? "")) await agent.say("01-01-1992");
    await agent.say("agen@example.com");
    await agent.say("081234567890");
    expect(agent.last()?.text).toContain("Budi Santoso");
    expect(agent.last()?.text).toContain("Siti Aminah");
  });
});

describe("a passenger kept from one flight serves another, asked only what it asks that they lack", () => {
  it("id: kept from a flight without birth dates, the next flight (Citilink) asks passenger 1's birth date only, then passenger 2", async () => {
    const buttons = (m?: StoredMessage) => (m?.reply_markup?.inline_keyboard.flat() ?? []).filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
    const agent = agentFor("id");
    for (let d = 20; d < 45; d++) {
      await agent.say(`/cari CGK SUB ${futureDate(d).wire} 2`);
      const list = buttons(agent.last());
      const plain = list.find((b) => /^(GA|JT|ID|IW|IU)-/.test(b.text));
      const citilink = list.find((b) => /^QG-/.test(b.text));
      if (!plain || !citilink) continue;
      await agent.tap({ data: plain.callback_data });
      await agent.tap(SAYS.id.continue);
      expect((await agent.say("Tn Budi Santoso"))?.text).toContain("Penumpang 2 dari 2");
      for (let n = 0; n < 8 && !isResults(agent.last()); n++) await agent.say(SAYS.id.back);
      await agent.tap({ data: citilink.callback_data });
      await agent.tap(SAYS.id.continue);
      expect(agent.last()?.text, agent.transcript(3)).toContain("Tanggal lahir Budi Santoso");
      expect((await agent.say("17-08-1990"))?.text).toContain("Penumpang 2 dari 2");
      return;
    }
    throw new Error("no day with both a Citilink flight and one that asks no birth date");
  });
});
