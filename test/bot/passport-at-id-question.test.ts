import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { tiketPlain, tiketPlainDay } from "../support/sandbox-days.js";

/**
 * A passport with its expiry typed at the KTP/ID question ("A1234567 31-12-2031"): the number and the
 * date's digits were glued into one ID ("A123456731122031"), shown as the KTP and sent to tiket.com as
 * idNumber, and on an international flight the passport was asked again. The line is a passport: its
 * number answers the ID question, and on a flight that asks the passport it answers that one too.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "tiket" }); });
afterAll(async () => { await h?.close(); });

type Lang = "id" | "en";
const W = {
  id: { search: "/cari", cont: "Lanjut", book: "✅ Booking", code: /Kode: (\d+)/, summary: "Periksa sebelum booking", idQ: "🪪 Nomor KTP", passportQ: "🛂 Paspor", dob: "🎂 Tanggal lahir" },
  en: { search: "/search", cont: "Continue", book: "✅ Book", code: /Code: (\d+)/, summary: "Check before booking", idQ: "🪪 KTP / ID number", passportQ: "🛂 Passport", dob: "🎂 Date of birth" },
} as const;

let n = 0;
function offerButtons(a: Agent): { text: string; callback_data: string }[] {
  const m = a.h.emulator.chatMessages(a.chat.id).filter((x) => x.fromBot && x.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"))).at(-1);
  return (m?.reply_markup?.inline_keyboard.flat() ?? []).filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
}

/** `route` for `pax` → a flight without a captcha → Continue: the first name question. */
async function atNames(lang: Lang, route: string, pax: number): Promise<Agent> {
  const id = 72_400 + n++;
  const a = new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
  await a.say(`${W[lang].search} ${route} ${tiketPlainDay(route, 36 + (n % 5)).wire} ${pax}`);
  const b = offerButtons(a);
  await a.tap({ data: b.find((x) => tiketPlain(x.text))!.callback_data });
  await a.tap(W[lang].cont);
  return a;
}

/** What the bot said in reply to `text`. */
async function answer(a: Agent, text: string): Promise<string> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return a.h.emulator.chatMessages(a.chat.id).slice(from).filter((m) => m.fromBot).map((m) => m.text ?? "").join("\n");
}

/** Answers what is left (the passport typed as `passports[name]` wherever it is asked), books: what tiket.com received. */
async function book(a: Agent, lang: Lang): Promise<{ summary: string; passengers: Record<string, unknown>[] }> {
  for (let k = 0; k < 14 && !a.last()?.text?.includes(W[lang].summary); k++) {
    const q = a.last()?.text ?? "";
    if (q.includes(W[lang].passportQ)) throw new Error(`passport asked again: ${a.transcript(6)}`);
    if (/Tanggal terbit|issue date/i.test(q)) await a.say("15-01-2022");
    else if (/Kewarganegaraan|Nationality/.test(q)) await a.say("Indonesia");
    else if (/E-mail/i.test(q)) await a.say("budi@example.com");
    else if (/HP|mobile/i.test(q)) await a.say("081234567890");
    else throw new Error(`unexpected question: ${a.transcript(6)}`);
  }
  const summary = a.last()?.text ?? "";
  await a.tap(W[lang].book);
  const code = W[lang].code.exec(a.last()?.text ?? "")?.[1];
  const order = h.tiket!.controls.getOrder(code ?? "");
  if (!order) throw new Error(a.transcript(6));
  return { summary, passengers: order.details[0]!.passengers as unknown as Record<string, unknown>[] };
}

describe.each(["id", "en"] as const)("a passport with its expiry typed at the KTP/ID question (%s)", (lang) => {
  const w = W[lang];

  it("domestic: the passport number is the ID, no date's digits in it", async () => {
    const a = await atNames(lang, "CGK DPS", 1);
    expect(await answer(a, "Mr John Tan")).toContain(w.dob);
    expect(await answer(a, "17-08-1990")).toContain(w.idQ);
    const said = await answer(a, "A1234567 31-12-2031");
    expect(said, a.transcript(3)).not.toContain("A123456731122031");
    expect(said).not.toContain(w.idQ);
    const { summary, passengers } = await book(a, lang);
    expect(summary).toContain("A1234567");
    expect(summary).not.toContain("A123456731122031");
    expect(passengers.map((p) => p.idNumber)).toEqual(["A1234567"]);
  }, 90_000);

  it("international, two passengers: each line answers the ID and the passport; the passport is not asked again", async () => {
    const a = await atNames(lang, "CGK SIN", 2);
    await a.say("Mr John Tan\nMrs Mary Tan");
    for (const [name, line] of [["John", "A1234567 31-12-2031"], ["Mary", "B7654321 30-06-2030"]] as const) {
      for (let k = 0; k < 3 && !a.last()?.text?.includes(w.dob); k++) {
        const q = a.last()?.text ?? "";
        if (q.includes(w.passportQ)) throw new Error(`passport asked again: ${a.transcript(6)}`);
        await a.say(/Tanggal terbit|issue date/i.test(q) ? "15-01-2022" : "Indonesia");
      }
      expect(a.last()?.text, a.transcript(3)).toContain(w.dob);
      expect(await answer(a, name === "John" ? "17-08-1990" : "02-03-1992")).toContain(w.idQ);
      const said = await answer(a, line);
      expect(said, a.transcript(3)).not.toContain(w.passportQ);
      expect(said).toContain(line.slice(0, 8));
      expect(said).toContain(lang === "id" ? "dari jawaban nomor identitasnya" : "from the ID answer");
    }
    const { summary, passengers } = await book(a, lang);
    expect(summary).not.toMatch(/A123456731122031|B765432130062030/);
    expect(passengers.map((p) => [p.idNumber, p.passportNo, p.passportExpiry])).toEqual([
      ["A1234567", "A1234567", "2031-12-31"],
      ["B7654321", "B7654321", "2030-06-30"],
    ]);
  }, 90_000);
});
