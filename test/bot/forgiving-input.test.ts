import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";

// What agents type, end to end through the emulator: which question the bot asks next and what it
// says back. `h` runs on the real clock and searches; `fixed` believes it is Wednesday 2 December
// 2026, 10:00 in Jakarta, for the date echoes (it never searches).
let h: Harness;
let fixed: Harness;
let tiket: Harness;
beforeAll(async () => {
  h = await startHarness();
  fixed = await startHarness({ now: () => new Date("2026-12-02T03:00:00Z") });
  tiket = await startHarness({ use: "tiket" });
});
afterAll(async () => {
  await h?.close();
  await fixed?.close();
  await tiket?.close();
});

const ID_MONTHS = ["jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"];
const agentIn = (harness: Harness, id: number, lang: "id" | "en" = "id") => new Agent(harness, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
/** "25 des" for a date some days ahead. */
const dayMonthWords = (days: number) => {
  const [, m, d] = futureDate(days).iso.split("-").map(Number) as [number, number, number];
  return `${d} ${ID_MONTHS[m - 1]}`;
};
const dayMonthSlash = (days: number) => futureDate(days).wire.slice(0, 5).replace("-", "/");

let contactUpdate = 0;
/** A contact card shared in the chat (the emulator's drivers type text; the card is built as Telegram sends it). */
async function shareContact(agent: Agent, phoneNumber: string): Promise<void> {
  contactUpdate += 1;
  const update: Update = {
    update_id: 880_000_000 + contactUpdate,
    message: {
      message_id: 880_000 + contactUpdate,
      date: Math.floor(Date.now() / 1000),
      chat: { id: agent.chat.id, type: "private", first_name: agent.user.first_name },
      from: { id: agent.user.id, is_bot: false, first_name: agent.user.first_name, language_code: agent.user.language_code },
      contact: { phone_number: phoneNumber, first_name: "Budi", user_id: agent.user.id },
    },
  };
  await agent.h.app.bot.handleUpdate(update);
}

/** Answers birth dates when the airline asks for them, by the passenger the question names. */
async function answerBirthDates(agent: Agent): Promise<void> {
  for (let i = 0; i < 6 && /Tanggal lahir|Date of birth/.test(agent.last()?.text ?? ""); i++) {
    const text = agent.last()!.text!;
    await agent.say(/Dimas|Putri/.test(text) ? "01-01-2018" : "17-08-1990");
  }
}

describe("the quick form reads any unambiguous order", () => {
  it("/cari CGK DPS 25 des 2 searches at once for two adults", async () => {
    const agent = agentIn(h, 12001);
    await agent.say(`/cari CGK DPS ${dayMonthWords(20)} 2`);
    expect(agent.last()?.text).toContain("CGK → DPS");
    expect(agent.last()?.text).toContain("2 penumpang");
    expect(agent.botTexts().join("\n")).not.toContain("tidak mengenal");
  });

  it("/cari cgk-dps 25/12 asks only the party, saying the route and date it understood", async () => {
    const agent = agentIn(h, 12002);
    const q = await agent.say(`/cari cgk-dps ${dayMonthSlash(21)}`);
    expect(q?.text).toContain("Rute CGK → DPS,");
    expect(q?.text).toContain("Berapa penumpang");
    await agent.say("2 dewasa 1 anak");
    expect(agent.last()?.text).toContain("CGK → DPS");
    expect(agent.last()?.text).toContain("2 dewasa, 1 anak");
  });

  it("bare counts with children are read back by type: \"1,5\" is 1 adult and 5 children, said before anything is booked", async () => {
    const agent = agentIn(h, 12005, "en");
    await agent.say(`/search CGK SUB ${futureDate(12).wire} 1,5`);
    expect(agent.last()?.text).toContain("CGK → SUB");
    expect(agent.last()?.text).toContain("1 adult, 5 children");
    await agent.say(`/search CGK SUB ${futureDate(12).wire} 2, 1`);
    expect(agent.last()?.text).toContain("2 adults, 1 child");
    const id = agentIn(h, 12006);
    await id.say(`/cari CGK SUB ${futureDate(12).wire}`);
    await id.say("2 0 1");
    expect(id.last()?.text).toContain("2 dewasa, 1 bayi");
  });

  it("/search jakarta to bali tomorrow 2 adults asks which Jakarta airport (saying it is the departure) and keeps date and party", async () => {
    const agent = agentIn(h, 12003, "en");
    const q = await agent.say("/search jakarta to bali tomorrow 2 adults");
    expect(q?.text).toContain("Jakarta has more than one airport. Departing from which?");
    await agent.tap("(CGK)");
    expect(agent.last()?.text).toContain("CGK → DPS");
    expect(agent.last()?.text).toContain("2 pax");
  });

  it("/cari jkt dps besok 2 names the city, not the abbreviation typed", async () => {
    const agent = agentIn(h, 12009);
    const q = await agent.say("/cari jkt dps besok 2");
    expect(q?.text).toContain("Jakarta punya lebih dari satu bandara");
    await agent.tap("(CGK)");
    expect(agent.last()?.text).toContain("CGK → DPS");
  });

  it("/cari sub dps besok 2 dewasa 1 anak searches at once", async () => {
    const agent = agentIn(h, 12004);
    await agent.say("/cari sub dps besok 2 dewasa 1 anak");
    expect(agent.last()?.text).toContain("SUB → DPS");
    expect(agent.last()?.text).toContain("2 dewasa, 1 anak");
  });

  it("airport names and old names resolve; what it could not read is said, not dropped", async () => {
    const agent = agentIn(h, 12005);
    const q = await agent.say("/cari juanda ngurah rai");
    expect(q?.text).toContain("Rute SUB → DPS.");
    expect(q?.text).toContain("Tanggal berangkat");
    await agent.say("/cari soetta ujung pandang besok 2 pagi garuda");
    const texts = agent.botTexts().join("\n");
    // "garuda" is the list's airline filter, applied as if typed at the list, never said not understood.
    expect(texts).not.toContain("tidak dipakai");
    expect(agent.last()?.text).toContain("CGK → UPG");
    // "pagi" is read: the results open at the morning's flights.
    expect(agent.last()?.text).toContain("Filter: Garuda Indonesia · pagi");
  });

  it("a quick form too long to read is said to be, and the steps are asked (both languages)", async () => {
    const agent = agentIn(h, 12006);
    const from = h.emulator.chatMessages(agent.chat.id).length;
    await agent.say(`/cari CGK DPS besok ${"x".repeat(3000)}`);
    expect(agent.botTexts(from)).toEqual([expect.stringContaining("terlalu panjang"), expect.stringContaining("Berangkat dari mana")]);
    const en = agentIn(h, 12007, "en");
    await en.say(`/search CGK DPS tomorrow ${"y ".repeat(150)}`);
    expect(en.botTexts().join("\n")).toContain("too long to read at once");
  });
});

describe("airports: uncertain matches are a one-tap choice that names the end", () => {
  it("a misspelt origin is offered, never taken; a misspelt destination says it is the destination", async () => {
    const agent = agentIn(h, 12011);
    await agent.say("/cari");
    const q = await agent.say("pangkal pinnang");
    expect(q?.text).toContain("Bandara asal mana yang dimaksud dengan \"pangkal pinnang\"");
    expect(JSON.stringify(q?.reply_markup)).toContain("PGK");
    await agent.tap("(PGK)");
    expect(agent.last()?.text).toContain("Dari PGK ke mana");
    const d = await agent.say("denpasr");
    expect(d?.text).toContain("Bandara tujuan mana");
    await agent.tap("(DPS)");
    expect(agent.last()?.text).toContain("Rute PGK → DPS.");
  });

  it("a whole route typed at the origin question is read like the quick form; one place of two words stays one", async () => {
    const glued = agentIn(h, 12014);
    await glued.say("/cari");
    expect((await glued.say("cgk-dps"))?.text).toContain("Rute CGK → DPS.");
    const worded = agentIn(h, 12015);
    await worded.say("/cari");
    expect((await worded.say("jkt ke bali"))?.text).toContain("Jakarta punya lebih dari satu bandara. Berangkat dari");
    await worded.tap("(CGK)");
    expect(worded.last()?.text).toContain("Rute CGK → DPS.");
    const whole = agentIn(h, 12016);
    await whole.say("/cari");
    const results = await whole.say(`CGK SUB ${futureDate(26).wire} 2`);
    expect(results?.text).toContain("CGK → SUB");
    expect(results?.text).toContain("2 penumpang");
    const city = agentIn(h, 12017);
    await city.say("/cari");
    expect((await city.say("ujung pandang"))?.text).toContain("Dari UPG ke mana");
  });

  it("with tiket.com, which serves it, Tanjung Pinang resolves by name", async () => {
    const agent = agentIn(tiket, 12013);
    await agent.say("/cari tanjung pinang ke batam besok 1 dewasa");
    expect(agent.last()?.text).toContain("TNJ → BTH");
    expect(agent.last()?.text).toContain("1 penumpang");
    expect(tiket.emulator.errors).toEqual([]);
  });

  it("an airport this provider doesn't serve is said so (Tanjung Pinang never becomes Pangkal Pinang)", async () => {
    const agent = agentIn(h, 12012, "en");
    const q = await agent.say("/search tanjung pinang");
    expect(q?.text).toContain("Tanjung Pinang (TNJ) is not on this provider's route list. Departing from which airport?");
    expect(JSON.stringify(q?.reply_markup ?? {})).not.toContain("PGK");
  });
});

describe("dates (the bot believes it is Wednesday 2 December 2026)", () => {
  it("a day and month that passed this year is asked about with a one-tap next-year date, and the echo shows the year", async () => {
    const agent = agentIn(fixed, 12021);
    const q = await agent.say("/cari CGK DPS 1/12");
    expect(q?.text).toContain("Tanggal \"1/12\" tahun ini sudah lewat. Maksudnya Rab 1 Des 2027?");
    await agent.tap("✅ Rab 1 Des 2027");
    expect(agent.last()?.text).toContain("Rute CGK → DPS, Rab 1 Des 2027.");
    expect(agent.last()?.text).toContain("Berapa penumpang");
  });

  it("typed at the date question: a past day is asked again the same way; weekdays and tgl 25 read", async () => {
    const agent = agentIn(fixed, 12022, "en");
    await agent.say("/search CGK DPS");
    expect((await agent.say("30 nov"))?.text).toContain("\"30 nov\" has already passed this year. Did you mean Tue 30 Nov 2027?");
    expect((await agent.say("next week"))?.text).toContain("Which day exactly?");
    expect((await agent.say("next friday"))?.text).toContain("Route CGK → DPS, Fri 11 Dec.");
    const other = agentIn(fixed, 12023);
    await other.say("/cari CGK DPS");
    expect((await other.say("tgl 25"))?.text).toContain("Rute CGK → DPS, Jum 25 Des.");
    const third = agentIn(fixed, 12024);
    await third.say("/cari CGK DPS");
    expect((await third.say("3/12/2027"))?.text).toContain("hanya bisa dipesan sampai Kam 2 Des 2027");
  });
});

describe("party", () => {
  it("words in both languages, and specific reasons", async () => {
    const agent = agentIn(fixed, 12031, "en");
    await agent.say("/search CGK DPS besok");
    expect((await agent.say("1 adult 2 infants"))?.text).toContain("Each infant sits on an adult's lap, so infants (2) can't outnumber adults (1)");
    expect((await agent.say("-1"))?.text).toContain("can't be negative");
    expect((await agent.say("8"))?.text).toContain("At most 7 passengers");
    const id = agentIn(fixed, 12032);
    await id.say("/cari CGK DPS besok");
    expect((await id.say("1 anak"))?.text).toContain("Minimal harus ada satu penumpang dewasa");
    expect((await id.say("banyak"))?.text).toContain("Jumlah penumpang \"banyak\" tidak terbaca");
  });

  it("one-word parties and glued shorthand read, an unclear letter is asked again (both languages)", async () => {
    const date = futureDate(21).wire;
    const id = agentIn(h, 12035);
    await id.say(`/cari CGK DPS ${date}`);
    expect((await id.say("berdua"))?.text).toContain("CGK → DPS · ");
    expect(id.last()?.text).toContain("2 penumpang");
    const short = agentIn(h, 12036);
    await short.say(`/cari CGK DPS ${date} 2d 1a`);
    expect(short.last()?.text).toContain("2 dewasa, 1 anak");
    const en = agentIn(h, 12037, "en");
    await en.say(`/search CGK DPS ${date}`);
    // "a" is an adult in "2a 1c" but a child (anak) in "2d 1a": alone it is not guessed.
    expect((await en.say("2a"))?.text).toContain("I can't read \"2a\" as a party");
    expect((await en.say("2a 1c"))?.text).toContain("2 adults, 1 child");
  });

  it("a day that does not exist is said to be so, in both languages (not \"unreadable\")", async () => {
    const en = agentIn(fixed, 12033, "en");
    await en.say("/search CGK DPS");
    expect((await en.say("31/2"))?.text).toContain('There is no 31 February ("31/2")');
    const id = agentIn(fixed, 12034);
    await id.say("/cari CGK DPS");
    expect((await id.say("29-02-2027"))?.text).toContain('Tanggal 29 Februari tidak ada ("29-02-2027"): Februari 2027 cuma sampai tanggal 28');
  });
});

describe("passengers and contact", () => {
  it("pasted passengers one per line, An. asks Mstr or Miss, a one-word name is said back, a contact card answers the phone", async () => {
    const agent = agentIn(h, 12041);
    await agent.say(`/cari CGK SUB ${futureDate(18).wire} 2 1`);
    await pickFirstFlight(agent);
    await agent.tap("Lanjut");
    expect(agent.last()?.text).toContain("Beberapa penumpang sekaligus: satu per baris");
    const g = await agent.say("1. Tn Budi Santoso\n2. Ny. Siti Aminah\n3. An. Dimas");
    expect(g?.text).toContain("Dimas Dimas laki-laki atau perempuan?");
    await agent.tap("👦 Mstr");
    const texts = agent.botTexts().join("\n");
    expect(texts).toContain("Diterima dari pesan Anda: Mr Budi Santoso, Mrs Siti Aminah, Mstr Dimas Dimas.");
    expect(texts).toContain("dikirim ke maskapai sebagai DIMAS DIMAS");
    await answerBirthDates(agent);
    expect(agent.last()?.text).toContain("E-mail");
    await agent.say("budi@example.com");
    expect(agent.last()?.text).toContain("kartu kontak");
    await shareContact(agent, "6591234567");
    const summary = agent.last()?.text ?? "";
    expect(summary).toContain("Periksa sebelum booking");
    expect(summary).toContain("Mr Budi Santoso");
    expect(summary).toContain("Mrs Siti Aminah");
    expect(summary).toContain("Mstr Dimas Dimas");
    expect(summary).toContain("+6591234567");
    expect(h.emulator.errors).toEqual([]);
  });

  it("H. and Hj. (Haji, Hajjah) are taken as Mr and Mrs", async () => {
    const agent = agentIn(h, 12043);
    await agent.say(`/cari CGK SUB ${futureDate(18).wire} 2`);
    await pickFirstFlight(agent);
    await agent.tap("Lanjut");
    await agent.say("H. Ahmad Dahlan\nHj. Siti Aminah");
    expect(agent.botTexts().join("\n")).toContain("Diterima dari pesan Anda: Mr Ahmad Dahlan, Mrs Siti Aminah.");
    expect(h.emulator.errors).toEqual([]);
  });

  it.each([
    ["id", "Lanjut", "titel apa untuk maskapai?", "tap"],
    ["en", "Continue", "which title for the airline?", "ms"],
  ] as const)("%s: Dr. asks Mr, Mrs or Ms (a tap or typed), never guesses", async (lang, go, question, answer) => {
    const agent = agentIn(h, lang === "id" ? 12044 : 12045, lang);
    await agent.say(`${lang === "id" ? "/cari" : "/search"} CGK SUB ${futureDate(18).wire} 1`);
    await pickFirstFlight(agent);
    await agent.tap(go);
    expect((await agent.say("Dr. Rina Wijaya"))?.text).toContain(question);
    if (answer === "tap") await agent.tap("Mrs Rina Wijaya");
    else await agent.say(answer);
    await answerBirthDates(agent);
    expect(agent.last()?.text).toMatch(/E-mail|e-mail/);
    await agent.say("rina@example.com");
    const summary = await agent.say("081234567890");
    expect(summary?.text).toContain(answer === "tap" ? "Mrs Rina Wijaya" : "Ms Rina Wijaya");
    expect(h.emulator.errors).toEqual([]);
  });

    it("English: a child prompt gives a child example; non-Latin names get a reason; a foreign mobile is accepted", async () => {
    const agent = agentIn(h, 12042, "en");
    await agent.say(`/search CGK SUB ${futureDate(19).wire} 1 1`);
    await pickFirstFlight(agent);
    await agent.tap("Continue");
    expect((await agent.say("Mr 王小明"))?.text).toContain("Latin letters exactly as in the passport");
    await agent.say("Mr Sukarno");
    expect(agent.botTexts().join("\n")).toContain("sent to the airline as SUKARNO SUKARNO");
    await answerBirthDates(agent);
    expect(agent.last()?.text).toContain("Passenger 2 of 2 (child)");
    expect(agent.last()?.text).toContain("Mstr Dimas Pratama");
    expect((await agent.say("An. Putri Lestari"))?.text).toContain("Is Putri Lestari a boy or a girl?");
    await agent.say("girl");
    await answerBirthDates(agent);
    await agent.say("budi@example.com");
    expect((await agent.say("+60 12-345 6789"))?.text).toContain("Check before booking");
    expect(agent.last()?.text).toContain("+60123456789");
    expect(agent.last()?.text).toContain("Mr Sukarno Sukarno");
    expect(agent.last()?.text).toContain("Miss Putri Lestari");
    expect(h.emulator.errors).toEqual([]);
  });

  it("a pasted list longer than the passengers left is refused with the count", async () => {
    const agent = agentIn(h, 12043);
    await agent.say(`/cari CGK SUB ${futureDate(22).wire} 1`);
    await pickFirstFlight(agent);
    await agent.tap("Lanjut");
    expect((await agent.say("Tn Budi Santoso\nNy Siti Aminah"))?.text).toContain("Anda mengirim 2 nama, tapi sisa penumpang hanya 1");
  });
});
