import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

// A mobile number typed alone at a passenger's name question ("0812 3456 7890") was said to be "left out
// of the name (the contact is asked after the passengers)", and the contact question asked it again,
// while an e-mail typed there was kept. At ✏️ <passenger> it was read as a short NIK ("16 digits; you
// typed 12"). A phone alone is no name and no NIK: it is the contact typed ahead, kept like the e-mail,
// and the name question asked again.

let mmbc: Harness;
let tiket: Harness;
beforeAll(async () => {
  mmbc = await startHarness();
  tiket = await startHarness({ use: "tiket" });
});
afterAll(async () => {
  await mmbc?.close();
  await tiket?.close();
});

type Lang = "id" | "en";
const W = {
  id: { search: "/cari", cont: "Lanjut", kept: "Kontak dicatat untuk booking ini", name: "👤 Penumpang 1 dari", summary: "Periksa sebelum booking", change: "✏️ Ubah", short: "16 digit" },
  en: { search: "/search", cont: "Continue", kept: "Contact noted for this booking", name: "👤 Passenger 1 of", summary: "Check before booking", change: "✏️ Change", short: "16 digits" },
} as const;

let nextId = 72_600;

/** A private chat: `route`, one adult, a flight without a captcha, Continue: the name question. */
async function atName(h: Harness, lang: Lang, route: string, days: number): Promise<Agent> {
  const id = nextId++;
  const a = new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
  await a.say(`${W[lang].search} ${route} ${futureDate(days).wire} 1`);
  const buttons = a.h.emulator.chatMessages(a.chat.id).filter((m) => m.fromBot && m.reply_markup).at(-1)!.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
  await a.tap({ data: (buttons.find((b) => !/^(JT|QG)/.test(b.text)) ?? buttons[0]!).callback_data });
  await a.tap(W[lang].cont);
  expect(a.last()?.text, a.transcript(3)).toContain(W[lang].name);
  return a;
}

/** Answers the questions up to the summary; the mobile number is never typed (`asked` says if it was asked). */
async function toSummary(a: Agent, lang: Lang, q: string): Promise<{ summary: string; mobileAsked: boolean }> {
  let mobileAsked = false;
  for (let i = 0; i < 10 && !q.includes(W[lang].summary); i++) {
    if (/Tanggal lahir|Date of birth/.test(q)) q = (await a.say("17-08-1990"))?.text ?? "";
    else if (/KTP/.test(q)) q = (await a.say("3174091708900021"))?.text ?? "";
    else if (/E-mail/i.test(q)) q = (await a.say("budi@example.com"))?.text ?? "";
    else if (/kontak terakhir|last contact/.test(q)) return { summary: (await a.tap("✏️"))?.text ?? "", mobileAsked };
    else if (/HP|mobile/i.test(q)) {
      mobileAsked = true;
      q = (await a.say("081299999999"))?.text ?? "";
    } else throw new Error(`unexpected question: ${a.transcript(6)}`);
  }
  return { summary: q, mobileAsked };
}

describe.each([["MMBC", () => mmbc, 24], ["tiket.com", () => tiket, 33]] as const)("a phone typed alone at the name question (%s)", (_provider, harness, days) => {
  it.each(["id", "en"] as const)("%s: kept as the contact, the name asked again; the contact question does not ask it again", async (lang) => {
    const a = await atName(harness(), lang, "CGK SUB", days + (lang === "en" ? 1 : 0));
    const said = (await a.say("0812 3456 7890"))?.text ?? "";
    expect(said, a.transcript(3)).toContain(`${W[lang].kept}: 081234567890`);
    expect(said).toContain(W[lang].name);
    expect(said).not.toMatch(/left out of the name|tidak dimasukkan ke nama|dikeluarkan dari nama/);
    const q = (await a.say(lang === "id" ? "Tn John Tan" : "Mr John Tan"))?.text ?? "";
    const { summary, mobileAsked } = await toSummary(a, lang, q);
    expect(mobileAsked, a.transcript(8)).toBe(false);
    expect(summary, a.transcript(4)).toContain(W[lang].summary);
    expect(summary).toContain("budi@example.com · 081234567890");
  }, 90_000);
});

describe("a phone typed alone at ✏️ <passenger> (tiket.com)", () => {
  it.each(["id", "en"] as const)("%s: the contact, never a short NIK", async (lang) => {
    const a = await atName(tiket, lang, "CGK DPS", lang === "id" ? 39 : 40);
    const { summary } = await toSummary(a, lang, (await a.say(lang === "id" ? "Tn Andi Wijaya" : "Mr Andi Wijaya"))?.text ?? "");
    expect(summary, a.transcript(4)).toContain(W[lang].summary);
    await a.tap(W[lang].change);
    await a.tap("✏️ Mr Andi Wijaya");
    const said = (await a.say("081298765432"))?.text ?? "";
    expect(said, a.transcript(3)).not.toContain(W[lang].short);
    expect(said).toContain(`${W[lang].kept}: 081298765432`);
    expect(said).toContain(W[lang].name);
    // The name typed again as it was: the summary carries the new phone beside the e-mail.
    await a.say(lang === "id" ? "Tn Andi Wijaya" : "Mr Andi Wijaya");
    const after = a.h.emulator.chatMessages(a.chat.id).filter((m) => m.fromBot && m.text?.includes(W[lang].summary)).at(-1)?.text ?? "";
    expect(after, a.transcript(4)).toContain("budi@example.com · 081298765432");
  }, 90_000);
});
