import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { flightButtons } from "../support/result-buttons.js";

// Another chat's tiket.com order id must read exactly like a made-up one: same texts, same Bot API calls, and no
// check_order on the stranger's behalf (which would use the owner's e-mail, and be slow or fail when tiket.com is).
let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "tiket" }); });
afterAll(async () => { await h?.close(); });

async function answerPassengerQuestions(agent: Agent, name: string): Promise<void> {
  let msg = await agent.say(name);
  for (let i = 0; i < 8 && !/Periksa sebelum booking|Check before booking/.test(msg?.text ?? ""); i++) {
    const q = msg?.text ?? "";
    if (/Tanggal lahir|Date of birth/.test(q)) msg = await agent.say("17-08-1990");
    else if (/KTP|ID card|NIK/.test(q)) msg = await agent.say("3174092302900001");
    else if (/Paspor|Passport/.test(q)) msg = await agent.say("A1234567 31-12-2031");
    else if (/Kewarganegaraan|Nationality/.test(q)) msg = await agent.say("Indonesia");
    else if (/Tanggal terbit|issue date/i.test(q)) msg = await agent.say("15-01-2022");
    else if (/E-mail kontak|Contact e-mail/i.test(q)) msg = await agent.say("rina.customer@example.com");
    else if (/Nomor HP|mobile number/i.test(q)) msg = await agent.say("081234567890");
    else if (/kontak terakhir|last contact/i.test(q)) msg = await agent.tap(/kontak terakhir/.test(q) ? "✅ Pakai" : "✅ Use");
    else throw new Error(`unexpected question: ${q}`);
  }
}

/** A same-length order id nobody booked. */
const twin = (code: string) => code.split("").map((c, i) => String((Number(c) + 3 + i) % 10)).join("");

/** The Bot API calls of one update, the code itself and message ids left out. */
function callsOf(from: number, code: string): string[] {
  return h.emulator.calls.slice(from).map((c) => {
    const text = `${c.method} ${JSON.stringify(c.payload)}`;
    return text.split(code).join("<CODE>").replace(/"(message_id|reply_to_message_id)":\d+/g, '"$1":N');
  });
}

const unknown = {
  id: "🔎 Kode booking tidak dikenal provider. Periksa lalu coba lagi.",
  en: "🔎 The provider doesn't know that booking code. Check it and try again.",
};

describe.each([{ lang: "id" as const, base: 636_100 }, { lang: "en" as const, base: 636_200 }])("tiket.com: another chat's order id ($lang)", ({ lang, base }) => {
  it("answers as a made-up one, with the same Bot API calls and no check_order, also while tiket.com is slow or down; the owner still reads it", async () => {
    const owner = new Agent(h, { id: base + 1, first_name: "Rina", language_code: "id" }, { id: base + 1, type: "private" });
    await owner.say(`/cari CGK DPS ${futureDate(26).wire} 1`);
    const buttons = flightButtons(owner);
    await owner.tap({ data: (buttons.find((b) => !/^(JT|QG)/.test(b.text)) ?? buttons[0]!).callback_data });
    await owner.tap("Lanjut");
    await answerPassengerQuestions(owner, "Mrs Rina Kurniawati");
    await owner.tap("✅ Booking");
    const code = /Kode: (\d+)/.exec(owner.last()?.text ?? "")?.[1];
    expect(code, owner.transcript(6)).toBeDefined();
    const fake = twin(code!);
    const s = new Agent(h, { id: base + 2, first_name: "Joko", language_code: lang }, { id: base + 2, type: "private" });
    await s.say("/start");
    const tiket = h.tiket!.controls;
    const probe = async () => {
      for (const cmd of ["/cek", "/etiket", "/issued"]) {
        const c0 = tiket.callCount("check_order");
        const b0 = h.emulator.calls.length;
        expect((await s.say(`${cmd} ${code}`))?.text).toBe(unknown[lang]);
        const real = callsOf(b0, code!);
        const c1 = tiket.callCount("check_order");
        const b1 = h.emulator.calls.length;
        expect((await s.say(`${cmd} ${fake}`))?.text).toBe(unknown[lang]);
        const made = callsOf(b1, fake);
        expect([cmd, ...real]).toEqual([cmd, ...made]);
        expect([cmd, c1 - c0]).toEqual([cmd, 0]);
        expect([cmd, tiket.callCount("check_order") - c1]).toEqual([cmd, 0]);
      }
    };
    await probe();
    tiket.setLatency("check_order", 1500);
    await probe();
    tiket.setLatency("check_order", 0);
    tiket.setFault("check_order", { kind: "http500" });
    await probe();
    tiket.setFault("check_order", null);
    expect(h.emulator.chatMessages(s.chat.id).map((m) => m.text ?? "").join("\n")).not.toMatch(/Kurniawati|rina\.customer/);
    // The owner's own order is still read at tiket.com.
    const c0 = tiket.callCount("check_order");
    const own = await owner.say(`/cek ${code}`);
    expect(tiket.callCount("check_order")).toBeGreaterThan(c0);
    expect(own?.text).toContain("Kurniawati");
  });
});
