import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { generateFlights } from "../../src/sandbox/mmbc/flights/generate-flights.js";

// A birth date that does not fit the passenger's type: the refusal names the age on the flight date,
// the type that age is on this flight, and the way to change the party, and that way works.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

/** A Citilink/AirAsia day on the route (they ask birth dates; MMBC counts adults from 13). */
function birthDateDay(from: string, to: string, start: number) {
  for (let d = start; d < start + 40; d++) {
    const f = generateFlights(from, to, futureDate(d).iso).find((x) => /^(QZ|QG)-/.test(x.code));
    if (f) return { ...futureDate(d), code: f.code };
  }
  throw new Error("no flight");
}

/** The date `years` years and `months` months before `iso`, as dd-mm-yyyy. */
function bornBefore(iso: string, years: number, months = 0): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years, d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10).split("-").reverse().join("-");
}

/** A party of an adult and one more, up to the second passenger's birth date question: the adult's name (and birth date if asked), then `second`. */
async function toSecondBirthDate(a: Agent, search: string, flight: string, words: { next: string; birth: RegExp }, second: string): Promise<void> {
  await a.say(search);
  await a.say(flight);
  await a.tap(words.next);
  await a.say("Mr Budi Santoso");
  if (words.birth.test(a.last()?.text ?? "")) await a.say("17-08-1990");
  await a.say(second);
}

describe("an age that does not fit the passenger's type", () => {
  it("a 12-year-old typed as an adult: the age, 'a child on this flight', and back to the passenger count as said", async () => {
    const a = new Agent(h, { id: 243_001, first_name: "Agen", language_code: "id" }, { id: 243_001, type: "private" });
    const day = birthDateDay("CGK", "LOP", 44);
    await a.say(`/cari CGK LOP ${day.wire} 1`);
    await a.say(day.code);
    await a.tap("Lanjut");
    await a.say("Mr Rafi Santoso");
    const r = (await a.say(bornBefore(day.iso, 12)))?.text ?? "";
    expect(r).toContain("Rafi Santoso berumur 12 tahun pada tanggal penerbangan");
    expect(r).toContain("termasuk anak, bukan dewasa");
    expect(r).toContain("ketik kembali sampai daftar penerbangan muncul, lalu kembali sekali lagi");
    // Followed as said: back to the name, the flight, the list; once more, the passenger count.
    const isList = () => !!a.last()?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"));
    let backs = 0;
    while (!isList()) {
      await a.say("kembali");
      if (++backs > 5) throw new Error(a.transcript(12));
    }
    // The name, the flight, then the list.
    expect(backs).toBe(3);
    expect((await a.say("kembali"))?.text).toMatch(/Berapa penumpang|penumpang/i);
    expect((await a.say("1 dewasa 1 anak"))?.text).toMatch(/1 dewasa.*1 anak/);
  });

  it("in English, an adult's date for an infant: the age in years, and the type it is", async () => {
    const a = new Agent(h, { id: 243_002, first_name: "Agen", language_code: "en" }, { id: 243_002, type: "private" });
    const day = birthDateDay("CGK", "SUB", 46);
    await toSecondBirthDate(a, `/search CGK SUB ${day.wire} 1 adult 1 infant`, day.code, { next: "Continue", birth: /Date of birth/ }, "Miss Sari Santoso");
    const r = (await a.say(bornBefore(day.iso, 5, 1)))?.text ?? "";
    expect(r).toContain("Sari Santoso is 5 years old on the flight date");
    expect(r).toContain("the passenger type is child, not infant");
    expect(r).toContain("type back until the flight list shows, then back once more");
  });

  it("a 10-month-old typed as a child: the age in months, an infant on this flight", async () => {
    const a = new Agent(h, { id: 243_003, first_name: "Agen", language_code: "id" }, { id: 243_003, type: "private" });
    const day = birthDateDay("CGK", "BDJ", 48);
    await toSecondBirthDate(a, `/cari CGK BDJ ${day.wire} 1 dewasa 1 anak`, day.code, { next: "Lanjut", birth: /Tanggal lahir/ }, "Mstr Raka Santoso");
    const r = (await a.say(bornBefore(day.iso, 0, 10)))?.text ?? "";
    expect(r).toContain("berumur 10 bulan");
    expect(r).toContain("termasuk bayi, bukan anak");
  });

  it("in the private chat of a group booking, 'back' there changes nothing of the party: the way is in the group", async () => {
    const chat = { id: -100_243_010, type: "supergroup" as const, title: "Umur" };
    const ani = new Agent(h, { id: 243_010, first_name: "Ani", language_code: "id" }, chat);
    h.emulator.addMember(chat.id, ani.user.id);
    const day = birthDateDay("CGK", "DPS", 50);
    await ani.say(`/cari@${h.emulator.botInfo.username} CGK DPS ${day.wire} 1`);
    await ani.reply(day.code);
    await ani.tap("Lanjut");
    const prompt = await ani.reply("Mr Rafi Santoso");
    const url = (prompt!.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string }).url;
    const dm = new Agent(h, ani.user, { id: ani.user.id, type: "private" });
    await dm.say(`/start ${url.split("start=")[1]}`);
    // 12: a child by MMBC's rule (adults from 13), which the private chat keeps from the group's quote.
    const r = (await dm.say(bornBefore(day.iso, 12)))?.text ?? "";
    expect(r).toContain("Rafi Santoso berumur 12 tahun");
    expect(r).toContain("ubah jumlah penumpangnya di grup: di sana ketik kembali");
  });
});
