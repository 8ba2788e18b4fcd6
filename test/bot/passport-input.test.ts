import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";

/**
 * Passports, KTP/NIK numbers, nationalities and contact phones typed the way busy agents type them
 * (tiket.com asks passports on international routes, a KTP on domestic ones), and a date typed at the
 * passenger name question.
 */
let t: Harness;
let h: Harness;
beforeAll(async () => {
  t = await startHarness({ use: "tiket" });
  h = await startHarness();
});
afterAll(async () => {
  await t?.close();
  await h?.close();
});

const dm = (hh: Harness, id: number, lang: "id" | "en" = "id") => new Agent(hh, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });

/** A flight without a captcha (not Lion's JT or Citilink's QG), opened and continued. */
async function openFlight(a: Agent, route: string, days: number, lang: "id" | "en" = "id") {
  await a.say(`${lang === "id" ? "/cari" : "/search"} ${route} ${futureDate(days).wire} 1`);
  const b = a.last()!.reply_markup!.inline_keyboard.flat().filter((x) => "callback_data" in x && x.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
  await a.tap({ data: (b.find((x) => !/^(JT|QG)/.test(x.text)) ?? b[0]!).callback_data });
  await a.tap(lang === "id" ? "Lanjut" : "Continue");
  await a.say("Mr Budi Santoso");
  return a.say("17-08-1990");
}

/** tiket.com, CGK → SIN: up to the passport question. */
async function toPassport(a: Agent, days: number, lang: "id" | "en" = "id") {
  await openFlight(a, "CGK SIN", days, lang);
  return a.say("3174092302900001");
}

describe("the passport question", () => {
  it.each([
    ["A 1234567 31-12-2031"], ["a1234567 31 des 2031"], ["A1234567 31 Dec 2031"], ["A1234567 exp 31/12/2031"], ["No paspor: A1234567, berlaku s/d 31.12.2031"], ["31-12-2031 A1234567"],
  ])("%s is read as A1234567 expiring 31 Des 2031", async (typed) => {
    const a = dm(t, 31_000 + typed.length);
    expect((await toPassport(a, 40 + (typed.length % 30)))?.text).toContain("Paspor");
    expect((await a.say(typed))?.text).toContain("Tanggal terbit");
    await a.say("15-01-2022");
    await a.say("Indonesia");
    await a.say("budi@example.com");
    expect((await a.say("081234567890"))?.text).toContain("paspor A1234567 (s.d. 31 Des 2031)");
  });

  it("a number sent alone is kept and only the expiry is asked, saying the number", async () => {
    const a = dm(t, 31_100);
    await toPassport(a, 72);
    const r = await a.say("A1234567");
    expect(r?.text).toContain("Nomor paspor A1234567 dicatat");
    expect(r?.text).toContain("Tanggal habis berlakunya?");
    expect((await a.say("31 des 2031"))?.text).toContain("Tanggal terbit");
  });

  it("an expiry sent alone is kept and the number asked", async () => {
    const a = dm(t, 31_101);
    await toPassport(a, 73);
    expect((await a.say("31-12-2031"))?.text).toContain("Habis berlaku 31 Des 2031 dicatat. Nomor paspornya?");
    expect((await a.say("A1234567"))?.text).toContain("Tanggal terbit");
  });

  it("month/year (12/30) keeps the number and asks for the full date, never guessing the day", async () => {
    const a = dm(t, 31_102);
    await toPassport(a, 74);
    const r = await a.say("A1234567 12/30");
    expect(r?.text).toContain("Nomor paspor A1234567 dicatat");
    expect(r?.text).toContain("hanya bulan dan tahun (12/2030)");
    expect(r?.text).toContain("dd-12-2030");
    expect((await a.say("31-12-2030"))?.text).toContain("Tanggal terbit");
  });

  it("an expiry too soon is said as the rule, the number kept", async () => {
    const a = dm(t, 31_103);
    await toPassport(a, 75);
    const soon = futureDate(100).wire;
    const r = await a.say(`A1234567 ${soon}`);
    expect(r?.text).toContain("dicatat");
    expect(r?.text).toContain("6 bulan setelah penerbangan");
    expect((await a.say("31-12-2031"))?.text).toContain("Tanggal terbit");
  });

  it("an unreadable expiry is said as a format problem, the number kept (English)", async () => {
    const a = dm(t, 31_104, "en");
    await toPassport(a, 76, "en");
    const r = await a.say("A1234567 31-13-2031");
    expect(r?.text).toContain("Passport number A1234567 noted");
    expect(r?.text).toContain("can't read the expiry date");
  });
});

describe("the passport issue date", () => {
  it("15/01/22 is read like a birth date", async () => {
    const a = dm(t, 31_200);
    await toPassport(a, 77);
    await a.say("A1234567 31-12-2031");
    expect((await a.say("15/01/22"))?.text).toContain("Kewarganegaraan");
  });

  it("an unreadable date is said to be unreadable; a date after the flight breaks the rule", async () => {
    const a = dm(t, 31_201);
    await toPassport(a, 78);
    await a.say("A1234567 31-12-2031");
    const unread = await a.say("15 jan");
    expect(unread?.text).toContain("tidak terbaca");
    expect(unread?.text).not.toContain("sebelum");
    const rule = await a.say("01-01-2032");
    expect(rule?.text).toContain("harus sebelum tanggal penerbangan");
    expect((await a.say("15 jan 2022"))?.text).toContain("Kewarganegaraan");
  });
});

describe("nationality", () => {
  it.each([["RI"], ["Indo"], ["indonesia"]])("%s reads as Indonesia", async (typed) => {
    const a = dm(t, 31_300 + typed.length);
    await toPassport(a, 80 + typed.length);
    await a.say("A1234567 31-12-2031");
    await a.say("15-01-2022");
    expect((await a.say(typed))?.text).toContain("E-mail kontak");
  });
});

describe("the KTP / ID number", () => {
  it("15 digits are asked about; sent again the same they are taken", async () => {
    const a = dm(t, 31_400);
    await openFlight(a, "CGK DPS", 86);
    const r = await a.say("317409230290001");
    expect(r?.text).toContain("KTP/NIK punya 16 digit, yang Anda ketik 15 digit");
    expect((await a.say("317409230290001"))?.text).toContain("E-mail kontak");
  });

  it("a corrected number after the question is taken", async () => {
    const a = dm(t, 31_401);
    await openFlight(a, "CGK DPS", 87);
    await a.say("317409230290001");
    expect((await a.say("3174092302900001"))?.text).toContain("E-mail kontak");
  });

  it.each([["NIK: 3174092302900001"], ["nik 3174 0923 0290 0001"], ["KTP: 3174092302900001"], ["No. KTP 3174092302900001"]])("%s drops its label", async (typed) => {
    const a = dm(t, 31_410 + typed.length);
    await openFlight(a, "CGK DPS", 88 + (typed.length % 10));
    await a.say(typed);
    await a.say("budi@example.com");
    expect((await a.say("081234567890"))?.text).toContain("KTP 3174092302900001");
  });

  it("a passport number stays accepted", async () => {
    const a = dm(t, 31_402);
    await openFlight(a, "CGK DPS", 99);
    expect((await a.say("A1234567"))?.text).toContain("E-mail kontak");
  });
});

describe("the contact phone", () => {
  it("+62812 3456 7890 a.n. Budi takes the number and drops the holder's name", async () => {
    const a = dm(t, 31_500);
    await openFlight(a, "CGK DPS", 100);
    await a.say("3174092302900001");
    await a.say("budi@example.com");
    const r = await a.say("+62812 3456 7890 a.n. Budi");
    expect(r?.text).toContain("Periksa sebelum booking");
    expect(r?.text).toContain("081234567890");
  });

  it("an e-mail and that phone on one line go straight to the summary", async () => {
    const a = dm(t, 31_501);
    await openFlight(a, "CGK DPS", 101);
    await a.say("3174092302900001");
    const r = await a.say("budi@example.com 0812-3456-7890 (WA) atas nama Bu Siti");
    expect(r?.text).toContain("Periksa sebelum booking");
    expect(r?.text).toContain("081234567890");
  });
});

describe("a date typed at the passenger name question", () => {
  it.each([["25 des"], ["besok"], [futureDate(64).wire]])("%s is said to look like a date, with the way back", async (typed) => {
    const a = dm(h, 31_600 + typed.length);
    await a.say(`/cari CGK SUB ${futureDate(63).wire} 1`);
    await pickFirstFlight(a);
    await a.tap("Lanjut");
    const r = await a.say(typed);
    expect(r?.text).toContain("tampaknya tanggal, bukan nama");
    expect(r?.text).toContain("ketik kembali sampai ke daftar penerbangan");
    // The question stays open: a name now is taken.
    expect((await a.say("Mr Budi Santoso"))?.text).not.toContain("tampaknya tanggal");
  });

  it("in English it says back", async () => {
    const a = dm(h, 31_650, "en");
    await a.say(`/search CGK UPG ${futureDate(65).wire} 1`);
    await pickFirstFlight(a);
    await a.tap("Continue");
    expect((await a.say("dec 25"))?.text).toContain("looks like a date, not a name. To change the flight date, type back");
  });

  it("a party size typed late is not called a date", async () => {
    const a = dm(h, 31_651);
    await a.say(`/cari CGK KNO ${futureDate(66).wire} 1`);
    await pickFirstFlight(a);
    await a.tap("Lanjut");
    expect((await a.say("2"))?.text).not.toContain("tampaknya tanggal");
  });
});
