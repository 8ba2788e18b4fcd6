import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import type { StoredMessage } from "../support/telegram/index.js";
import { generateFlights } from "../../src/sandbox/mmbc/flights/generate-flights.js";
import { internationalDay } from "./journey-steps.js";

/**
 * An agent pastes her passengers WhatsApp style, the data after each name ("Mr Budi Santoso 17-08-1990
 * A1234567 31-12-2031"). In a private chat each part answers that passenger's own question, read as if
 * typed there (and refused with its reason as typed there), said back once; "back" to a question it
 * answered asks it. In a group nothing of it is read (the 🔒 private link asks it).
 */
let h: Harness;
let t: Harness;
beforeAll(async () => {
  [h, t] = await Promise.all([startHarness(), startHarness({ use: "tiket" })]);
});
afterAll(async () => { await Promise.all([h?.close(), t?.close()]); });

const words = {
  id: {
    search: "/cari", cont: "Lanjut", back: "kembali", book: "✅ Booking", code: /Kode: ([A-Z0-9]{6})/, email: "E-mail kontak", birthQ: "🎂 Tanggal lahir", passportQ: "🛂 Paspor",
    issuedQ: "📅 Tanggal terbit paspor", nameQ: "Penumpang 1 dari", later: "bukan bagian nama", group: "Hanya namanya yang saya ambil", from: "— dari baris namanya.", privately: "Tanggal lahir",
    taken: "✅ Budi Santoso: lahir 17 Agt 1990, paspor A1234567 s/d 31 Des 2031 — dari baris namanya.",
    refusedBirth: /⚠️ Dari baris nama Budi Santoso, "<?b?>?17-08-2020<?\/?b?>?" tidak saya pakai: Budi Santoso berumur 6 tahun .*termasuk anak, bukan dewasa.*\n\n🎂 Tanggal lahir Budi Santoso\?/s,
    passportOnly: "✅ Budi Santoso: paspor A1234567 s/d 31 Des 2031 — dari baris namanya.",
    expiring: /⚠️ Dari baris nama Budi Santoso: Nomor paspor A1234567 dicatat\. .*1 Mar 2027.*\n\n🛂 Tanggal habis berlaku paspor Budi Santoso \(A1234567\)\?/s,
    birthOnly: "✅ Budi Santoso: lahir 17 Agt 1990 — dari baris namanya.",
    unneeded: 'ℹ️ Budi Santoso: tidak diperlukan untuk penerbangan ini, jadi tidak saya pakai: "ID".',
    tiket: "✅ Budi Santoso: lahir 17 Agt 1990, KTP/ID 3174092302900001, paspor A1234567 s/d 31 Des 2031 — dari baris namanya.",
    nationality: "✅ Budi Santoso: kewarganegaraan Indonesia — dari baris namanya.",
    summaryTiket: ["lahir 17 Agt 1990", "KTP 3174092302900001", "paspor A1234567 (s.d. 31 Des 2031)", "warga negara Indonesia"],
  },
  en: {
    search: "/search", cont: "Continue", back: "back", book: "✅ Book", code: /Code: ([A-Z0-9]{6})/, email: "Contact e-mail", birthQ: "🎂 Date of birth", passportQ: "🛂 Passport",
    issuedQ: "📅 Issue date", nameQ: "Passenger 1 of", later: "is not part of the name", group: "Only the names were taken", from: "— from the name's line.", privately: "Date of birth",
    taken: "✅ Budi Santoso: born 17 Aug 1990, passport A1234567 until 31 Dec 2031 — from the name's line.",
    refusedBirth: /⚠️ From Budi Santoso's line, "<?b?>?17-08-2020<?\/?b?>?" was not used: Budi Santoso is 6 years old .*passenger type is child, not adult.*\n\n🎂 Date of birth of Budi Santoso\?/s,
    passportOnly: "✅ Budi Santoso: passport A1234567 until 31 Dec 2031 — from the name's line.",
    expiring: /⚠️ From Budi Santoso's line: Passport number A1234567 noted\. .*1 Mar 2027.*\n\n🛂 Expiry date of Budi Santoso's passport A1234567\?/s,
    birthOnly: "✅ Budi Santoso: born 17 Aug 1990 — from the name's line.",
    unneeded: 'ℹ️ Budi Santoso: not needed on this flight, so not used: "ID".',
    tiket: "✅ Budi Santoso: born 17 Aug 1990, KTP/ID 3174092302900001, passport A1234567 until 31 Dec 2031 — from the name's line.",
    nationality: "✅ Budi Santoso: nationality Indonesia — from the name's line.",
    summaryTiket: ["born 17 Aug 1990", "ID 3174092302900001", "passport A1234567 (until 31 Dec 2031)", "nationality Indonesia"],
  },
} as const;
type Lang = keyof typeof words;

