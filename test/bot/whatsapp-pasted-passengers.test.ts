import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";

/**
 * Passenger data pasted from WhatsApp by a hurried agent (probe 75): a birth date or KTP on its own line
 * under the name, a child's gender in words or brackets, a child's name without a title, a question typed
 * at the name prompt. Each is read, or said what to type; never "too many names" or the same question again.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 75_500;
function agent(lang: "id" | "en"): Agent {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Yuni", language_code: lang }, { id, type: "private" });
}
async function toNames(a: Agent, party: string, lang: "id" | "en"): Promise<void> {
  await a.say(`${lang === "id" ? "/cari" : "/search"} CGK SUB ${futureDate(31).wire} ${party}`);
  await pickFirstFlight(a);
  expect((await a.tap(lang === "id" ? "Lanjut" : "Continue"))?.text).toMatch(/Penumpang 1|Passenger 1/);
}
async function answer(a: Agent, text: string): Promise<string> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return a.botTexts(from).join("\n");
}
const adult = { id: "Tn Budi Santoso", en: "Mr Budi Santoso" } as const;
/** To the first name question on a flight that asks no birth dates (not AirAsia, JetStar or Citilink: airline-requirements.ts). */
async function toNamesWithoutBirthDates(a: Agent, party: string, lang: "id" | "en"): Promise<void> {
  await a.say(`${lang === "id" ? "/cari" : "/search"} CGK SUB ${futureDate(31).wire} ${party}`);
  const buttons = a.last()!.reply_markup!.inline_keyboard.flat().flatMap((b) => ("callback_data" in b && b.callback_data.includes(":o:") ? [{ text: b.text, data: b.callback_data }] : []));
  const flight = buttons.find((b) => !/^(QZ|AK|FD|Z2|D7|XJ|XT|JQ|3K|GK|BL|QG)/.test(b.text));
  await a.tap({ data: flight!.data });
  expect((await a.tap(lang === "id" ? "Lanjut" : "Continue"))?.text).toMatch(/Penumpang 1|Passenger 1/);
}

describe("a birth date or KTP on the line under the name", () => {
  it.each(["id", "en"] as const)("%s: is that passenger's, not another name", async (lang) => {
    const a = agent(lang);
    await toNames(a, "2", lang);
    const said = await answer(a, `${adult[lang]}\n1-1-1980\n${lang === "id" ? "Ny" : "Mrs"} Ani Lestari\n3174092302900002`);
    expect(said).not.toMatch(/mengirim \d nama|You sent \d names/);
    expect(said).toContain(lang === "id" ? "Diterima dari pesan Anda: Mr Budi Santoso, Mrs Ani Lestari" : "Taken from your message: Mr Budi Santoso, Mrs Ani Lestari");
  });

  it.each([
    ["id", "1-1-1980", '"<b>1-1-1980</b>" sepertinya tanggal lahir, bukan nama. Ketik nama penumpang 1 dengan titel, tanggal lahirnya di belakang pada baris yang sama'],
    ["en", "12 mar 87", '"<b>12 mar 87</b>" looks like a date of birth, not a name. Type the name of passenger 1 with the title, the date of birth after it on the same line'],
  ] as const)("%s: a past date alone (%s) is said to be a birth date, never the flight's date", async (lang, typed, hint) => {
    const a = agent(lang);
    await toNames(a, "1", lang);
    const said = await answer(a, typed);
    expect(said).toContain(hint.replace(/<\/?b>/g, ""));
    expect(said).not.toMatch(/tanggal penerbangan|flight date/);
  });

  it.each([
    ["id", "12-03-1985", "Tgl lahir Budi Santoso: 12 Mar 1985 ✓", "Penumpang 2"],
    ["en", "12-03-1985", "Budi Santoso's birth date: 12 Mar 1985 ✓", "Passenger 2"],
    ["id", "12 maret 85", "Tgl lahir Budi Santoso: 12 Mar 1985 ✓", "Penumpang 2"],
  ] as const)("%s: a birth date alone (%s) at passenger 2's name is passenger 1's, saved and said, passenger 2 asked again", async (lang, typed, kept, asked) => {
    const a = agent(lang);
    await toNamesWithoutBirthDates(a, "2", lang);
    expect((await a.say(adult[lang]))?.text).toContain(asked);
    const said = await answer(a, typed);
    expect(said).toContain(kept);
    expect(said).not.toMatch(/sepertinya tanggal lahir|looks like a date of birth/);
    expect(a.last()?.text).toContain(asked);
    // Passenger 1 has one now: another date alone is explained as before, nothing replaced.
    expect(await answer(a, "1-1-1980")).toMatch(/sepertinya tanggal lahir, bukan nama|looks like a date of birth, not a name/);
    // With passenger 2's on the name's line every passenger has one: the summary shows them (sent-birth-dates.ts).
    await a.say(lang === "id" ? "Ny Ani Lestari 02-03-1992" : "Mrs Ani Lestari 02-03-1992");
    await a.say("agen@example.com");
    const summary = (await a.say("081234567890"))?.text ?? "";
    expect(summary).toMatch(/Budi Santoso[^\n]*12 Mar 1985/);
    expect(summary).not.toContain("1 Jan 1980");
  });
});

