import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { tiketPlain, tiketPlainDay } from "../support/sandbox-days.js";

/**
 * Passenger lines pasted with labels and data ("Tn Budi Santoso lahir 17-08-1990 NIK 3174…", "1. Tn
 * Budi …", "Mr Budi Santoso, DOB 17 Aug 1990, ID 3174…", "BUDI SANTOSO MR"): the name tiket.com gets is
 * the name, never a label; every line is read, its data answering its questions. One KTP or passport
 * number is one person: a second passenger with it is refused, naming who has it.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "tiket" }); });
afterAll(async () => { await h?.close(); });

type Lang = "id" | "en";
const W = {
  id: { search: "/cari", cont: "Lanjut", book: "✅ Booking", code: /Kode: (\d+)/, summary: "Periksa sebelum booking", ktpQ: "🪪 Nomor KTP", refused: /Invalid|Nama hanya boleh berisi huruf|Awali dengan titel/ },
  en: { search: "/search", cont: "Continue", book: "✅ Book", code: /Code: (\d+)/, summary: "Check before booking", ktpQ: "🪪 KTP", refused: /Names may contain only letters|Start with a title/ },
} as const;

let n = 0;
function offerButtons(a: Agent): { text: string; callback_data: string }[] {
  const m = a.h.emulator.chatMessages(a.chat.id).filter((x) => x.fromBot && x.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"))).at(-1);
  return (m?.reply_markup?.inline_keyboard.flat() ?? []).filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
}

/** /search CGK DPS (or `route`) for 2 → a flight without a captcha → Continue: the first name question. */
async function atNames(lang: Lang, route = "CGK DPS"): Promise<Agent> {
  const id = 71_300 + n++;
  const a = new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
  // A day whose first page has such a flight, whatever the day the test runs (Lion Air's captcha would stop the booking).
  await a.say(`${W[lang].search} ${route} ${tiketPlainDay(route, 38 + (n % 5)).wire} 2`);
  await a.tap({ data: offerButtons(a).find((x) => tiketPlain(x.text))!.callback_data });
  await a.tap(W[lang].cont);
  return a;
}

/** What the bot said in reply to `text`. */
async function answer(a: Agent, text: string): Promise<string> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return a.h.emulator.chatMessages(a.chat.id).slice(from).filter((m) => m.fromBot).map((m) => m.text ?? "").join("\n");
}

/** Pasted `text`, then the contact: the passengers tiket.com received (name, birth date, ID). */
async function booked(a: Agent, lang: Lang, text: string, extra: Record<string, string> = {}): Promise<string[]> {
  await a.say(text);
  for (let k = 0; k < 8 && !a.last()?.text?.includes(W[lang].summary); k++) {
    const q = a.last()?.text ?? "";
    const typed = Object.entries(extra).find(([re]) => new RegExp(re).test(q))?.[1];
    if (typed) await a.say(typed);
    else if (/E-mail/i.test(q)) await a.say("budi@example.com");
    else if (/HP|mobile/i.test(q)) await a.say("081234567890");
    else throw new Error(`unexpected question: ${a.transcript(6)}`);
  }
  await a.tap(W[lang].book);
  const code = W[lang].code.exec(a.last()?.text ?? "")?.[1];
  const order = h.tiket!.controls.getOrder(code ?? "");
  if (!order) throw new Error(a.transcript(6));
  return order.details[0]!.passengers.map((p) => `${p.title} ${p.firstName} ${p.lastName} ${p.birthDate ?? ""} ${p.idNumber ?? ""}`.trim());
}

describe("label words around a name's data are no part of the name", () => {
  it("id: 'lahir … NIK …' after each name: tiket.com gets the names, birth dates and NIKs", async () => {
    const a = await atNames("id");
    const pax = await booked(a, "id", "Tn Budi Santoso lahir 17-08-1990 NIK 3174092302900001\nNy Sari Dewi lahir 02-03-1992 NIK 3174094203920002");
    expect(pax.join("\n")).not.toMatch(/Lahir/i);
    expect(pax[0]).toMatch(/^MR Budi Santoso 1990-08-17 3174092302900001$/i);
    expect(pax[1]).toMatch(/^(MRS|MS) Sari Dewi 1992-03-02 3174094203920002$/i);
    expect(a.h.emulator.chatMessages(a.chat.id).map((m) => m.text ?? "").join("\n")).toContain("Diterima dari pesan Anda: Mr Budi Santoso, Mrs Sari Dewi.");
  }, 60_000);

  it("en: 'born …' after each name is no part of it", async () => {
    const a = await atNames("en");
    const said = await answer(a, "Mr Budi Santoso born 17-08-1990\nMrs Sari Dewi born 02-03-1992");
    expect(said).toContain("Taken from your message: Mr Budi Santoso, Mrs Sari Dewi.");
    expect(said).not.toMatch(/Born/);
  }, 60_000);

  it("id: 'tgl lahir' is a label, and both pasted lines are kept", async () => {
    const a = await atNames("id");
    const said = await answer(a, "Tn Budi Santoso tgl lahir 17-08-1990\nNy Sari Dewi tgl lahir 02-03-1992");
    expect(said).toContain("Diterima dari pesan Anda: Mr Budi Santoso, Mrs Sari Dewi.");
    expect(said).not.toMatch(/bukan bagian dari nama/);
  }, 60_000);
});