/** An AirAsia or Jetstar flight CGK → SIN: birth dates (airline) and passports (route), no nationality. */
const day = internationalDay();

let nextId = 0;
function dm(lang: Lang, harness = h): Agent {
  nextId += 1;
  const id = 48_200 + nextId;
  return new Agent(harness, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
}

/** /search CGK SIN for `party` → the flight → Continue: the first name question. */
async function toNames(a: Agent, lang: Lang, party = "1"): Promise<void> {
  // Every test books on the same flight: seats enough for each.
  h.sandbox.controls.setSeats(day.code, day.wire, 9);
  await a.say(`${words[lang].search} CGK SIN ${day.wire} ${party}`);
  await a.say(day.code);
  expect((await a.tap(words[lang].cont))?.text).toContain(words[lang].nameQ);
}

/** What the bot says in reply to `text`. */
async function answer(a: Agent, text: string): Promise<string> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return a.h.emulator.chatMessages(a.chat.id).slice(from).filter((m) => m.fromBot).map((m) => m.text ?? "").join("\n");
}

/** From the e-mail question: contact, summary, Book; the booking as the MMBC sandbox received it. */
async function book(a: Agent, lang: Lang) {
  expect(a.last()?.text).toContain(words[lang].email);
  await a.say("agen@example.com");
  const summary = await a.say("081234567890");
  await a.tap(words[lang].book);
  const code = words[lang].code.exec(a.last()?.text ?? "")?.[1];
  if (!code) throw new Error(a.transcript(8));
  return { summary: summary?.text ?? "", booking: h.sandbox.controls.getBooking(code)! };
}

const texts = (m: StoredMessage[]) => m.filter((x) => x.fromBot).map((x) => x.text ?? "");

