import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { dayWith, firstPageAsksBirthDates } from "../support/sandbox-days.js";

/**
 * Words typed at the passport question (MMBC, an international flight): "nanti nyusul" / "later" is
 * told the airline needs the passport to book, the next passenger's titled name is kept for them, this
 * passenger's own name is said to be a name; the question keeps waiting each time.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const W = {
  id: {
    search: "/cari", cont: "Lanjut", budi: "Tn Budi Santoso", ani: "Ny Ani Lestari", later: ["nanti nyusul", "paspor blm jadi", "bentar ya kak"],
    laterSaid: "⏳ Paspor wajib untuk booking penerbangan ini", kept: "👤 Ani Lestari dicatat untuk penumpang ke-2.", isName: "“Tn Budi Santoso” itu nama, bukan nomor paspor.",
    passportQ: "🛂 Paspor Budi Santoso: nomor dan tanggal habis berlaku, mis. A1234567 31-12-2030",
  },
  en: {
    search: "/search", cont: "Continue", budi: "Mr Budi Santoso", ani: "Mrs Ani Lestari", later: ["later", "not yet", "will send it tomorrow"],
    laterSaid: "⏳ The passport is needed to book this flight", kept: "👤 Noted Ani Lestari for passenger 2.", isName: "“Mr Budi Santoso” is a name, not a passport number.",
    passportQ: "🛂 Passport of Budi Santoso: number and expiry date, e.g. A1234567 31-12-2030",
  },
} as const;

async function answer(a: Agent, text: string): Promise<string> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return a.botTexts(from).join("\n");
}

describe.each(["id", "en"] as const)("%s: words at the passport question", (lang) => {
  const w = W[lang];
  it("later is told the passport is needed, the next name kept, the own name said to be a name", async () => {
    const id = lang === "id" ? 75_401 : 75_402;
    const a = new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
    const day = dayWith(["DPS", "SIN"], firstPageAsksBirthDates("DPS", "SIN"), 40);
    await a.say(`${w.search} dps sin ${day.wire} 2`);
    const flights = a.last()!.reply_markup!.inline_keyboard.flat().filter((x) => "callback_data" in x && x.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
    await a.tap({ data: flights.find((x) => /^(JQ|QZ|AK|FD|D7|XT|QG)-/.test(x.text))!.callback_data });
    await a.tap(w.cont);
    await a.say(w.budi);
    expect(await answer(a, "17-08-1990"), a.transcript(4)).toContain(w.passportQ);
    for (const chat of w.later) {
      const r = await answer(a, chat);
      expect(r, chat).toContain(w.laterSaid);
      expect(r, chat).toContain(w.passportQ);
    }
    expect(await answer(a, w.ani)).toBe(`${w.kept}\n\n${w.passportQ}`);
    expect(await answer(a, w.budi)).toBe(`${w.isName}\n\n${w.passportQ}`);
  });
});