describe("a child's gender", () => {
  it.each([
    ["id", "cewe", "Miss"], ["id", "anak laki", "Mstr"], ["en", "laki2", "Mstr"], ["en", "Mstr Bima Sakti", "Mstr"],
  ] as const)("%s: '%s' typed at the boy/girl question is taken (%s)", async (lang, typed, title) => {
    const a = agent(lang);
    await toNames(a, "1 adult 1 child".replace("adult", lang === "id" ? "dewasa" : "adult").replace("child", lang === "id" ? "anak" : "child"), lang);
    await a.say(adult[lang]);
    for (let q = a.last()?.text ?? ""; /Tanggal lahir|Date of birth/.test(q); q = a.last()?.text ?? "") await a.say("17-08-1990");
    expect(await answer(a, "anak Bima Sakti")).toMatch(/laki-laki atau perempuan|boy or a girl/);
    const said = await answer(a, typed);
    expect(said).not.toMatch(/laki-laki atau perempuan\?|boy or a girl\?/);
    expect(said).toMatch(/Tanggal lahir Bima Sakti|Date of birth of Bima Sakti/);
    await a.say("1-1-2020");
    await a.say("agen@example.com");
    expect((await a.say("081234567890"))?.text).toContain(`2. ${title} Bima Sakti`);
  });

  it.each([
    ["id", "Belum terbaca laki-laki atau perempuan. Ketik laki-laki atau perempuan"],
    ["en", "Not understood as boy or girl. Type boy or girl"],
  ] as const)("%s: an unread answer is told what to type, not the same question alone", async (lang, hint) => {
    const a = agent(lang);
    await toNames(a, lang === "id" ? "1 dewasa 1 bayi" : "1 adult 1 infant", lang);
    await a.say(adult[lang]);
    for (let q = a.last()?.text ?? ""; /Tanggal lahir|Date of birth/.test(q); q = a.last()?.text ?? "") await a.say("17-08-1990");
    await a.say("bayi Kiki");
    expect((await answer(a, "gatau")).replace(/<\/?code>/g, "")).toContain(hint);
  });

  it.each([
    ["id", "an. Bima Sakti (cowok)", "Mstr Bima Sakti"], ["en", "nadia putri (perempuan)", "Miss Nadia Putri"], ["id", "ank nadia putri", undefined], ["en", "Rafi", undefined],
  ] as const)("%s: '%s' at the child's name", async (lang, typed, taken) => {
    const a = agent(lang);
    await toNames(a, lang === "id" ? "1 dewasa 1 anak" : "1 adult 1 child", lang);
    await a.say(adult[lang]);
    for (let q = a.last()?.text ?? ""; /Tanggal lahir|Date of birth/.test(q); q = a.last()?.text ?? "") await a.say("17-08-1990");
    const said = await answer(a, typed);
    expect(said).not.toMatch(/Awali dengan titel|Start with the title|bukan bagian nama|not part of the name/);
    if (taken) expect(said).not.toMatch(/laki-laki atau perempuan|boy or a girl/);
    else expect(a.last()?.text).toMatch(/laki-laki atau perempuan|boy or a girl/);
  });

  it("a numbered paste: line 5 with its bracketed gender and birth date is read; only line 6 is asked", async () => {
    const a = agent("id");
    await toNames(a, "4 dws 1 ank 1 bayi", "id");
    const said = await answer(a, "1. IBU ANI\n2. sdr andi pratama\n3. SDRI RINA MARLINA\n4. pak joko widodo\n5. an. Bima Sakti (cowok) 12-3-2019\n6. by. Kiki Amelia 12/03/2025");
    expect(said).not.toContain("Nama hanya boleh berisi huruf");
    expect(a.last()?.text).toContain("Kiki Amelia laki-laki atau perempuan");
    expect(await answer(a, "cewe")).toContain("Mstr Bima Sakti, Miss Kiki Amelia");
  });
});

describe("a paste with a line not taken and a child to ask about", () => {
  it.each([["id", "Ny Ani_Lestari", "Baris 2"], ["en", "Mrs Ani_Lestari", "Line 2"]] as const)("%s: the line's problem is said before the boy/girl question", async (lang, bad, line) => {
    const a = agent(lang);
    await toNames(a, lang === "id" ? "2 dws 1 bayi" : "2 adults 1 infant", lang);
    const said = await answer(a, `${adult[lang]}\n${bad}\nby. Kiki Amelia`);
    expect(said).toContain(line);
    expect(a.last()?.text).toMatch(/Kiki Amelia laki-laki atau perempuan|Is Kiki Amelia a boy or a girl/);
  });
});

describe("a question at the name prompt", () => {
  it.each([
    ["id", "bagasi brp?", '❓ "bagasi brp?" sepertinya pertanyaan, bukan nama. Tanyakan lagi setelah booking jadi; sekarang ketik nama penumpang 1 dengan titel'],
    ["id", "etiket dong", '❓ "etiket dong" sepertinya pertanyaan, bukan nama.'],
    ["en", "status?", '❓ "status?" looks like a question, not a name. Ask it again once the booking is made; now type the name of passenger 1 with the title'],
  ] as const)("%s: '%s' is no name", async (lang, typed, hint) => {
    const a = agent(lang);
    await toNames(a, "1", lang);
    const said = await answer(a, typed);
    expect(said).toContain(hint);
    expect(said).not.toMatch(/Awali dengan titel|Start with the title/);
  });
});