describe("a name typed again at 'Is this the name?' replaces only that line", () => {
  it("id: the first line retyped; the second pasted line and its data stay", async () => {
    const a = await atNames("id");
    expect(await answer(a, "Tn Budi Santoso tgl\nNy Sari Dewi 02-03-1992 3174094203920002")).toContain("Ini nama penumpangnya: Mr Budi Santoso Tgl?");
    const said = await answer(a, "Tn Budi Santoso");
    expect(said).toContain("Diterima dari pesan Anda: Mr Budi Santoso, Mrs Sari Dewi.");
    await a.say("17-08-1990");
    expect(await answer(a, "3174092302900001")).toContain("✅ Sari Dewi: lahir 2 Mar 1992, KTP/ID 3174094203920002 — dari baris namanya.");
    expect(a.last()?.text).toMatch(/E-mail/);
  }, 60_000);

  it("en: the second line retyped keeps the first passenger and her own place", async () => {
    const a = await atNames("en");
    expect(await answer(a, "Mr Budi Santoso 17-08-1990 3174092302900001\nMrs Sari Dewi tgl")).toContain("Mrs Sari Dewi Tgl");
    const said = await answer(a, "Mrs Sari Dewi");
    expect(said).toContain("Taken from your message: Mr Budi Santoso, Mrs Sari Dewi.");
    expect(said).toContain("✅ Budi Santoso: born 17 Aug 1990, KTP/ID 3174092302900001");
    expect(a.last()?.text).toContain("Sari Dewi");
    await a.say("02-03-1992");
    await a.say("3174094203920002");
    expect(a.last()?.text).toMatch(/e-mail/i);
  }, 60_000);
});

describe("numbered, slash-separated, labelled and manifest-style lines are read in full", () => {
  for (const [lang, text] of [
    ["id", "1. Tn Budi Santoso 17-08-1990 3174092302900001\n2. Ny Sari Dewi 02-03-1992 3174094203920002"],
    ["id", "Tn Budi Santoso / 17-08-1990 / NIK 3174092302900001\nNy Sari Dewi / 02-03-1992 / NIK 3174094203920002"],
    ["en", "Mr Budi Santoso, DOB 17 Aug 1990, ID 3174092302900001\nMrs Sari Dewi, DOB 2 Mar 1992, ID 3174094203920002"],
  ] as const) {
    it(`${lang}: ${text.split("\n")[0]}`, async () => {
      const a = await atNames(lang);
      const pax = await booked(a, lang, text);
      expect(pax[0]).toMatch(/^MR Budi Santoso 1990-08-17 3174092302900001$/i);
      expect(pax[1]).toMatch(/^(MRS|MS) Sari Dewi 1992-03-02 3174094203920002$/i);
    }, 60_000);
  }

  it("en: 'BUDI SANTOSO MR' (the title last, as manifests write it) is Mr Budi Santoso", async () => {
    const a = await atNames("en");
    const said = await answer(a, "BUDI SANTOSO MR\nSARI DEWI MRS");
    expect(said).not.toMatch(W.en.refused);
    expect(said).toContain("Taken from your message: Mr Budi Santoso, Mrs Sari Dewi.");
  }, 60_000);

  it("id CGK→SIN: the passport pasted after the birth date answers the ID question too, not asked again", async () => {
    const a = await atNames("id", "CGK SIN");
    const said = await answer(a, "Tn Budi Santoso 17/08/1990 C1234567 31-12-2031\nNy Sari Dewi 02/03/1992 C7654321 30-06-2030");
    expect(said).toContain("✅ Budi Santoso: lahir 17 Agt 1990, KTP/ID C1234567");
    expect(said).not.toContain(W.id.ktpQ);
  }, 60_000);
});

describe("one KTP or passport number is one passenger", () => {
  it("id: the same NIK pasted for two passengers is refused for the second, naming the first; her own is asked", async () => {
    const a = await atNames("id");
    const said = await answer(a, "Tn Budi Santoso 17-08-1990 3174092302900001\nNy Sari Dewi 02-03-1992 3174092302900001");
    expect(said).toContain("Nomor 3174092302900001 sudah dipakai penumpang 1 (Budi Santoso)");
    expect(a.last()?.text).toContain(`${W.id.ktpQ} / identitas Sari Dewi`);
    // Typed again, still refused; her own number is taken.
    expect(await answer(a, "3174092302900001")).toContain("sudah dipakai penumpang 1 (Budi Santoso)");
    expect(a.last()?.text).toContain("Sari Dewi");
    await a.say("3174094203920002");
    expect(a.last()?.text).toMatch(/E-mail/);
  }, 60_000);

  it("en: the same ID number typed at the second passenger's question is refused, naming the first", async () => {
    const a = await atNames("en");
    await a.say("Mr Budi Santoso 17-08-1990 3174092302900001\nMrs Sari Dewi 02-03-1992");
    expect(await answer(a, "3174092302900001")).toContain("Number 3174092302900001 is passenger 1's already (Budi Santoso)");
    await a.say("3174094203920002");
    expect(a.last()?.text).toMatch(/e-mail/i);
  }, 60_000);
});