describe.each(["id", "en"] as const)("data pasted on the name's line, in a private chat (%s)", (lang) => {
  const w = words[lang];

  it("answers the birth date and passport questions, said back once; the booking carries them", async () => {
    const a = dm(lang);
    await toNames(a, lang);
    const said = await answer(a, "Mr Budi Santoso 17-08-1990 A1234567 31-12-2031 ID");
    expect(said).toContain(w.taken);
    // The flight asks no nationality: "ID" is said not to be used, not asked about.
    expect(said).toContain(w.unneeded);
    // Neither question is asked; the old "asked on its own" note is not said.
    expect(said).not.toContain(w.birthQ);
    expect(said).not.toContain(w.passportQ);
    expect(said).not.toMatch(/hanya namanya yang saya ambil|Only the name was taken/);
    expect(said.split(w.from)).toHaveLength(2);
    const { booking } = await book(a, lang);
    expect(booking.passengers).toEqual([expect.objectContaining({ fullName: "Budi Santoso", dob: "17-08-1990", passportNumber: "A1234567", passportExpired: "31-12-2031" })]);
    expect(h.emulator.errors).toEqual([]);
  });

  it("a birth date that doesn't fit the passenger is not used: its question is asked with the reason; the passport is still taken", async () => {
    const a = dm(lang);
    await toNames(a, lang);
    const said = await answer(a, "Mr Budi Santoso 17-08-2020 A1234567 31-12-2031");
    expect(said).toMatch(w.refusedBirth);
    expect(said).not.toContain(w.taken);
    // Answered as usual; then what the line gave for the passport is said, and its question skipped.
    const next = await answer(a, "17-08-1990");
    expect(next).toContain(w.passportOnly);
    expect(next).not.toContain(w.passportQ);
    const { booking } = await book(a, lang);
    expect(booking.passengers[0]).toMatchObject({ dob: "17-08-1990", passportNumber: "A1234567", passportExpired: "31-12-2031" });
  });

  it("a passport expiring too soon: the number kept, the expiry asked with why, as if typed at the passport question", async () => {
    const a = dm(lang);
    await toNames(a, lang);
    const said = await answer(a, "Mr Budi Santoso 17-08-1990 A1234567 01-03-2027");
    expect(said).toContain(w.birthOnly);
    expect(said).toMatch(w.expiring);
    // The number is kept: the expiry alone completes the passport.
    expect(await answer(a, "31-12-2031")).toContain(w.email);
    const { booking } = await book(a, lang);
    expect(booking.passengers[0]).toMatchObject({ dob: "17-08-1990", passportNumber: "A1234567", passportExpired: "31-12-2031" });
  });

  it("a date whose question is not sure (before the passport number) is not used: said, and the expiry asked", async () => {
    const a = dm(lang);
    await toNames(a, lang);
    // Slashes: two dashed dates side by side ("17-08-1990 31-12-2031") are still read as a phone number by pasted-names.
    const said = await answer(a, "Mr Budi Santoso 17/08/1990 31/12/2031 A1234567");
    expect(said).toContain(w.birthOnly);
    expect(said).toContain(lang === "id" ? 'ℹ️ Budi Santoso: "31/12/2031" tidak jelas apakah tanggal lahir' : 'ℹ️ Budi Santoso: "31/12/2031" is not clearly a date of birth');
    // The number alone is taken as it would be typed alone: kept, its expiry asked.
    expect(said).toContain(lang === "id" ? "Nomor paspor A1234567 dicatat" : "Passport number A1234567 noted");
    expect(await answer(a, "31-12-2031")).toContain(w.email);
  });

  it("back from the question after a pasted answer asks that question (never filled again); back once more is the name", async () => {
    const a = dm(lang);
    await toNames(a, lang);
    const said = await answer(a, "Mr Budi Santoso 17-08-1990");
    expect(said).toContain(w.birthOnly);
    expect(a.last()?.text).toContain(w.passportQ);
    // Back: the birth date question, to correct it.
    expect(await answer(a, w.back)).toContain(w.birthQ);
    expect((await a.say("18-08-1990"))?.text).toContain(w.passportQ);
    // Back twice: the birth date question again (asked, not filled from the line), then the name.
    expect(await answer(a, w.back)).toContain(w.birthQ);
    const name = await answer(a, w.back);
    expect(name).toContain(w.nameQ);
    expect(name).not.toContain(w.from);
    // The name typed again without data: everything is asked.
    expect((await a.say("Mr Budi Santoso"))?.text).toContain(w.birthQ);
    await a.say("18-08-1990");
    expect((await a.say("A1234567 31-12-2031"))?.text).toContain(w.email);
    const all = texts(a.h.emulator.chatMessages(a.chat.id));
    expect(all.filter((x) => x.includes(w.from))).toHaveLength(1);
    const { booking } = await book(a, lang);
    expect(booking.passengers[0]).toMatchObject({ dob: "18-08-1990", passportNumber: "A1234567" });
  });

  it("several passengers pasted at once: each one's data answers their own questions", async () => {
    const a = dm(lang);
    await toNames(a, lang, lang === "id" ? "2 dewasa 1 anak" : "2 adults 1 child");
    const said = await answer(a, "Mr Budi Santoso 17-08-1990 A1234567 31-12-2031\nMrs Sari Dewi 22-03-1992 B7654321 30-06-2030\nMstr Rafi Santoso 15-05-2018 C7654321 01-01-2031");
    expect(said).toContain(w.taken);
    expect(said).toContain(lang === "id" ? "✅ Sari Dewi: lahir 22 Mar 1992, paspor B7654321 s/d 30 Jun 2030" : "✅ Sari Dewi: born 22 Mar 1992, passport B7654321 until 30 Jun 2030");
    expect(said).toContain(lang === "id" ? "✅ Rafi Santoso: lahir 15 Mei 2018, paspor C7654321 s/d 1 Jan 2031" : "✅ Rafi Santoso: born 15 May 2018, passport C7654321 until 1 Jan 2031");
    expect(said).not.toContain(w.birthQ);
    expect(said).not.toContain(w.passportQ);
    const { booking } = await book(a, lang);
    expect(booking.passengers.map((p) => [p.fullName, p.type, p.dob, p.passportNumber, p.passportExpired])).toEqual([
      ["Budi Santoso", "Adult", "17-08-1990", "A1234567", "31-12-2031"],
      ["Sari Dewi", "Adult", "22-03-1992", "B7654321", "30-06-2030"],
      ["Rafi Santoso", "Child", "15-05-2018", "C7654321", "01-01-2031"],
    ]);
  });

  it("a flight that asks no birth date: the date pasted is still kept, said back as on a flight that asks it", async () => {
    const date = domesticDay();
    const a = dm(lang);
    await a.say(`${w.search} CGK DPS ${date.wire} 1`);
    await a.say(date.code);
    await a.tap(w.cont);
    const said = await answer(a, "Mr Budi Santoso 17-08-1990");
    expect(said).toContain(w.birthOnly);
    expect(said).not.toContain(w.later);
    expect(a.last()?.text).toContain(w.email);
  });

  it("tiket.com: the KTP, the passport and the nationality pasted are taken; the issue date, not pasted, is asked", async () => {
    const a = dm(lang, t);
    await a.say(`${w.search} CGK SIN ${futureDate(58).wire} 1`);
    const flights = a.last()!.reply_markup!.inline_keyboard.flat().filter((x) => "callback_data" in x && x.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
    await a.tap({ data: (flights.find((x) => !/^(JT|QG)/.test(x.text)) ?? flights[0]!).callback_data });
    await a.tap(w.cont);
    const said = await answer(a, "Mr Budi Santoso, 17-08-1990, 3174092302900001, A1234567, 31-12-2031, Indonesia");
    expect(said).toContain(w.tiket);
    expect(a.last()?.text).toContain(w.issuedQ);
    const next = await answer(a, "15-01-2022");
    expect(next).toContain(w.nationality);
    expect(a.last()?.text).toContain(w.email);
    await a.say("agen@example.com");
    const summary = (await a.say("081234567890"))?.text ?? "";
    for (const s of w.summaryTiket) expect(summary).toContain(s);
  });
});

describe("an English agent's date that reads two ways", () => {
  it("is asked about with one tap per reading, as typed at the question; the passport is taken", async () => {
    const a = dm("en");
    await toNames(a, "en");
    const said = await answer(a, "Mr Budi Santoso 05/06/1990 A1234567 31/12/2031");
    expect(said).toContain('"05/06/1990" is 5 Jun 1990 (day/month) or 6 May 1990 (month/day)?');
    const next = await a.tap("6 May 1990");
    expect(texts(a.h.emulator.chatMessages(a.chat.id)).join("\n")).toContain("✅ Budi Santoso: passport A1234567 until 31 Dec 2031 — from the name's line.");
    expect(next?.text).toContain("Contact e-mail");
    const { booking } = await book(a, "en");
    expect(booking.passengers[0]).toMatchObject({ dob: "06-05-1990", passportNumber: "A1234567" });
  });
});

describe.each(["id", "en"] as const)("in a group (%s)", (lang) => {
  const w = words[lang];
  it("nothing pasted is used or quoted: the private link asks every detail", async () => {
    nextId += 1;
    const group = { id: -100_482_000 - nextId, type: "group" as const, title: `Agen ${nextId}` };
    const member = new Agent(h, { id: 48_200 + nextId, first_name: "Mira", language_code: lang }, group);
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, member.user));
    h.sandbox.controls.setSeats(day.code, day.wire, 9);
    await member.say(`${w.search}@${h.emulator.botInfo.username} CGK SIN ${day.wire} 1`);
    await member.reply(day.code);
    await member.tap(w.cont);
    const from = h.emulator.chatMessages(group.id).length;
    const prompt = await member.reply("Mr Budi Santoso 17-08-1990 A1234567 31-12-2031 ID");
    const inGroup = texts(h.emulator.chatMessages(group.id).slice(from)).join("\n");
    expect(inGroup).not.toMatch(/17-08-1990|17 (Agt|Aug) 1990|A1234567|31-12-2031/);
    expect(inGroup).toContain(w.group);
    expect(inGroup).not.toContain(w.from);
    // The 🔒 private step asks the birth date: nothing was carried from the group's message.
    const url = prompt!.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string };
    const priv = new Agent(h, member.user, { id: member.user.id, type: "private" });
    expect((await priv.say(`/start ${url.url.split("start=")[1]}`))?.text).toContain(w.privately);
    expect(texts(h.emulator.chatMessages(priv.chat.id)).join("\n")).not.toContain(w.from);
  });
});

/** A day with a CGK → DPS flight that asks no birth date (Garuda, Lion, Batik…). */
function domesticDay(): { wire: string; code: string } {
  for (let d = 40; d < 120; d++) {
    const date = futureDate(d);
    const flight = generateFlights("CGK", "DPS", date.iso).find((f) => /^(GA|JT|ID|IW|IU|SJ)-/.test(f.code));
    if (flight) return { wire: date.wire, code: flight.code };
  }
  throw new Error("no CGK-DPS flight without birth dates in the sandbox");
}
