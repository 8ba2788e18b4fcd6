import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { tiketPlain, tiketPlainDay } from "../support/sandbox-days.js";

// One passenger's detail wrong at the summary: "nik sari salah, harusnya 3174…", "Sari's birth date is
// 02-03-1991", "paspor budi A7654321" got "Please choose with the buttons", and ✏️ Mrs Sari Dewi asked her
// name again, refusing the NIK typed alone ("Start with a title"). Now the detail is replaced and the
// summary shown again to confirm; the booking carries it.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ use: "tiket" });
});
afterAll(async () => {
  await h?.close();
});
let nextId = 49_800;
const agent = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
const SUMMARY = /Periksa sebelum booking|Check before booking/;
const NEW_NIK = "3174094203920002";

/** tiket.com, a flight without a captcha, two passengers pasted with their birth dates and KTPs: up to the summary. */
async function toSummary(a: Agent, lang: "id" | "en", route: string, days: number, lines: string): Promise<string> {
  await a.say(`${lang === "id" ? "/cari" : "/search"} ${route} ${tiketPlainDay(route, days).wire} 2`);
  const buttons = a.last()!.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
  await a.tap({ data: buttons.find((b) => tiketPlain(b.text))!.callback_data });
  await a.tap(lang === "id" ? "Lanjut" : "Continue");
  let q = (await a.say(lines))?.text ?? "";
  const passports = ["A1234567 31-12-2031", "B7777777 31-12-2031"];
  for (let i = 0; i < 12 && !SUMMARY.test(q); i++) {
    if (/Paspor|Passport/.test(q) && !/terbit|issue/i.test(q)) q = (await a.say(passports.shift()!))?.text ?? "";
    else if (/Tanggal terbit|issue date/i.test(q)) q = (await a.say("15-01-2022"))?.text ?? "";
    else if (/Kewarganegaraan|Nationality/.test(q)) q = (await a.say("Indonesia"))?.text ?? "";
    else if (/E-mail/i.test(q)) q = (await a.say("budi@example.com"))?.text ?? "";
    else if (/HP|mobile/i.test(q)) q = (await a.say("081234567890"))?.text ?? "";
    else throw new Error(`unexpected question: ${q}\n${a.transcript(6)}`);
  }
  expect(q, a.transcript(6)).toMatch(SUMMARY);
  return q;
}

/** Books the summary on screen; the passengers' KTP/ID numbers tiket.com received. */
async function bookedIds(a: Agent, lang: "id" | "en"): Promise<(string | undefined)[]> {
  await a.tap(lang === "id" ? "✅ Booking" : "✅ Book");
  const code = (lang === "id" ? /Kode: (\d+)/ : /Code: (\d+)/).exec(a.last()?.text ?? "")?.[1];
  expect(code, a.transcript(4)).toBeDefined();
  return h.tiket!.controls.getOrder(code!)!.details[0]!.passengers.map((p) => p.idNumber);
}

const PASTED = "Tn Budi Santoso 17-08-1990 3174092302900001\nNy Sari Dewi 02-03-1992 3174092302900009";

