import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 28_100;
function agent(lang: "id" | "en" = "id"): Agent {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
}

/** Up to the first passenger's name question. */
async function toNames(a: Agent, party: string, lang: "id" | "en" = "id"): Promise<void> {
  await a.say(`${lang === "id" ? "/cari" : "/search"} CGK SUB ${futureDate(31).wire} ${party}`);
  await pickFirstFlight(a);
  expect((await a.tap(lang === "id" ? "Lanjut" : "Continue"))?.text).toMatch(/Penumpang 1|Passenger 1/);
}

/** Birth dates while they are asked (the cheapest flight may be an airline that wants them). */
async function birthDates(a: Agent): Promise<void> {
  for (let q = a.last()?.text ?? ""; /Tanggal lahir|Date of birth/.test(q); q = a.last()?.text ?? "") await a.say("17-08-1990");
}

/** Contact, to the summary; returns its text. */
async function toSummary(a: Agent): Promise<string> {
  await birthDates(a);
  await a.say("agen@example.com");
  return (await a.say("081234567890"))?.text ?? "";
}

describe("chat typed at the name question is asked about, never taken silently", () => {
  it.each([
    ["Bu sebentar ya namanya nyusul", "Mrs Sebentar Ya Namanya Nyusul"],
    ["Tn nya blm kirim nama", "Mr Nya Blm Kirim Nama"],
    ["Mr nanti dulu", "Mr Nanti Dulu"],
    ["pak bentar ya", "Mr Bentar Ya"],
    ["Ibu blm kasih KTP", "Mrs Blm Kasih Ktp"],
  ])("%j: 'is this the name?' with buttons; the real name typed then is the passenger", async (chat, read) => {
    const a = agent();
    await toNames(a, "1");
    const q = await a.say(chat);
    expect(q?.text).toContain(`Ini nama penumpangnya: ${read}?`);
    expect(q?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual([`✅ Ya, ${read}`, "✏️ Ketik ulang nama"]);
    await a.say("Ny Siti Aminah");
    const summary = await toSummary(a);
    expect(summary).toContain("1. Mrs Siti Aminah");
    expect(summary).not.toContain(read);
  });

  it("'ibu nya minta ganti tanggal' says how to change the date; the name is still asked", async () => {
    const a = agent();
    await toNames(a, "1");
    const q = await a.say("ibu nya minta ganti tanggal");
    expect(q?.text).toContain("bukan nama penumpang. Untuk ganti tanggal: ketik kembali sampai daftar penerbangan muncul");
    await a.say("Ny Siti Aminah");
    expect(await toSummary(a)).toContain("1. Mrs Siti Aminah");
  });

  it("the second passenger: 'ibu nya nyusul ya kak' asked about; ✏️ asks the name again; ✅ takes it as the agent says", async () => {
    const a = agent();
    await toNames(a, "2");
    if (/Tanggal lahir/.test((await a.say("Tn Budi Santoso"))?.text ?? "")) await a.say("17-08-1990");
    expect((await a.say("ibu nya nyusul ya kak"))?.text).toContain("Ini nama penumpangnya: Mrs Nya Nyusul Ya Kak?");
    expect((await a.tap("✏️ Ketik ulang"))?.text).toContain("Penumpang 2 dari 2");
    expect((await a.say("Ny Tunggu Dulu"))?.text).toContain("Ini nama penumpangnya: Mrs Tunggu Dulu?");
    await a.tap("✅ Ya");
    const summary = await toSummary(a);
    expect(summary).toContain("1. Mr Budi Santoso");
    expect(summary).toContain("2. Mrs Tunggu Dulu");
  });

  it("English: 'Mr wait later' is asked about; 'back' there asks the name again", async () => {
    const a = agent("en");
    await toNames(a, "1", "en");
    expect((await a.say("Mr wait later"))?.text).toContain("Is this the passenger's name: Mr Wait Later?");
    expect((await a.say("back"))?.text).toContain("Passenger 1 of 1");
    await a.say("Mr Budi Santoso");
    expect(await toSummary(a)).toContain("1. Mr Budi Santoso");
  });

  it("real names of many origins go straight on, without a question", async () => {
    for (const [pasted, taken] of [
      ["Tn Muhammad Nur Ikhsan bin Abdul Rahman\nIbu Hj. Siti Nurhaliza\nTn Tan Joe Hok", "Mr Muhammad Nur Ikhsan Bin Abdul Rahman, Mrs Siti Nurhaliza, Mr Tan Joe Hok"],
      ["Ny Lim Ya Ling\nTn I Made Wirawan\nTn Ahmad Salah", "Mrs Lim Ya Ling, Mr I Made Wirawan, Mr Ahmad Salah"],
    ]) {
      const a = agent();
      await toNames(a, "3");
      const from = a.botTexts().length;
      await a.say(pasted!);
      expect(a.botTexts(from).join("\n")).toContain(`Diterima dari pesan Anda: ${taken}.`);
      expect(a.botTexts(from).join("\n")).not.toContain("Ini nama penumpangnya");
    }
  });
});

describe("who the passenger is, and chat after a name, is asked about too", () => {
  it.each([
    ["Mr Budi otw", "Mr Budi Otw"], ["Mrs Istri Budi", "Mrs Istri Budi"], ["Mr Budi wkwk", "Mr Budi Wkwk"], ["Tn Budi skrg", "Mr Budi Skrg"],
  ])("%j: 'is this the name?'", async (chat, read) => {
    const a = agent();
    await toNames(a, "1");
    expect((await a.say(chat))?.text).toContain(`Ini nama penumpangnya: ${read}?`);
  });

  it("'Mr Budi sama istri': two people? each name with a title; typed then, the right one is the passenger", async () => {
    const a = agent();
    await toNames(a, "1");
    const q = await a.say("Mr Budi sama istri");
    expect(q?.text).toContain('"sama", "istri" biasanya bukan bagian dari nama');
    expect(q?.text).toContain("Dua orang atau lebih? Ketik nama tiap penumpang dengan titelnya");
    await a.say("Tn Budi Santoso");
    expect(await toSummary(a)).toContain("1. Mr Budi Santoso");
  });

  it("a one-word chat name is said not to look like a name, with what the airline would get", async () => {
    const a = agent();
    await toNames(a, "1");
    const q = await a.say("Ibu Dulu");
    expect(q?.text).toContain('"Dulu" sepertinya bukan nama');
    expect(q?.text).toContain("dikirim ke maskapai sebagai DULU DULU");
    expect(q?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual(["✅ Ya, Mrs Dulu", "✏️ Ketik ulang nama"]);
  });

  it("English: several chat words are plural", async () => {
    const a = agent("en");
    await toNames(a, "1", "en");
    expect((await a.say("Mr Budi will confirm"))?.text).toContain('"will", "confirm" are usually not part of a name');
  });

  it("names with words that are also chat go straight on", async () => {
    for (const name of ["Mr Jan Bos", "Mr Will Yang", "Tn Gan Kok", "Mrs Minta Sari", "Ny Lie Sih Hwa"]) {
      const a = agent();
      await toNames(a, "1");
      const from = h.emulator.chatMessages(a.chat.id).length;
      await a.say(name);
      expect(a.botTexts(from).join("\n")).not.toContain("Ini nama penumpangnya");
    }
  });
});

describe("lists pasted from WhatsApp", () => {
  it("a heading and a thank-you line are not counted as names", async () => {
    const a = agent();
    await toNames(a, "2");
    const from = a.botTexts().length;
    await a.say("Nama penumpang:\n1. Mr Budi Santoso\n2. Mrs Siti Aminah\nmksh kak 🙏");
    expect(a.botTexts(from).join("\n")).toContain("Diterima dari pesan Anda: Mr Budi Santoso, Mrs Siti Aminah.");
  });

  it("names joined by / or & each with a title are two passengers", async () => {
    for (const pasted of ["Mr Budi Santoso / Mrs Siti Aminah", "Tn Budi Santoso & Ny Siti Aminah"]) {
      const a = agent();
      await toNames(a, "2");
      const from = a.botTexts().length;
      await a.say(pasted);
      expect(a.botTexts(from).join("\n")).toContain("Diterima dari pesan Anda: Mr Budi Santoso, Mrs Siti Aminah.");
    }
  });

  it("a phone number comes out of the names and is kept as the contact's; a note in brackets is said", async () => {
    const a = agent();
    await toNames(a, "2");
    const from = a.botTexts().length;
    await a.say("1. Tn. Budi Santoso 081234567890\n2. Ny. Siti Aminah (ibunya)");
    const said = a.botTexts(from).join("\n");
    expect(said).toContain("Diterima dari pesan Anda: Mr Budi Santoso, Mrs Siti Aminah.");
    expect(said).toContain("Kontak dicatat untuk booking ini: 081234567890.");
    expect(said).toContain('"(ibunya)" bukan bagian nama');
    await birthDates(a);
    // The phone kept: only the e-mail is asked.
    const summary = (await a.say("agen@example.com"))?.text ?? "";
    expect(summary).toContain("agen@example.com · 081234567890");
    expect(summary).toContain("1. Mr Budi Santoso (dewasa)");
    expect(summary).toContain("2. Mrs Siti Aminah (dewasa)");
  });

  it("a chat line after the names, or chat after the last comma, is left out and said", async () => {
    for (const [pasted, said] of [
      ["Mr Budi Santoso\nMrs Siti Aminah\nbesok berangkat ya kak", '"besok berangkat ya kak" bukan nama, jadi tidak dimasukkan'],
      ["Mr Budi Santoso, Mrs Siti Aminah, tolong dibantu", '"tolong dibantu" bukan nama, jadi tidak dimasukkan'],
      ["Mr Budi Santoso\nMrs Siti Aminah\nTTL Jakarta 17-08-1990", '"Jakarta 17-08-1990" bukan bagian nama'],
    ]) {
      const a = agent();
      await toNames(a, "2");
      const from = h.emulator.chatMessages(a.chat.id).length;
      await a.say(pasted!);
      const text = a.botTexts(from).join("\n");
      expect(text).toContain("Diterima dari pesan Anda: Mr Budi Santoso, Mrs Siti Aminah.");
      expect(text).toContain(said);
    }
  });

  it("'Nama:', 'NIK:' and 'Tgl lahir:' lines: one name, the rest said, and the missing title asked", async () => {
    const a = agent();
    await toNames(a, "1");
    const q = await a.say("Nama: Budi Santoso\nNIK: 3174092302900001\nTgl lahir: 17-08-1990");
    expect(q?.text).not.toContain("3 nama");
    expect(q?.text).toContain("nomor identitas ditanyakan tersendiri");
    expect(q?.text).toContain("Awali dengan titel");
  });
});

describe("a change asked at the passenger question is said how to make", () => {
  it.each([
    ["ganti tgl 10", "Untuk ganti tanggal: ketik kembali sampai daftar penerbangan muncul"],
    ["ganti tujuan ke lombok", "Untuk ganti rute"],
    ["eh salah, ke lombok", "Untuk ganti rute"],
    // A smaller party (a larger one is searched inside the booking: names-party-grown.test.ts).
    ["ganti jadi 1 org", "Untuk ganti jumlah penumpang"],
  ])("%j", async (typed, how) => {
    const a = agent();
    await toNames(a, "2");
    const q = await a.say(typed);
    expect(q?.text).toContain(how);
    expect(q?.text).not.toMatch(/^Awali dengan titel/);
  });
});
