import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { tiketPlain, tiketPlainDay } from "../support/sandbox-days.js";

/**
 * Chat words or a name typed at the KTP / ID question ("nanti nyusul", "Ny Ani Lestari") were read as the
 * ID number (letters and digits, 5–20) and booked at tiket.com as "NANTINYUSUL". A letters-only answer
 * is no ID: "later" is answered that the airline needs it to book, the next passenger's titled name is
 * kept for them (as at the birth-date question), anything else is asked again with the example.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "tiket" }); });
afterAll(async () => { await h?.close(); });

type Lang = "id" | "en";
const W = {
  id: {
    search: "/cari", cont: "Lanjut", book: "✅ Booking", code: /Kode: (\d+)/, budi: "Tn Budi Santoso 17-08-1990", ani: "Ny Ani Lestari", aniDob: "05-07-1990",
    idQ: (n: string) => `🪪 Nomor KTP / identitas ${n}? (16 digit, atau nomor paspor)`,
    later: "⏳ Nomor KTP / identitas wajib untuk booking penerbangan ini",
    kept: "👤 <b>Ani Lestari</b> dicatat untuk penumpang ke-2.".replace(/<\/?b>/g, ""),
    noDigits: "Tidak ada angkanya: nomor identitas itu 16 digit KTP atau nomor paspor, mis. 3174092302900001.",
    isName: "“Ny Ani Lestari” itu nama, bukan nomor identitas.",
    dob: "🎂 Tanggal lahir Ani Lestari?",
    chat: ["nanti nyusul", "bentar ya", "blm ada", "ktp nya nyusul", "paspor blm jadi", "bentar ya kak"],
  },
  en: {
    search: "/search", cont: "Continue", book: "✅ Book", code: /Code: (\d+)/, budi: "Mr Budi Santoso 17-08-1990", ani: "Mrs Ani Lestari", aniDob: "05-07-1990",
    idQ: (n: string) => `🪪 KTP / ID number of ${n}? (16 digits, or a passport number)`,
    later: "⏳ The ID number is needed to book this flight",
    kept: "👤 Noted Ani Lestari for passenger 2.",
    noDigits: "That has no digits: an ID number is a KTP's 16 digits or a passport number, e.g. 3174092302900001.",
    isName: "“Mrs Ani Lestari” is a name, not an ID number.",
    dob: "🎂 Date of birth of Ani Lestari?",
    chat: ["later", "not yet", "will send it later", "wait"],
  },
} as const;

let n = 0;
async function atNames(lang: Lang, party: string): Promise<Agent> {
  const id = 75_300 + n++;
  const a = new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
  await a.say(`${W[lang].search} cgk sub ${tiketPlainDay("CGK SUB", 30 + (n % 4)).wire} ${party}`);
  const m = a.h.emulator.chatMessages(a.chat.id).filter((x) => x.fromBot && x.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"))).at(-1);
  const b = (m?.reply_markup?.inline_keyboard.flat() ?? []).filter((x) => "callback_data" in x && x.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
  await a.tap({ data: b.find((x) => tiketPlain(x.text))!.callback_data });
  await a.tap(W[lang].cont);
  return a;
}

async function answer(a: Agent, text: string): Promise<string> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return a.botTexts(from).join("\n");
}

describe.each(["id", "en"] as const)("%s: letters typed at the KTP / ID question", (lang) => {
  const w = W[lang];

  it("'later' is answered (needed to book), the next passenger's name is kept, a name or a word is asked again; only digits are booked", async () => {
    const a = await atNames(lang, "2");
    expect(await answer(a, w.budi)).toContain(w.idQ("Budi Santoso"));
    for (const chat of w.chat) {
      const r = await answer(a, chat);
      expect(r, chat).toContain(w.later);
      expect(r, chat).toContain(w.idQ("Budi Santoso"));
    }
    expect(await answer(a, w.ani)).toBe(`${w.kept}\n\n${w.idQ("Budi Santoso")}`);
    for (const word of ["Rizky", "Ani Lestari"]) expect(await answer(a, word), word).toBe(`${w.noDigits}\n\n${w.idQ("Budi Santoso")}`);
    // The kept name answers passenger 2's name question: her birth date is asked next.
    expect(await answer(a, "3174092302900001")).toContain(w.dob);
    expect(await answer(a, w.aniDob)).toContain(w.idQ("Ani Lestari"));
    // Her own name, typed again at her ID question (no passenger after her): a name, asked again.
    expect(await answer(a, w.ani)).toBe(`${w.isName}\n\n${w.idQ("Ani Lestari")}`);
    await a.say("3174092302900002");
    await a.say("budi@gmail.com 081234567890");
    await a.tap(w.book);
    const code = w.code.exec(a.last()?.text ?? "")?.[1];
    const order = h.tiket!.controls.getOrder(code ?? "");
    expect(order, a.transcript(6)).toBeTruthy();
    const ids = order!.details[0]!.passengers.map((p: { idNumber?: string }) => p.idNumber);
    expect(ids).toEqual(["3174092302900001", "3174092302900002"]);
  });
});

describe.each(["id", "en"] as const)("%s: the child's boy/girl question", (lang) => {
  const w = W[lang];
  const T = {
    id: { party: "1 dws 1 ank", paste: "Tn Budi Santoso 17-08-1990\nAn Rizky 7th", notKept: "belum dicatat", back: "↩️ Rizky Rizky tidak jadi dicatat", mstr: "Mstr Rizky", keptRizky: "👤 Rizky Rizky dicatat untuk penumpang ke-2.", dob: "🎂 Tanggal lahir Rizky Rizky?", p2: "👤 Penumpang 2 dari 2 (anak)" },
    en: { party: "1 adult 1 child", paste: "Mr Budi Santoso 17-08-1990\nAn Rizky 7 yo", notKept: "isn't kept", back: "↩️ Rizky Rizky is not taken", mstr: "Mstr Rizky", keptRizky: "👤 Noted Rizky Rizky for passenger 2.", dob: "🎂 Date of birth of Rizky Rizky?", p2: "👤 Passenger 2 of 2 (child)" },
  }[lang];

  it("a KTP or a birth date typed there is said not kept; 'kembali' says the child is dropped; the child's name at Budi's KTP is kept for them", async () => {
    const a = await atNames(lang, T.party);
    const q = await answer(a, T.paste);
    expect(q, a.transcript(4)).toMatch(/Rizky Rizky/);
    for (const typed of ["3174092302900001", lang === "id" ? "lahir 01-05-2019" : "born 01-05-2019"]) {
      const r = await answer(a, typed);
      expect(r, typed).toContain(T.notKept);
      expect(r, typed).toMatch(/Rizky Rizky/);
    }
    const back = await answer(a, lang === "id" ? "kembali" : "back");
    expect(back).toContain(T.back);
    expect(back).toContain(w.idQ("Budi Santoso"));
    expect(await answer(a, T.mstr)).toBe(`${T.keptRizky}\n\n${w.idQ("Budi Santoso")}`);
    expect(await answer(a, "3174092302900001")).toContain(T.dob);
  });

  it("after 'kembali' there, with nothing typed ahead, the child's name is asked in its turn", async () => {
    const a = await atNames(lang, T.party);
    await a.say(T.paste);
    await a.say(lang === "id" ? "kembali" : "back");
    expect(await answer(a, "3174092302900001")).toContain(T.p2);
  });
});
