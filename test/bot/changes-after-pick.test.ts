import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

// After a flight was picked, a hurried agent changes her mind at whatever question is open: "tambah 1
// anak" or "yg garuda aja" at a passenger's name, "actually make it the 12th" or "add 1 child" at a birth
// date, the same at the KTP, the contact and the summary. Each was read as a bad answer to that question
// ("Start with a title", "Type the date of birth", "Please choose with the buttons"); the earlier
// questions read these words. Now each question says how to make the change, its own answer still waited for.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ use: "tiket" });
});
afterAll(async () => {
  await h?.close();
});
let nextId = 49_700;
const agent = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};

/** Opens the first tiket.com flight without a captcha and accepts its price card: the first name question is open. */
async function toNames(a: Agent, search: string): Promise<void> {
  await a.say(search);
  const buttons = a.last()!.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
  await a.tap({ data: (buttons.find((b) => !/^(JT|QG)/.test(b.text)) ?? buttons[0]!).callback_data });
  await a.tap(a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
  expect(a.last()?.text).toMatch(/Penumpang 1|Passenger 1/);
}

const HOW = {
  id: { party: "Untuk ganti jumlah penumpang", flight: "Untuk ganti penerbangan", date: "Untuk ganti tanggal" },
  en: { party: "To change the number of passengers", flight: "To change the flight", date: "To change the date" },
} as const;

describe("a change of the search typed after the pick", () => {
  it.each([
    // A larger party at the name question is searched inside the booking (names-party-grown.test.ts).
    ["id", "yg garuda aja", "flight"], ["id", "eh ganti tgl 12", "date"],
    ["en", "garuda only", "flight"], ["en", "actually make it the 12th", "date"],
  ] as const)("%s: %j at the name question says how, and the name is still asked", async (lang, typed, what) => {
    const a = agent(lang);
    await toNames(a, `${lang === "id" ? "/cari" : "/search"} CGK DPS ${futureDate(40).wire} 1`);
    const reply = (await a.say(typed))?.text ?? "";
    expect(reply).toContain(HOW[lang][what]);
    expect(reply).not.toMatch(/Awali dengan titel|Start with a title/);
    expect((await a.say("Mr Budi Santoso"))?.text).toMatch(/Tanggal lahir|Date of birth/);
  });

  it.each([["en", "actually make it the 12th", "date"], ["en", "add 1 child", "party"], ["id", "tambah 1 anak", "party"], ["id", "yg garuda aja", "flight"]] as const)(
    "%s: %j at the birth date and at the ID number says how", async (lang, typed, what) => {
      const a = agent(lang);
      await toNames(a, `${lang === "id" ? "/cari" : "/search"} CGK DPS ${futureDate(41).wire} 1`);
      await a.say("Mr Budi Santoso");
      const atBirth = (await a.say(typed))?.text ?? "";
      expect(atBirth).toContain(HOW[lang][what]);
      expect((await a.say("17-08-1990"))?.text).toMatch(/KTP/);
      expect((await a.say(typed))?.text).toContain(HOW[lang][what]);
    });

  it.each([["id", "tambah 1 anak", "party"], ["en", "garuda only", "flight"]] as const)("%s: %j at the e-mail and at the summary says how", async (lang, typed, what) => {
    const a = agent(lang);
    await toNames(a, `${lang === "id" ? "/cari" : "/search"} CGK DPS ${futureDate(42).wire} 1`);
    await a.say("Mr Budi Santoso 17-08-1990 3174092302900001");
    expect(a.last()?.text).toMatch(/E-mail/i);
    expect((await a.say(typed))?.text).toContain(HOW[lang][what]);
    await a.say("budi@example.com");
    expect((await a.say("081234567890"))?.text).toMatch(/Periksa sebelum booking|Check before booking/);
    // At the summary everything is given: another flight, or a party grown after those given, is searched
    // with everyone kept (summary-other-day.test.ts).
    await a.say(typed);
    const said = a.h.emulator.chatMessages(a.chat.id).filter((m) => m.fromBot).slice(-2).map((m) => m.text ?? "").join("\n");
    expect(said).toMatch(what === "flight" ? /list is below again/ : /👥 Mencari lagi untuk 1 dewasa, 1 anak/);
  });

  it.each([["id", "tambah 1 anak", "party"], ["en", "actually make it the 12th", "date"]] as const)("%s: %j at the passport question says how", async (lang, typed, what) => {
    const a = agent(lang);
    await toNames(a, `${lang === "id" ? "/cari" : "/search"} CGK SIN ${futureDate(43).wire} 1`);
    let q = (await a.say("Mr Budi Santoso 17-08-1990"))?.text ?? "";
    if (/KTP/.test(q)) q = (await a.say("3174092302900001"))?.text ?? "";
    expect(q).toMatch(/Paspor|Passport/);
    expect((await a.say(typed))?.text).toContain(HOW[lang][what]);
    expect((await a.say("A1234567 31-12-2031"))?.text).toMatch(/Tanggal terbit|issue date|Kewarganegaraan|Nationality|E-mail/i);
  });
});