describe("a passenger's detail corrected by typing it at the summary", () => {
  it("id: 'nik sari salah, harusnya …' replaces Sari's KTP, the summary is shown again with it, and the booking carries it", async () => {
    const a = agent("id");
    await toSummary(a, "id", "CGK DPS", 43, PASTED);
    const reply = (await a.say(`nik sari salah, harusnya ${NEW_NIK}`))?.text ?? "";
    expect(reply).toContain(`Mrs Sari Dewi: KTP/ID diganti jadi ${NEW_NIK}`);
    expect(reply).toMatch(SUMMARY);
    expect(reply).toContain(`2. Mrs Sari Dewi (dewasa) — lahir 2 Mar 1992, KTP ${NEW_NIK}`);
    expect(reply).toContain("1. Mr Budi Santoso (dewasa) — lahir 17 Agt 1990, KTP 3174092302900001");
    expect(await bookedIds(a, "id")).toEqual(["3174092302900001", NEW_NIK]);
  });

  it("en: \"Sari's birth date is 02-03-1991\" replaces her birth date; a KTP of 12 digits is refused, nothing changed", async () => {
    const a = agent("en");
    await toSummary(a, "en", "CGK DPS", 44, PASTED);
    const reply = (await a.say("Sari's birth date is 02-03-1991"))?.text ?? "";
    expect(reply).toContain("Mrs Sari Dewi: date of birth changed to 2 Mar 1991");
    expect(reply).toContain("2. Mrs Sari Dewi (adult) — born 2 Mar 1991");
    const refused = (await a.say("sari's nik is 317409420392"))?.text ?? "";
    expect(refused).toContain("A KTP/NIK has 16 digits; you typed 12");
    expect(await bookedIds(a, "en")).toEqual(["3174092302900001", "3174092302900009"]);
  });

  it("id: 'paspor budi A7654321' replaces Budi's passport number, its expiry kept", async () => {
    const a = agent("id");
    const summary = await toSummary(a, "id", "CGK SIN", 45, "Tn Budi Santoso 17-08-1990 3174092302900001\nNy Sari Dewi 02-03-1992 3174092302900009");
    expect(summary).toContain("paspor A1234567");
    const reply = (await a.say("paspor budi A7654321"))?.text ?? "";
    expect(reply).toContain("Mr Budi Santoso: paspor diganti jadi A7654321");
    expect(reply).toMatch(/1\. Mr Budi Santoso[^\n]*paspor A7654321 \(s\.d\. 31 Des 2031\)/);
  });
});

describe("✏️ <passenger> takes one detail typed alone", () => {
  it.each([["id", "✏️ Ubah", `KTP/ID diganti jadi ${NEW_NIK}`], ["en", "✏️ Change", `KTP/ID changed to ${NEW_NIK}`]] as const)(
    "%s: the NIK alone replaces Sari's NIK, her name and birth date kept, and the booking carries it", async (lang, change, said) => {
      const a = agent(lang);
      await toSummary(a, lang, "CGK DPS", lang === "id" ? 46 : 47, PASTED);
      await a.tap(change);
      const q = (await a.tap("✏️ Mrs Sari Dewi"))?.text ?? "";
      expect(q).toMatch(/ketik data itu saja: nomor KTP atau tanggal lahir\.|type just that: the KTP number or the date of birth\./);
      await a.say(NEW_NIK);
      expect(a.transcript(2)).toContain(said);
      const summary = a.last()?.text ?? "";
      expect(summary).toMatch(SUMMARY);
      expect(summary).toMatch(new RegExp(`2\\. Mrs Sari Dewi[^\\n]*2 Mar 1992, (?:KTP|ID) ${NEW_NIK}`));
      expect(await bookedIds(a, lang)).toEqual(["3174092302900001", NEW_NIK]);
    });

  it("id: a name typed there alone replaces only the name: her birth date and KTP kept, nothing asked again, and tiket.com gets what the summary showed", async () => {
    const a = agent("id");
    await toSummary(a, "id", "CGK DPS", 49, PASTED);
    await a.tap("✏️ Ubah");
    await a.tap("✏️ Mrs Sari Dewi");
    const next = (await a.say("Ny Sari Dewanti"))?.text ?? "";
    expect(next, a.transcript(3)).toMatch(SUMMARY);
    expect(next).toContain("2. Mrs Sari Dewanti (dewasa) — lahir 2 Mar 1992, KTP 3174092302900009");
    await a.tap("✅ Booking");
    const code = /Kode: (\d+)/.exec(a.last()?.text ?? "")?.[1];
    expect(code, a.transcript(4)).toBeDefined();
    const sent = h.tiket!.controls.getOrder(code!)!.details[0]!.passengers.map((p) => [p.firstName, p.lastName, p.birthDate, p.idNumber]);
    expect(sent).toEqual([["Budi", "Santoso", "1990-08-17", "3174092302900001"], ["Sari", "Dewanti", "1992-03-02", "3174092302900009"]]);
  });
});
